import { asOfDateSql, type AsOfOptions } from './as-of';
import type { CustomerLens } from './customers-view';

/** Options of the product-affinity builders. */
export type AffinityOptions = AsOfOptions;

/**
 * CTEs `affinity_spend` (one row per buyer and category: customer_id, category, revenue, lines)
 * and `affinity` (one row per buyer with a categorised line): top_category, top_category_share,
 * category_count, is_multi_category, categorised_revenue.
 *
 * Only non-return lines before the as-of date with a category count (blank categories are
 * none). The top category has the largest spend, ties going to the first name in sort order;
 * its share is of the buyer's spend on categorised lines (NULL when that is not positive).
 */
export function affinityCtesSql(opts: AffinityOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	return `affinity_spend AS (
	SELECT customer_id, category, sum(amount) AS revenue, count(*) AS lines
	FROM (
		SELECT customer_id, nullif(trim(category), '') AS category, amount
		FROM transactions
		WHERE order_date < ${asOf} AND is_return IS NOT TRUE AND customer_id IS NOT NULL
	)
	WHERE category IS NOT NULL
	GROUP BY customer_id, category
), affinity AS (
	SELECT customer_id,
		first(category ORDER BY revenue DESC, category) AS top_category,
		max(revenue) / nullif(sum(revenue), 0) AS top_category_share,
		count(*) AS category_count,
		count(*) >= 2 AS is_multi_category,
		sum(revenue) AS categorised_revenue
	FROM affinity_spend
	GROUP BY customer_id
)`;
}

/** The affinity lens: top_category, top_category_share, category_count, is_multi_category. */
export function affinityLens(opts: AffinityOptions): CustomerLens {
	return {
		name: 'affinity',
		sql: `WITH ${affinityCtesSql(opts)}
SELECT customer_id, top_category, top_category_share, category_count, is_multi_category
FROM affinity`
	};
}

/**
 * SQL giving one row per buyer with a categorised line: customer_id, top_category,
 * top_category_share (0–1), category_count, is_multi_category, categorised_revenue. Ordered by
 * customer_id.
 */
export function buildAffinitySql(opts: AffinityOptions): string {
	return `WITH ${affinityCtesSql(opts)}\nSELECT * FROM affinity ORDER BY customer_id`;
}

/**
 * SQL giving one row per category: category, buyers (who bought it), top_customers (whose top
 * category it is), single_category_customers (who bought nothing else), revenue, revenue_share
 * (of all categorised revenue). Ordered by revenue, largest first, then category.
 */
export function buildAffinitySummarySql(opts: AffinityOptions): string {
	return `WITH ${affinityCtesSql(opts)}
SELECT s.category,
	count(*) AS buyers,
	count(*) FILTER (WHERE a.top_category = s.category) AS top_customers,
	count(*) FILTER (WHERE a.category_count = 1) AS single_category_customers,
	sum(s.revenue) AS revenue,
	sum(s.revenue) / nullif(sum(sum(s.revenue)) OVER (), 0) AS revenue_share
FROM affinity_spend s
JOIN affinity a ON a.customer_id = s.customer_id
GROUP BY s.category
ORDER BY revenue DESC, s.category`;
}

/**
 * SQL giving one row: buyers (with a categorised line), single_category, multi_category (bought
 * in two categories or more), multi_category_share (NULL without buyers).
 */
export function buildAffinityMixSql(opts: AffinityOptions): string {
	return `WITH ${affinityCtesSql(opts)}
SELECT count(*) AS buyers,
	count(*) FILTER (WHERE NOT is_multi_category) AS single_category,
	count(*) FILTER (WHERE is_multi_category) AS multi_category,
	count(*) FILTER (WHERE is_multi_category) / nullif(count(*), 0) AS multi_category_share
FROM affinity`;
}
