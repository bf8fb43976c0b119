import { quoteIdent } from '../sql/quote';
import { affinityCtesSql, type AffinityOptions } from './affinity';
import { segmentLabelSql } from './breakdown';

/** Options of the category × segment table. */
export interface CategorySegmentOptions extends AffinityOptions {
	/** Any column of the customers view holding a segment (rfm_segment, value_tier...). */
	segmentColumn: string;
}

/**
 * SQL over the customers view (built for the same as-of date), one row per segment and category,
 * zeros included, for segments with a categorised purchase: segment (BREAKDOWN_UNKNOWN when
 * NULL), category, customers (of the segment who bought in it), revenue, customer_share (of the
 * segment's buyers with a categorised line), revenue_share (of the segment's categorised
 * revenue) and index_vs_base (revenue_share ÷ the category's share of all categorised revenue ×
 * 100). Ordered by segment, then category.
 */
export function buildCategoryBySegmentSql(opts: CategorySegmentOptions): string {
	if (typeof opts.segmentColumn !== 'string' || opts.segmentColumn === '') {
		throw new Error(`invalid segmentColumn: ${String(opts.segmentColumn)}`);
	}
	const segment = segmentLabelSql(`c.${quoteIdent(opts.segmentColumn)}`);
	return `WITH ${affinityCtesSql(opts)}, cs_spend AS (
	SELECT ${segment} AS segment, s.customer_id, s.category, s.revenue
	FROM affinity_spend s
	JOIN customers c ON c.customer_id = s.customer_id
), cs_cells AS (
	SELECT segment, category, count(*) AS customers, sum(revenue) AS revenue
	FROM cs_spend GROUP BY segment, category
), cs_segments AS (
	SELECT segment, count(DISTINCT customer_id) AS buyers, sum(revenue) AS revenue
	FROM cs_spend GROUP BY segment
), cs_categories AS (
	SELECT category, sum(revenue) / sum(sum(revenue)) OVER () AS base_share
	FROM cs_spend GROUP BY category
)
SELECT g.segment, k.category,
	coalesce(c.customers, 0) AS customers,
	coalesce(c.revenue, 0) AS revenue,
	coalesce(c.customers, 0) / g.buyers AS customer_share,
	coalesce(c.revenue, 0) / nullif(g.revenue, 0) AS revenue_share,
	coalesce(c.revenue, 0) / nullif(g.revenue, 0) / nullif(k.base_share, 0) * 100 AS index_vs_base
FROM cs_segments g
CROSS JOIN cs_categories k
LEFT JOIN cs_cells c ON c.segment = g.segment AND c.category = k.category
ORDER BY g.segment, k.category`;
}
