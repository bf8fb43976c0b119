import { quoteIdent, sqlValue } from '../sql/quote';
import { asOfDateSql, salesCteSql, type AsOfOptions } from './as-of';
import {
	addPeriodsSql,
	periodLabelSql,
	periodOffsetSql,
	periodStartSql,
	type CohortPeriod
} from './period';

/** Options of the cohort retention triangle. */
export interface CohortOptions extends AsOfOptions {
	/** Month (default) or ISO week of the first order, and the periods counted after it. */
	period?: CohortPeriod;
	/** Last period offset shown (default 12). */
	maxOffset?: number;
	/**
	 * A table with each buyer's `first_order_date` for the same as-of date (`lens_core`): the
	 * cohorts are read from it instead of from another pass over the order lines.
	 */
	metricsTable?: string;
}

/**
 * SQL giving the cohort triangle, one row per cohort and period offset 0..maxOffset that has
 * started before the as-of date (the last one may be partly observed): cohort (label),
 * cohort_start (DATE), cohort_size, period_offset, active_customers (cohort members with an order
 * in that period), retention (active_customers ÷ cohort_size; 1 at offset 0) and revenue (the
 * cohort's spend in that period). Ordered by cohort, then offset.
 */
export function buildCohortsSql(opts: CohortOptions): string {
	const period = opts.period ?? 'month';
	const maxOffset = opts.maxOffset ?? 12;
	if (!Number.isInteger(maxOffset) || maxOffset < 0) {
		throw new Error(`invalid maxOffset: ${maxOffset}`);
	}
	const orderPeriod = periodStartSql('s.order_date', period);
	const members =
		opts.metricsTable === undefined
			? `SELECT customer_id, ${periodStartSql('min(order_date)', period)} AS cohort_start
	FROM sales
	GROUP BY customer_id`
			: `SELECT customer_id, ${periodStartSql('first_order_date', period)} AS cohort_start
	FROM ${quoteIdent(opts.metricsTable)}`;
	return `WITH ${salesCteSql(opts.asOf)}, members AS (
	${members}
), sizes AS (
	SELECT cohort_start, count(*) AS cohort_size FROM members GROUP BY cohort_start
), activity AS (
	SELECT m.cohort_start,
		${periodOffsetSql('m.cohort_start', orderPeriod, period)} AS period_offset,
		count(DISTINCT s.customer_id) AS active_customers,
		sum(s.amount) AS revenue
	FROM sales s
	JOIN members m ON m.customer_id = s.customer_id
	GROUP BY ALL
), cells AS (
	SELECT z.cohort_start, z.cohort_size, CAST(o.period_offset AS INTEGER) AS period_offset
	FROM sizes z, range(0, ${sqlValue(maxOffset + 1)}) AS o(period_offset)
	WHERE ${addPeriodsSql('z.cohort_start', 'o.period_offset', period)} < ${asOfDateSql(opts.asOf)}
)
SELECT ${periodLabelSql('c.cohort_start', period)} AS cohort,
	c.cohort_start,
	c.cohort_size,
	c.period_offset,
	coalesce(a.active_customers, 0) AS active_customers,
	coalesce(a.active_customers, 0) / c.cohort_size AS retention,
	coalesce(a.revenue, 0) AS revenue
FROM cells c
LEFT JOIN activity a ON a.cohort_start = c.cohort_start AND a.period_offset = c.period_offset
ORDER BY c.cohort_start, c.period_offset`;
}
