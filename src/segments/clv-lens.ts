// The CLV cell's columns of `customers`, and the panel's summaries read back from them (so the
// panel's counts are what a SQL cell finds). The scores are computed in the analysis worker and
// written to a table per cell; the lens copies them, adding churn_risk from p_alive.
import { quoteIdent } from '../sql/quote';
import type { CustomerLens } from './customers-view';

/** The lens's name: its table is `lens_clv`. */
export const CLV_LENS_NAME = 'clv';

/** The columns the lens adds to `customers`. */
export const CLV_COLUMNS = ['p_alive', 'expected_purchases', 'clv', 'churn_risk'] as const;

/** P(alive) cut-offs: below `high` is high risk, from `low` on low risk, medium between. */
export interface ChurnThresholds {
	high: number;
	low: number;
}

/** Predicted-value tiers: the top 20 % of scored buyers by CLV, the next 30 %, the rest. */
export const CLV_TIERS = [
	{ tier: 'top', label: 'Top 20 % by predicted value', upTo: 0.2 },
	{ tier: 'middle', label: 'Next 30 %', upTo: 0.5 },
	{ tier: 'bottom', label: 'Bottom 50 %', upTo: 1 }
] as const;

/** The table a cell's scores are written to (Arrow IPC) before the lens copies them. */
export function clvScoresTable(cellId: string): string {
	return `_clv_scores_${cellId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function checkThresholds({ high, low }: ChurnThresholds): void {
	if (!(high > 0 && high < low && low < 1)) {
		throw new RangeError(`invalid churn thresholds: ${high}, ${low} (needs 0 < high < low < 1)`);
	}
}

/** SQL CASE giving churn_risk from column p_alive. */
function churnRiskSql(thresholds: ChurnThresholds): string {
	checkThresholds(thresholds);
	return `CASE WHEN p_alive IS NULL THEN NULL
		WHEN p_alive < ${thresholds.high} THEN 'high'
		WHEN p_alive < ${thresholds.low} THEN 'medium'
		ELSE 'low' END`;
}

/** The lens reading a scores table (customer_id, p_alive, expected_purchases, clv). */
export function clvLens(scoresTable: string, thresholds: ChurnThresholds): CustomerLens {
	return {
		name: CLV_LENS_NAME,
		sql: `SELECT customer_id, p_alive, expected_purchases, clv,
	${churnRiskSql(thresholds)} AS churn_risk
FROM ${quoteIdent(scoresTable)}`
	};
}

/** The lens when the model could not be fitted: the columns exist, every value NULL. */
export function emptyClvLens(): CustomerLens {
	return {
		name: CLV_LENS_NAME,
		sql: `SELECT CAST(NULL AS VARCHAR) AS customer_id, CAST(NULL AS DOUBLE) AS p_alive,
	CAST(NULL AS DOUBLE) AS expected_purchases, CAST(NULL AS DOUBLE) AS clv,
	CAST(NULL AS VARCHAR) AS churn_risk
WHERE false`
	};
}

/** A row of buildChurnGroupsSql. */
export interface ChurnGroupRow {
	churn_risk: 'high' | 'medium' | 'low';
	customers: number;
	/** Of them, customers who never bought again (P(alive) = 1 by the model's assumption). */
	one_time: number;
	mean_p_alive: number;
	expected_purchases: number;
	/** Sum of CLV over those who have one. */
	clv: number | null;
}

/** SQL for one row per churn-risk group of `customers` (high, medium, low), empty ones left out. */
export function buildChurnGroupsSql(): string {
	return `SELECT churn_risk,
	CAST(count(*) AS INTEGER) AS customers,
	CAST(count(*) FILTER (WHERE p_alive = 1) AS INTEGER) AS one_time,
	avg(p_alive) AS mean_p_alive,
	sum(expected_purchases) AS expected_purchases,
	sum(clv) AS clv
FROM customers
WHERE churn_risk IS NOT NULL
GROUP BY churn_risk
ORDER BY CASE churn_risk WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;
}

/** A row of buildClvTiersSql. */
export interface ClvTierRow {
	tier: (typeof CLV_TIERS)[number]['tier'];
	customers: number;
	clv: number;
	min_clv: number;
	max_clv: number;
	mean_p_alive: number;
}

/**
 * SQL for the predicted-value tiers of the customers with a CLV, ranked by CLV, largest first:
 * a customer is in the first tier whose share covers the share of customers with a CLV at least
 * as large (cume_dist), so a tier never holds more than its share and equal values share a tier.
 */
export function buildClvTiersSql(): string {
	const cases = CLV_TIERS.slice(0, -1)
		.map((t) => `WHEN share <= ${t.upTo} THEN '${t.tier}'`)
		.join(' ');
	const order = CLV_TIERS.map((t, i) => `WHEN '${t.tier}' THEN ${i}`).join(' ');
	return `WITH ranked AS (
	SELECT clv, p_alive, cume_dist() OVER (ORDER BY clv DESC) AS share
	FROM customers
	WHERE clv IS NOT NULL
)
SELECT CASE ${cases} ELSE '${CLV_TIERS.at(-1)!.tier}' END AS tier,
	CAST(count(*) AS INTEGER) AS customers,
	sum(clv) AS clv, min(clv) AS min_clv, max(clv) AS max_clv, avg(p_alive) AS mean_p_alive
FROM ranked
GROUP BY tier
ORDER BY CASE tier ${order} END`;
}

/** SQL for one row: buyers scored, and those with P(alive) but no CLV (set aside). */
export function buildClvCoverageSql(): string {
	return `SELECT CAST(count(p_alive) AS INTEGER) AS scored,
	CAST(count(*) FILTER (WHERE p_alive IS NOT NULL AND clv IS NULL) AS INTEGER) AS without_clv
FROM customers`;
}
