import { quoteIdent } from '../sql/quote';
import { asOfDateSql, type AsOfOptions } from './as-of';

/** Options of the persona profile: the lens column whose segments get a persona. */
export interface PersonaProfileOptions extends AsOfOptions {
	/** A column of `customers` holding a segment label (rfm_segment, lifecycle_stage...). */
	segmentColumn: string;
	/** A numeric column of `customers` to average (predicted lifetime value), when present. */
	clvColumn?: string | null;
	/** BOOLEAN columns of `customers` whose share is given (is_complainer...), when present. */
	flagColumns?: readonly string[];
}

/** A column name for SQL; throws `invalid <what>: …` when it is not a non-empty string. */
export function personaColumn(what: string, name: unknown): string {
	if (typeof name !== 'string' || name === '') throw new Error(`invalid ${what}: ${String(name)}`);
	return quoteIdent(name);
}

/**
 * CTE `pp_members`: every customer of `customers` with a value in the segment column
 * (customer_id, segment as text); customers without one belong to no segment and to no base.
 */
export function personaMembersCteSql(segmentColumn: string): string {
	const segment = personaColumn('segmentColumn', segmentColumn);
	return `pp_members AS (
	SELECT customer_id, CAST(${segment} AS VARCHAR) AS segment
	FROM customers WHERE ${segment} IS NOT NULL
)`;
}

/**
 * SQL over `customers` (built for the same as-of date) and `transactions`: one row per segment
 * and one for the whole base (every customer with a segment; `is_base` true, segment NULL), with
 * customers, customer_share, buyers (customers with an order before the as-of date), revenue
 * (their spend before it, returns excluded), revenue_share, avg_recency_days, avg_frequency,
 * avg_monetary and avg_tenure_days (days since the first order) over the buyers, discount_share
 * (spend on discounted lines ÷ spend), return_share (amount returned ÷ amount sold), avg_clv
 * when a CLV column is given and `share_<i>` for each flag column (share of customers with it
 * true). Segments are ordered largest first.
 */
export function buildPersonaProfileSql(opts: PersonaProfileOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	const clv = opts.clvColumn ? `, c.${personaColumn('clvColumn', opts.clvColumn)} AS clv` : '';
	const flags = (opts.flagColumns ?? []).map((f) => personaColumn('flagColumn', f));
	const flagColumns = flags.map((f, i) => `, c.${f} AS flag${i}`).join('');
	const flagShares = flags
		.map((_, i) => `,\n\tavg(CAST(coalesce(flag${i}, false) AS INTEGER)) AS share_${i}`)
		.join('');
	const avgClv = opts.clvColumn ? ',\n\tavg(clv) AS avg_clv' : '';
	return `WITH ${personaMembersCteSql(opts.segmentColumn)}, pp_lines AS (
	SELECT customer_id,
		sum(amount) FILTER (WHERE is_return IS NOT TRUE) AS sold,
		sum(amount) FILTER (WHERE is_return IS NOT TRUE AND discount > 0) AS discounted,
		sum(abs(amount)) FILTER (WHERE is_return) AS returned
	FROM transactions
	WHERE order_date < ${asOf} AND customer_id IS NOT NULL
	GROUP BY customer_id
), pp_customers AS (
	SELECT m.customer_id, m.segment, NOT c.is_prospect AS is_buyer, c.recency_days,
		c.frequency, coalesce(c.monetary, 0) AS monetary,
		date_diff('day', c.first_order_date, ${asOf}) AS tenure_days,
		coalesce(l.sold, 0) AS sold, coalesce(l.discounted, 0) AS discounted,
		coalesce(l.returned, 0) AS returned${clv}${flagColumns}
	FROM pp_members m
	JOIN customers c ON c.customer_id = m.customer_id
	LEFT JOIN pp_lines l ON l.customer_id = m.customer_id
), pp_groups AS (
	SELECT segment, grouping(segment) = 1 AS is_base,
	count(*) AS customers,
	count(*) FILTER (WHERE is_buyer) AS buyers,
	sum(monetary) AS revenue,
	avg(recency_days) FILTER (WHERE is_buyer) AS avg_recency_days,
	avg(frequency) FILTER (WHERE is_buyer) AS avg_frequency,
	avg(monetary) FILTER (WHERE is_buyer) AS avg_monetary,
	avg(tenure_days) FILTER (WHERE is_buyer) AS avg_tenure_days,
	sum(discounted) / nullif(sum(sold), 0) AS discount_share,
	sum(returned) / nullif(sum(sold), 0) AS return_share${avgClv}${flagShares}
	FROM pp_customers
	GROUP BY GROUPING SETS ((segment), ())
)
SELECT segment, is_base,
	CAST(customers AS BIGINT) AS customers,
	customers / max(customers) FILTER (WHERE is_base) OVER () AS customer_share,
	CAST(buyers AS BIGINT) AS buyers,
	revenue,
	revenue / nullif(max(revenue) FILTER (WHERE is_base) OVER (), 0) AS revenue_share,
	* EXCLUDE (segment, is_base, customers, buyers, revenue)
FROM pp_groups
ORDER BY is_base DESC, customers DESC, segment`;
}
