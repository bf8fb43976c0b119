import { quoteLiteral } from '../sql/quote';
import { asOfDateSql } from './as-of';
import {
	LIFECYCLE_STAGES,
	lifecycleCtesSql,
	lifecycleStageListSql,
	type LifecycleOptions
} from './lifecycle';

/** Options of the lifecycle flow: the stage options, applied on both dates. */
export interface LifecycleTransitionOptions extends LifecycleOptions {
	/** The earlier as-of date (ISO), strictly before asOf. */
	previousAsOf: string;
}

/**
 * The stage of someone not yet known on the earlier date: not in the customer file and no order
 * before it (they first ordered between the two dates).
 */
export const LIFECYCLE_NOT_KNOWN = 'unknown';

function stagesAt(opts: LifecycleTransitionOptions): string {
	asOfDateSql(opts.asOf);
	try {
		asOfDateSql(opts.previousAsOf);
	} catch {
		throw new Error(`invalid previousAsOf: ${opts.previousAsOf}`);
	}
	// Real ISO days compare as text.
	if (!(opts.previousAsOf < opts.asOf)) {
		throw new Error(`invalid previousAsOf: ${opts.previousAsOf} is not before ${opts.asOf}`);
	}
	const at = (asOf: string, columns: string) =>
		`(WITH ${lifecycleCtesSql({ ...opts, asOf })}\n\tSELECT ${columns} FROM lifecycle)`;
	// Everyone known on the earlier date is known on the later one (the customer file does not
	// change and orders are never undone), so only the earlier stage can be missing.
	return `lifecycle_pairs AS (
	SELECT a.customer_id,
		coalesce(b.lifecycle_stage, ${quoteLiteral(LIFECYCLE_NOT_KNOWN)}) AS from_stage,
		a.lifecycle_stage AS to_stage,
		a.orders, a.revenue, a.last_order_date
	FROM ${at(opts.asOf, `customer_id, lifecycle_stage, orders, revenue, last_order_date`)} a
	LEFT JOIN ${at(opts.previousAsOf, 'customer_id, lifecycle_stage')} b
		ON b.customer_id = a.customer_id
)`;
}

/**
 * SQL giving one row per customer known on asOf: customer_id, from_stage (the stage on
 * previousAsOf, or LIFECYCLE_NOT_KNOWN), to_stage (the stage on asOf), and on asOf: orders,
 * revenue (returns excluded), last_order_date. Ordered by customer_id.
 */
export function buildLifecycleStagePairsSql(opts: LifecycleTransitionOptions): string {
	return `WITH ${stagesAt(opts)}\nSELECT * FROM lifecycle_pairs ORDER BY customer_id`;
}

/**
 * SQL giving the flow between the two dates, one row per non-empty (from, to) pair: from_stage,
 * to_stage, from_order and to_order (positions in LIFECYCLE_STAGES, 0 for LIFECYCLE_NOT_KNOWN),
 * customers, share_of_from (of everyone in from_stage on the earlier date). Ordered by from, to.
 */
export function buildLifecycleTransitionsSql(opts: LifecycleTransitionOptions): string {
	const notKnown = quoteLiteral(LIFECYCLE_NOT_KNOWN);
	return `WITH ${stagesAt(opts)}, stage_list AS (
	SELECT * FROM ${lifecycleStageListSql('s')}
	UNION ALL SELECT ${notKnown}, 0
)
SELECT p.from_stage, p.to_stage,
	CAST(f.stage_order AS INTEGER) AS from_order,
	CAST(t.stage_order AS INTEGER) AS to_order,
	count(*) AS customers,
	count(*) / sum(count(*)) OVER (PARTITION BY p.from_stage) AS share_of_from
FROM lifecycle_pairs p
JOIN stage_list f ON f.lifecycle_stage = p.from_stage
JOIN stage_list t ON t.lifecycle_stage = p.to_stage
GROUP BY p.from_stage, p.to_stage, f.stage_order, t.stage_order
ORDER BY from_order, to_order`;
}

/** The stages a transition can start from, in table order. */
export const LIFECYCLE_FROM_STAGES: readonly string[] = [LIFECYCLE_NOT_KNOWN, ...LIFECYCLE_STAGES];

/** Which customers of the flow to list: those in `from` on the earlier date and `to` on asOf. */
export interface LifecycleTransitionPick {
	from: string;
	to: string;
}

/**
 * SQL listing the customers of one (from, to) pair of the flow: customer_id, orders, revenue
 * (rounded to cents) and last_order_date, all on asOf. Ordered by customer_id.
 */
export function buildLifecycleTransitionMembersSql(
	opts: LifecycleTransitionOptions & LifecycleTransitionPick
): string {
	if (!LIFECYCLE_FROM_STAGES.includes(opts.from)) throw new Error(`invalid from: ${opts.from}`);
	if (!(LIFECYCLE_STAGES as readonly string[]).includes(opts.to)) {
		throw new Error(`invalid to: ${opts.to}`);
	}
	return `WITH ${stagesAt(opts)}
SELECT customer_id, orders, round(revenue, 2) AS revenue, last_order_date
FROM lifecycle_pairs
WHERE from_stage = ${quoteLiteral(opts.from)} AND to_stage = ${quoteLiteral(opts.to)}
ORDER BY customer_id`;
}
