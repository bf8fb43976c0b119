import { quoteIdent } from '../sql/quote';
import { asOfDateSql, salesCteSql, type AsOfOptions } from './as-of';
import { periodLabelSql, type CohortPeriod } from './period';

/** Options of the per-buyer metrics. */
export interface CustomerMetricsOptions extends AsOfOptions {
	/** How `cohort` labels the first order: `2011-12` (month, the default) or `2011-W48`. */
	cohortPeriod?: CohortPeriod;
	/**
	 * A table already holding these metrics for the same as-of date, such as the customers
	 * view's `lens_core`: read instead of aggregating millions of order lines again.
	 */
	metricsTable?: string;
}

/** The columns of one row of the metrics, in order. */
export const CUSTOMER_METRIC_COLUMNS = [
	'customer_id',
	'first_order_date',
	'last_order_date',
	'recency_days',
	'frequency',
	'monetary',
	'avg_order_value',
	'cohort'
] as const;

/**
 * CTEs `sales` and `metrics`, for composing: `metrics` has one row per buyer before the as-of
 * date with CUSTOMER_METRIC_COLUMNS.
 */
export function metricsCtesSql(opts: CustomerMetricsOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	if (opts.metricsTable !== undefined) {
		const columns = CUSTOMER_METRIC_COLUMNS.join(', ');
		return `${salesCteSql(opts.asOf)}, metrics AS (
	SELECT ${columns} FROM ${quoteIdent(opts.metricsTable)}
)`;
	}
	const cohort = periodLabelSql('min(order_date)', opts.cohortPeriod ?? 'month');
	// `sales` holds non-return lines only (is_return = false): returns do not count as orders
	// or spend here; the return lens reads them from `transactions`.
	return `${salesCteSql(opts.asOf)}, metrics AS (
	SELECT customer_id,
		min(order_date) AS first_order_date,
		max(order_date) AS last_order_date,
		date_diff('day', max(order_date), ${asOf}) AS recency_days,
		count(DISTINCT order_id) AS frequency,
		sum(amount) AS monetary,
		sum(amount) / count(DISTINCT order_id) AS avg_order_value,
		${cohort} AS cohort
	FROM sales
	GROUP BY customer_id
)`;
}

/**
 * SQL giving one row per buyer (a customer with a non-return line before the as-of date):
 * first_order_date, last_order_date (DATE), recency_days (whole days from the last order date to
 * the as-of date), frequency (distinct orders), monetary (total amount), avg_order_value, cohort
 * (first-order month `yyyy-mm` or ISO week `yyyy-Www`). In no particular order.
 */
export function buildCustomerMetricsSql(opts: CustomerMetricsOptions): string {
	return `WITH ${metricsCtesSql(opts)}\nSELECT * FROM metrics`;
}
