import { quoteLiteral } from '../sql/quote';
import { rfmCtesSql, type RfmOptions } from './rfm';
import { RFM_SEGMENT_NAMES } from './rfm-segments';

/**
 * SQL giving the 25 cells of the R × F grid, every one even when empty: r_score, f_score
 * (INTEGER 1–5), customers (0 when empty), customer_share (of all buyers) and avg_monetary
 * (NULL when empty). Ordered by r_score, then f_score.
 */
export function buildRfmGridSql(opts: RfmOptions): string {
	return `WITH ${rfmCtesSql(opts)}, cells AS (
	SELECT CAST(r AS INTEGER) AS r_score, CAST(f AS INTEGER) AS f_score
	FROM range(1, 6) AS rs(r), range(1, 6) AS fs(f)
)
SELECT c.r_score, c.f_score,
	count(rfm.customer_id) AS customers,
	count(rfm.customer_id) / nullif(sum(count(rfm.customer_id)) OVER (), 0) AS customer_share,
	avg(rfm.monetary) AS avg_monetary
FROM cells c
LEFT JOIN rfm ON rfm.r_score = c.r_score AND rfm.f_score = c.f_score
GROUP BY c.r_score, c.f_score
ORDER BY c.r_score, c.f_score`;
}

/**
 * SQL giving the 11 segments in RFM_SEGMENT_NAMES order, empty ones included: rfm_segment,
 * customers, customer_share (of buyers), revenue_share (of all buyers' monetary),
 * avg_recency_days, avg_frequency, avg_monetary (NULL when empty).
 */
export function buildRfmSegmentSummarySql(opts: RfmOptions): string {
	const names = RFM_SEGMENT_NAMES.map((name, i) => `(${quoteLiteral(name)}, ${i + 1})`);
	return `WITH ${rfmCtesSql(opts)}, segments AS (
	SELECT * FROM (VALUES ${names.join(', ')}) AS s(rfm_segment, segment_order)
)
SELECT s.rfm_segment,
	count(rfm.customer_id) AS customers,
	count(rfm.customer_id) / nullif(sum(count(rfm.customer_id)) OVER (), 0) AS customer_share,
	coalesce(sum(rfm.monetary), 0) / nullif(sum(sum(rfm.monetary)) OVER (), 0) AS revenue_share,
	avg(rfm.recency_days) AS avg_recency_days,
	avg(rfm.frequency) AS avg_frequency,
	avg(rfm.monetary) AS avg_monetary
FROM segments s
LEFT JOIN rfm ON rfm.rfm_segment = s.rfm_segment
GROUP BY s.rfm_segment, s.segment_order
ORDER BY s.segment_order`;
}
