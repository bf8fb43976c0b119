import { sqlValue } from '../sql/quote';
import { asOfDateSql } from './as-of';
import { metricsCtesSql, type CustomerMetricsOptions } from './customer-metrics';
import { paretoCtesSql } from './pareto';

/** Options of the KPI row. */
export interface KpiOptions extends CustomerMetricsOptions {
	/** Length W of the churn/retention windows, in days (default 90). */
	windowDays?: number;
	/** The top share of buyers for top_revenue_share, in percent (default 20). */
	topPercent?: number;
}

/**
 * SQL giving one row of KPIs; KPI_DEFINITIONS says how each column is computed. Rates and shares
 * are fractions (0.25 = 25 %) and NULL when their denominator is 0.
 */
export function buildKpisSql(opts: KpiOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	const w = opts.windowDays ?? 90;
	if (!Number.isInteger(w) || w < 1) throw new Error(`invalid windowDays: ${w}`);
	// An order line w days or less before the as-of date falls in the current window,
	// w + 1 to 2w days before it in the previous one.
	const current = `order_date >= ${asOf} - ${sqlValue(w)}`;
	const start = `${asOf} - ${sqlValue(2 * w)}`;
	const previous = `order_date >= ${start} AND order_date < ${asOf} - ${sqlValue(w)}`;
	return `WITH ${metricsCtesSql(opts)}, ${paretoCtesSql('metrics', opts.topPercent)},
buyer_kpis AS (
	SELECT count(*) AS buyers,
		CAST(coalesce(sum(frequency), 0) AS BIGINT) AS orders,
		coalesce(sum(monetary), 0) AS revenue,
		count(*) FILTER (WHERE frequency >= 2) AS repeat_buyers
	FROM metrics
), people_kpis AS (
	SELECT count(*) AS listed, count(m.customer_id) AS converted
	FROM (SELECT DISTINCT customer_id FROM customer_attributes WHERE customer_id IS NOT NULL) p
	LEFT JOIN metrics m ON m.customer_id = p.customer_id
), window_kpis AS (
	SELECT count(*) FILTER (WHERE was_active) AS previous_active,
		count(*) FILTER (WHERE was_active AND is_active) AS retained
	FROM (
		SELECT customer_id, bool_or(${previous}) AS was_active, bool_or(${current}) AS is_active
		FROM sales
		WHERE order_date >= ${start}
		GROUP BY customer_id
	)
), satisfaction_kpis AS (
	SELECT avg(satisfaction) AS avg_satisfaction FROM tickets WHERE created_at < ${asOf}
)
SELECT b.buyers,
	p.listed - p.converted AS prospects,
	b.buyers + p.listed - p.converted AS customers,
	b.orders,
	b.revenue,
	b.revenue / nullif(b.orders, 0) AS avg_order_value,
	b.orders / nullif(b.buyers, 0) AS orders_per_customer,
	b.repeat_buyers / nullif(b.buyers, 0) AS repeat_rate,
	t.top_revenue_share,
	w.previous_active,
	w.retained,
	w.retained / nullif(w.previous_active, 0) AS retention_rate,
	(w.previous_active - w.retained) / nullif(w.previous_active, 0) AS churn_rate,
	p.converted / nullif(p.listed, 0) AS conversion_rate,
	s.avg_satisfaction
FROM buyer_kpis b, people_kpis p, window_kpis w, top_share t, satisfaction_kpis s`;
}
