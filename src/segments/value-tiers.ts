import { sqlValue } from '../sql/quote';
import { metricsCtesSql, type CustomerMetricsOptions } from './customer-metrics';

/** VIPs: the top N buyers by monetary (ties at the N-th place all in), or monetary ≥ a floor. */
export type VipRule = { top: number } | { minMonetary: number };

/** Options of the value tiers. */
export interface ValueTierOptions extends CustomerMetricsOptions {
	/** Share of revenue made by the high tier (default 0.5). */
	highShare?: number;
	/** Share of revenue made by the mid tier, after the high one (default 0.3). */
	midShare?: number;
	/** Default: the top 100 buyers. */
	vip?: VipRule;
}

/** The tier labels, highest first. */
export const VALUE_TIERS = ['high', 'mid', 'low'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/** The VIP rule used when none is given. */
export const DEFAULT_VIP_RULE: VipRule = { top: 100 };

/**
 * CTEs `tier_base` and `tiers` over the relation `from` (one row per buyer with monetary):
 * `tiers` adds monetary_rank, revenue_share_ahead, value_tier and is_vip to every column.
 *
 * Buyers are taken from the largest spend down; a buyer is high while the revenue of everyone
 * who spent strictly more is under highShare of the total, mid while it is under
 * highShare + midShare, low after that. So the buyer who crosses the 50 % line is still high,
 * and equal spenders always share a tier.
 */
export function tierCtesSql(opts: ValueTierOptions, from: string): string {
	const high = opts.highShare ?? 0.5;
	const mid = opts.midShare ?? 0.3;
	if (!(high > 0 && mid >= 0 && high + mid <= 1)) {
		throw new Error(`invalid tier shares: ${high}, ${mid}`);
	}
	return `tier_base AS (
	SELECT *,
		rank() OVER (ORDER BY monetary DESC) AS monetary_rank,
		coalesce(sum(monetary) OVER (ORDER BY monetary DESC
			RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP), 0) AS revenue_ahead,
		sum(monetary) OVER () AS revenue_total
	FROM ${from}
), tiers AS (
	SELECT * EXCLUDE (revenue_ahead, revenue_total),
		revenue_ahead / revenue_total AS revenue_share_ahead,
		CASE
			WHEN revenue_ahead < ${sqlValue(high)} * revenue_total THEN 'high'
			WHEN revenue_ahead < ${sqlValue(high + mid)} * revenue_total THEN 'mid'
			ELSE 'low'
		END AS value_tier,
		${vipSql(opts.vip ?? DEFAULT_VIP_RULE)} AS is_vip
	FROM tier_base
)`;
}

function vipSql(rule: VipRule): string {
	if ('top' in rule) {
		if (!Number.isInteger(rule.top) || rule.top < 0) {
			throw new Error(`invalid vip top: ${rule.top}`);
		}
		return `monetary_rank <= ${sqlValue(rule.top)}`;
	}
	return `monetary >= ${sqlValue(rule.minMonetary)}`;
}

/**
 * SQL giving one row per buyer: customer_id, monetary, monetary_rank (1 = largest spend, ties
 * share a rank), revenue_share_ahead (share of revenue from buyers who spent more), value_tier
 * ('high' | 'mid' | 'low') and is_vip. Ordered by monetary, largest first.
 */
export function buildValueTiersSql(opts: ValueTierOptions): string {
	return `WITH ${metricsCtesSql(opts)}, ${tierCtesSql(opts, 'metrics')}
SELECT customer_id, monetary, monetary_rank, revenue_share_ahead, value_tier, is_vip
FROM tiers
ORDER BY monetary DESC, customer_id`;
}

/**
 * SQL giving the three tiers, high first, empty ones included: value_tier, customers, revenue,
 * customer_share, revenue_share, min_monetary, max_monetary.
 */
export function buildValueTierSummarySql(opts: ValueTierOptions): string {
	return `WITH ${metricsCtesSql(opts)}, ${tierCtesSql(opts, 'metrics')}, tier_names AS (
	SELECT * FROM (VALUES ('high', 1), ('mid', 2), ('low', 3)) AS n(value_tier, tier_order)
)
SELECT n.value_tier,
	count(t.customer_id) AS customers,
	coalesce(sum(t.monetary), 0) AS revenue,
	count(t.customer_id) / nullif(sum(count(t.customer_id)) OVER (), 0) AS customer_share,
	coalesce(sum(t.monetary), 0) / nullif(sum(sum(t.monetary)) OVER (), 0) AS revenue_share,
	min(t.monetary) AS min_monetary,
	max(t.monetary) AS max_monetary
FROM tier_names n
LEFT JOIN tiers t ON t.value_tier = n.value_tier
GROUP BY n.value_tier, n.tier_order
ORDER BY n.tier_order`;
}
