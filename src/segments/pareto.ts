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
 * CTEs `pareto_ranked` (one row per buyer: position from the largest spend, monetary, buyers,
 * revenue) and `top_share` (one row: top_customers, top_revenue_share) over the relation `from`.
 * The top group is the ceil(topPercent % × buyers) largest spenders.
 */
export function paretoCtesSql(from: string, topPercent = 20): string {
	if (!Number.isInteger(topPercent) || topPercent < 1 || topPercent > 100) {
		throw new Error(`invalid topPercent: ${topPercent}`);
	}
	// Equal spenders may take their positions in any order: the revenue of the first n buyers is
	// the same whichever of them come first, so no tie-break is sorted on.
	return `pareto_ranked AS (
	SELECT row_number() OVER (ORDER BY monetary DESC) AS position, monetary,
		count(*) OVER () AS buyers,
		sum(monetary) OVER () AS revenue
	FROM ${from}
), top_share AS (
	SELECT any_value(top_customers) AS top_customers,
		sum(monetary) FILTER (WHERE position <= top_customers) / any_value(revenue)
			AS top_revenue_share
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
	// Each point ends a run of `step` buyers; summing runs, then a running sum over the few
	// runs, costs less than a running sum over every buyer.
	const step = `greatest(1, (buyers + ${maxPoints - 3}) // ${maxPoints - 2})`;
	return `WITH ${metricsCtesSql(opts)}, ${paretoCtesSql('metrics', opts.topPercent)},
pareto_runs AS (
	SELECT least(any_value(buyers), (run + 1) * any_value(step)) AS customers,
		any_value(buyers) AS buyers, any_value(revenue) AS revenue, sum(monetary) AS run_revenue
	FROM (
		SELECT *, (position - 1) // step AS run
		FROM (SELECT *, ${step} AS step FROM pareto_ranked)
	)
	GROUP BY run
)
SELECT 0 AS customers, CAST(0 AS DOUBLE) AS customer_share, CAST(0 AS DOUBLE) AS revenue_share,
	top_revenue_share
FROM top_share WHERE top_customers IS NOT NULL
UNION ALL
SELECT customers, customers / buyers,
	sum(run_revenue) OVER (ORDER BY customers ROWS UNBOUNDED PRECEDING) / revenue,
	top_revenue_share
FROM pareto_runs, top_share
ORDER BY customers`;
}
