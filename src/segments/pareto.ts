import { sqlValue } from '../sql/quote';
import { metricsCtesSql, type CustomerMetricsOptions } from './customer-metrics';

/** Options of the Pareto curve. */
export interface ParetoOptions extends CustomerMetricsOptions {
	/** Most points returned for the chart, origin included (default 200, at least 3). */
	maxPoints?: number;
	/** The top share of buyers whose revenue share is reported, in percent (default 20). */
	topPercent?: number;
}

/**
 * CTEs `pareto_ranked` (one row per buyer: position from the largest spend, buyers,
 * revenue_so_far, revenue) and `top_share` (one row: top_customers, top_revenue_share) over the
 * relation `from`. The top group is the ceil(topPercent % × buyers) largest spenders; how ties
 * are ordered does not change its revenue.
 */
export function paretoCtesSql(from: string, topPercent = 20): string {
	if (!Number.isInteger(topPercent) || topPercent < 1 || topPercent > 100) {
		throw new Error(`invalid topPercent: ${topPercent}`);
	}
	return `pareto_ranked AS (
	SELECT row_number() OVER (ORDER BY monetary DESC, customer_id) AS position,
		count(*) OVER () AS buyers,
		sum(monetary) OVER (ORDER BY monetary DESC, customer_id ROWS UNBOUNDED PRECEDING)
			AS revenue_so_far,
		sum(monetary) OVER () AS revenue
	FROM ${from}
), top_share AS (
	SELECT any_value(top_customers) AS top_customers,
		max(revenue_so_far) FILTER (WHERE position <= top_customers) / max(revenue) AS top_revenue_share
	FROM (
		SELECT *, (buyers * ${sqlValue(topPercent)} + 99) // 100 AS top_customers FROM pareto_ranked
	)
)`;
}

/**
 * SQL giving the Pareto curve: customers (how many of the largest spenders), customer_share and
 * revenue_share (their cumulative share of revenue), from the origin (0, 0) to (1, 1), thinned to
 * at most maxPoints evenly spaced points; every row also carries top_revenue_share, the share of
 * revenue from the top 20 % of buyers (topPercent). Empty when there are no buyers.
 */
export function buildParetoSql(opts: ParetoOptions): string {
	const maxPoints = opts.maxPoints ?? 200;
	if (!Number.isInteger(maxPoints) || maxPoints < 3) {
		throw new Error(`invalid maxPoints: ${maxPoints}`);
	}
	// Every step-th buyer plus the last one: at most maxPoints - 2 + 1 points, and the origin.
	const step = `greatest(1, (buyers + ${maxPoints - 3}) // ${maxPoints - 2})`;
	return `WITH ${metricsCtesSql(opts)}, ${paretoCtesSql('metrics', opts.topPercent)}
SELECT 0 AS customers, CAST(0 AS DOUBLE) AS customer_share, CAST(0 AS DOUBLE) AS revenue_share,
	top_revenue_share
FROM top_share WHERE top_customers IS NOT NULL
UNION ALL
SELECT position, position / buyers, revenue_so_far / revenue, top_revenue_share
FROM pareto_ranked, top_share
WHERE position % ${step} = 0 OR position = buyers
ORDER BY customers`;
}
