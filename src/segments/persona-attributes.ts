import { asOfDateSql, type AsOfOptions } from './as-of';
import { bandCtesSql, type AttributeBands } from './breakdown-bands';
import { personaColumn, personaMembersCteSql } from './persona-profile';

/** Options of one attribute's profile across the segments. */
export interface PersonaAttributeOptions extends AsOfOptions {
	segmentColumn: string;
	/** A column of `customers` (gender, age, city, churn_risk...). */
	attribute: string;
	/** Default: text values, the most common ones, the rest as "other". */
	bands?: AttributeBands;
}

/**
 * SQL over `customers`: for every segment and value (or band) of the attribute, zeros included —
 * segment, value, value_order, customers, segment_customers, share_in_segment, base_customers
 * and share_in_base (over every customer with a segment: base_total), index_vs_base (share_in_segment ÷
 * share_in_base × 100) and z: the two-proportion z statistic of the segment against the rest of
 * the base, (p₁ − p₂) ÷ √(p̂(1 − p̂)(1/n₁ + 1/n₂)) with p̂ the share in the base; NULL when
 * there is no rest or p̂ is 0 or 1. Ordered by segment, then value_order.
 */
export function buildPersonaAttributeSql(opts: PersonaAttributeOptions): string {
	const attribute = personaColumn('attribute', opts.attribute);
	return `WITH ${personaMembersCteSql(opts.segmentColumn)}, bd_base AS (
	SELECT m.customer_id, m.segment, 0 AS revenue, c.${attribute} AS raw
	FROM pp_members m JOIN customers c ON c.customer_id = m.customer_id
), ${bandCtesSql(opts.bands ?? { kind: 'text' }, asOfDateSql(opts.asOf))}, pa_cells AS (
	SELECT segment, value, value_order, count(*) AS customers
	FROM bd_banded GROUP BY segment, value, value_order
), pa_segments AS (
	SELECT segment, sum(customers) AS n FROM pa_cells GROUP BY segment
), pa_values AS (
	SELECT value, value_order, sum(customers) AS x, sum(sum(customers)) OVER () AS total
	FROM pa_cells GROUP BY value, value_order
), pa_joined AS (
	SELECT s.segment, v.value, CAST(v.value_order AS INTEGER) AS value_order,
		coalesce(c.customers, 0) AS k, s.n, v.x, v.total
	FROM pa_segments s CROSS JOIN pa_values v
	LEFT JOIN pa_cells c ON c.segment = s.segment AND c.value = v.value
)
SELECT segment, value, value_order,
	CAST(k AS BIGINT) AS customers,
	CAST(n AS BIGINT) AS segment_customers,
	k / n AS share_in_segment,
	CAST(x AS BIGINT) AS base_customers,
	x / total AS share_in_base,
	CAST(total AS BIGINT) AS base_total,
	k / n / (x / total) * 100 AS index_vs_base,
	CASE WHEN total > n AND x > 0 AND x < total THEN
		(k / n - (x - k) / (total - n))
			/ sqrt(x / total * (1 - x / total) * (1 / n + 1 / (total - n)))
	END AS z
FROM pa_joined
ORDER BY segment, value_order`;
}
