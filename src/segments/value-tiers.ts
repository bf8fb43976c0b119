import { quoteIdent, quoteLiteral, sqlValue } from '../sql/quote';
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
	/**
	 * `metricsTable` already holds value_tier and is_vip for these shares and this VIP rule (it is
	 * `lens_core`, built with them): read them instead of ranking every buyer again.
	 */
	storedTiers?: boolean;
}

/** Which buyers buildValueTiersSql lists besides all of them: one tier, or the VIPs. */
export type ValueTierPick = { tier: ValueTier } | { vip: true };

/** The tier labels, highest first. */
export const VALUE_TIERS = ['high', 'mid', 'low'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/** The VIP rule used when none is given. */
export const DEFAULT_VIP_RULE: VipRule = { top: 100 };

/** The tier shares used when none are given. */
export const DEFAULT_HIGH_SHARE = 0.5;
export const DEFAULT_MID_SHARE = 0.3;

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
	const high = opts.highShare ?? DEFAULT_HIGH_SHARE;
	const mid = opts.midShare ?? DEFAULT_MID_SHARE;
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
 * SQL giving one row per buyer (or only the picked tier or the VIPs): customer_id, monetary,
 * monetary_rank (1 = largest spend, ties share a rank), revenue_share_ahead (share of revenue
 * from buyers who spent more), value_tier ('high' | 'mid' | 'low') and is_vip. Ordered by
 * monetary, largest first.
 */
export function buildValueTiersSql(opts: ValueTierOptions & { pick?: ValueTierPick }): string {
	const where = opts.pick ? pickSql(opts.pick) : '';
	if (storedTable(opts)) return storedTiersSql(opts, where);
	const filter = where ? `\nWHERE ${where}` : '';
	return `WITH ${metricsCtesSql(opts)}, ${tierCtesSql(opts, 'metrics')}
SELECT customer_id, monetary, monetary_rank, revenue_share_ahead, value_tier, is_vip
FROM tiers${filter}
ORDER BY monetary DESC, customer_id`;
}

function pickSql(pick: ValueTierPick): string {
	if (!('tier' in pick)) return 'is_vip';
	if (!VALUE_TIERS.includes(pick.tier)) throw new Error(`invalid tier: ${String(pick.tier)}`);
	return `value_tier = ${quoteLiteral(pick.tier)}`;
}

// A tier, or the VIPs, is a band of spend: everyone who spent more than its largest spender is
// ahead of all of it. So ranks and shares ahead need a sort of the band only, plus one pass
// over the buyers above it, instead of a sort of every buyer.
function storedTiersSql(opts: ValueTierOptions, where: string): string {
	const table = quoteIdent(storedTable(opts)!);
	const picked = where ? `${table} WHERE ${where}` : table;
	return `WITH ${metricsCtesSql(opts)}, picked AS (
	SELECT customer_id, monetary, value_tier, is_vip FROM ${picked}
), above AS (
	SELECT count(*) AS buyers_above, coalesce(sum(monetary), 0) AS revenue_above
	FROM ${table} WHERE monetary > (SELECT max(monetary) FROM picked)
), total AS (
	SELECT sum(monetary) AS revenue_total FROM ${table}
)
SELECT customer_id, monetary,
	buyers_above + rank() OVER (ORDER BY monetary DESC) AS monetary_rank,
	(revenue_above + coalesce(sum(monetary) OVER (ORDER BY monetary DESC
		RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP), 0)) / revenue_total
		AS revenue_share_ahead,
	value_tier, is_vip
FROM picked, above, total
ORDER BY monetary DESC, customer_id`;
}

// The table to read value_tier and is_vip from, when they are stored; validates the options
// they would otherwise be computed with.
function storedTable(opts: ValueTierOptions): string | undefined {
	if (!opts.storedTiers) return undefined;
	if (opts.metricsTable === undefined) throw new Error('invalid storedTiers: no metricsTable');
	tierCtesSql(opts, opts.metricsTable);
	return opts.metricsTable;
}

// CTE `tiers` with at least customer_id, monetary, value_tier and is_vip.
function tiersCteSql(opts: ValueTierOptions): string {
	const table = storedTable(opts);
	if (table === undefined) return `${metricsCtesSql(opts)}, ${tierCtesSql(opts, 'metrics')}`;
	return `${metricsCtesSql(opts)}, tiers AS (
	SELECT customer_id, monetary, value_tier, is_vip FROM ${quoteIdent(table)}
)`;
}

/**
 * SQL giving the three tiers, high first, empty ones included: value_tier, customers, revenue,
 * customer_share, revenue_share, min_monetary, max_monetary.
 */
export function buildValueTierSummarySql(opts: ValueTierOptions): string {
	return `WITH ${tiersCteSql(opts)}, tier_names AS (
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

/** SQL giving one row about the VIPs: customers, revenue (0 when none) and min_monetary. */
export function buildVipSummarySql(opts: ValueTierOptions): string {
	return `WITH ${tiersCteSql(opts)}
SELECT count(*) AS customers, coalesce(sum(monetary), 0) AS revenue,
	min(monetary) AS min_monetary
FROM tiers WHERE is_vip`;
}
