import { quoteLiteral, sqlValue } from '../sql/quote';
import { asOfDateSql, type AsOfOptions } from './as-of';
import type { CustomerLens } from './customers-view';

/** The lifecycle stages, in the order a customer usually lives through them. */
export const LIFECYCLE_STAGES = [
	'prospect',
	'new',
	'active',
	'repeat',
	'loyal',
	'lapsing',
	'churned'
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * The order in which the stage tests are applied; a customer gets the first that fits. Churned
 * comes before new so that a long "new" period can never hide a gone customer; lapsing comes
 * before loyal and repeat because a regular customer who is late is the one to act on.
 */
export const LIFECYCLE_PRECEDENCE: readonly LifecycleStage[] = [
	'prospect',
	'churned',
	'new',
	'lapsing',
	'loyal',
	'repeat',
	'active'
];

/** New: first order at most this many days ago — a month is the usual onboarding period. */
export const DEFAULT_NEW_DAYS = 30;
/** Churned: no order for more than this many days — half a year, the usual retail cut-off. */
export const DEFAULT_CHURN_DAYS = 180;
/** Loyal: orders in at least this many calendar months of the loyalty window — every other month. */
export const DEFAULT_LOYAL_MONTHS = 6;
/** The loyalty window, in days before the as-of date: one year, so seasons do not matter. */
export const DEFAULT_LOYAL_WINDOW_DAYS = 365;
/** Lapsing: days since the last order above this × the median gap — half again their usual gap. */
export const DEFAULT_LAPSE_FACTOR = 1.5;

/** Options of every lifecycle builder. */
export interface LifecycleOptions extends AsOfOptions {
	/** Days since the first order up to which a buyer is new (DEFAULT_NEW_DAYS). */
	newDays?: number;
	/** Days without an order after which a buyer is churned (DEFAULT_CHURN_DAYS). */
	churnDays?: number;
	/** Distinct months with an order in the loyalty window that make a buyer loyal. */
	loyalMonths?: number;
	/** Length of the loyalty window in days (DEFAULT_LOYAL_WINDOW_DAYS). */
	loyalWindowDays?: number;
	/** Lapsing when days since the last order > lapseFactor × median gap (DEFAULT_LAPSE_FACTOR). */
	lapseFactor?: number;
}

interface Settings {
	asOf: string;
	newDays: number;
	churnDays: number;
	loyalMonths: number;
	loyalWindowDays: number;
	lapseFactor: number;
}

function settings(opts: LifecycleOptions): Settings {
	const count = (name: string, value: number, min: number) => {
		if (!Number.isInteger(value) || value < min) throw new Error(`invalid ${name}: ${value}`);
		return value;
	};
	const factor = opts.lapseFactor ?? DEFAULT_LAPSE_FACTOR;
	if (!Number.isFinite(factor) || factor <= 0) throw new Error(`invalid lapseFactor: ${factor}`);
	return {
		asOf: asOfDateSql(opts.asOf),
		newDays: count('newDays', opts.newDays ?? DEFAULT_NEW_DAYS, 0),
		churnDays: count('churnDays', opts.churnDays ?? DEFAULT_CHURN_DAYS, 1),
		loyalMonths: count('loyalMonths', opts.loyalMonths ?? DEFAULT_LOYAL_MONTHS, 1),
		loyalWindowDays: count('loyalWindowDays', opts.loyalWindowDays ?? DEFAULT_LOYAL_WINDOW_DAYS, 1),
		lapseFactor: factor
	};
}

/** How each stage is decided with these options (the panel's legend), in LIFECYCLE_STAGES order. */
export function describeLifecycleStages(
	opts: LifecycleOptions
): { stage: LifecycleStage; how: string }[] {
	const s = settings(opts);
	const how: Record<LifecycleStage, string> = {
		prospect: 'In the customer file, no order before the as-of date.',
		new: `First order ${s.newDays} days or less before the as-of date.`,
		active: `One order, more than ${s.newDays} and at most ${s.churnDays} days ago.`,
		repeat: 'Two orders or more, not loyal, not lapsing.',
		loyal:
			`Orders in at least ${s.loyalMonths} different calendar months of the last ` +
			`${s.loyalWindowDays} days, and not lapsing.`,
		lapsing:
			`Ordered on two days or more; days since the last order are more than ${s.lapseFactor} × ` +
			'the median gap between their order days.',
		churned: `No order in the last ${s.churnDays} days.`
	};
	return LIFECYCLE_STAGES.map((stage) => ({ stage, how: how[stage] }));
}

/**
 * CTEs `lifecycle_sales`, `lifecycle_buyers`, `lifecycle_gaps` and `lifecycle`: one row per
 * customer known on the as-of date (customer file ∪ buyers) with lifecycle_stage, orders,
 * revenue, first_order_date, last_order_date, median_gap_days and active_months.
 *
 * Stages, tested in LIFECYCLE_PRECEDENCE order (d = days from an order date to the as-of date):
 * prospect: no order; churned: d(last) > churnDays; new: d(first) ≤ newDays; lapsing: ordered on
 * two days or more and d(last) > lapseFactor × median gap between consecutive order days (the
 * middle two averaged); loyal: order dates in ≥ loyalMonths calendar months among orders with
 * d ≤ loyalWindowDays; repeat: ≥ 2 distinct orders; active: the rest (one order, neither new
 * nor churned). Two orders on one day are two orders but no gap.
 */
export function lifecycleCtesSql(opts: LifecycleOptions): string {
	const s = settings(opts);
	const since = (date: string) => `date_diff('day', ${date}, ${s.asOf})`;
	const when = (test: string, stage: LifecycleStage) => `WHEN ${test} THEN ${quoteLiteral(stage)}`;
	const tests: Record<LifecycleStage, string> = {
		prospect: 'b.customer_id IS NULL',
		churned: `${since('b.last_order_date')} > ${sqlValue(s.churnDays)}`,
		new: `${since('b.first_order_date')} <= ${sqlValue(s.newDays)}`,
		lapsing: `${since('b.last_order_date')} > ${sqlValue(s.lapseFactor)} * g.median_gap_days`,
		loyal: `b.active_months >= ${sqlValue(s.loyalMonths)}`,
		repeat: 'b.orders >= 2',
		active: 'true'
	};
	const stage = LIFECYCLE_PRECEDENCE.map((name) => when(tests[name], name)).join('\n\t\t\t');
	return `lifecycle_sales AS (
	SELECT customer_id, order_id, order_date, amount
	FROM transactions
	WHERE order_date < ${s.asOf} AND is_return IS NOT TRUE AND customer_id IS NOT NULL
), lifecycle_buyers AS (
	SELECT customer_id,
		min(order_date) AS first_order_date,
		max(order_date) AS last_order_date,
		count(DISTINCT order_id) AS orders,
		sum(amount) AS revenue,
		count(DISTINCT date_trunc('month', order_date))
			FILTER (WHERE order_date >= ${s.asOf} - ${sqlValue(s.loyalWindowDays)}) AS active_months
	FROM lifecycle_sales
	GROUP BY customer_id
), lifecycle_gaps AS (
	SELECT customer_id, median(gap) AS median_gap_days
	FROM (
		SELECT customer_id,
			date_diff('day', lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date),
				order_date) AS gap
		FROM (SELECT DISTINCT customer_id, order_date FROM lifecycle_sales)
	)
	WHERE gap IS NOT NULL
	GROUP BY customer_id
), lifecycle AS (
	SELECT k.customer_id,
		CASE
			${stage}
		END AS lifecycle_stage,
		coalesce(b.orders, 0) AS orders,
		coalesce(b.revenue, 0) AS revenue,
		b.first_order_date,
		b.last_order_date,
		CAST(g.median_gap_days AS DOUBLE) AS median_gap_days,
		coalesce(b.active_months, 0) AS active_months
	FROM (
		SELECT customer_id FROM customer_attributes WHERE customer_id IS NOT NULL
		UNION
		SELECT customer_id FROM lifecycle_buyers
	) k
	LEFT JOIN lifecycle_buyers b ON b.customer_id = k.customer_id
	LEFT JOIN lifecycle_gaps g ON g.customer_id = k.customer_id
)`;
}

/** The lifecycle lens: lifecycle_stage, median_gap_days and active_months for `customers`. */
export function lifecycleLens(opts: LifecycleOptions): CustomerLens {
	return {
		name: 'lifecycle',
		sql: `WITH ${lifecycleCtesSql(opts)}
SELECT customer_id, lifecycle_stage, median_gap_days, active_months FROM lifecycle`
	};
}

/**
 * SQL giving one row per customer known on the as-of date (only one stage's if asked):
 * customer_id, lifecycle_stage, orders, revenue, first_order_date, last_order_date,
 * median_gap_days (NULL with fewer than two order days), active_months. Ordered by customer_id.
 */
export function buildLifecycleSql(opts: LifecycleOptions & { stage?: LifecycleStage }): string {
	let filter = '';
	if (opts.stage !== undefined) {
		if (!LIFECYCLE_STAGES.includes(opts.stage)) throw new Error(`invalid stage: ${opts.stage}`);
		filter = `\nWHERE lifecycle_stage = ${quoteLiteral(opts.stage)}`;
	}
	return `WITH ${lifecycleCtesSql(opts)}\nSELECT * FROM lifecycle${filter}\nORDER BY customer_id`;
}

/** A VALUES list of the stages with their position, as relation `alias(lifecycle_stage, stage_order)`. */
export function lifecycleStageListSql(alias: string): string {
	const rows = LIFECYCLE_STAGES.map((s, i) => `(${quoteLiteral(s)}, ${i + 1})`).join(', ');
	return `(VALUES ${rows}) AS ${alias}(lifecycle_stage, stage_order)`;
}

/**
 * SQL giving the 7 stages in LIFECYCLE_STAGES order, empty ones included: lifecycle_stage,
 * customers, customer_share (of everyone known), revenue (their spend before the as-of date),
 * revenue_share, avg_orders (NULL when empty).
 */
export function buildLifecycleSummarySql(opts: LifecycleOptions): string {
	return `WITH ${lifecycleCtesSql(opts)}
SELECT s.lifecycle_stage,
	count(l.customer_id) AS customers,
	count(l.customer_id) / nullif(sum(count(l.customer_id)) OVER (), 0) AS customer_share,
	coalesce(sum(l.revenue), 0) AS revenue,
	coalesce(sum(l.revenue), 0) / nullif(sum(sum(l.revenue)) OVER (), 0) AS revenue_share,
	avg(l.orders) AS avg_orders
FROM ${lifecycleStageListSql('s')}
LEFT JOIN lifecycle l ON l.lifecycle_stage = s.lifecycle_stage
GROUP BY s.lifecycle_stage, s.stage_order
ORDER BY s.stage_order`;
}
