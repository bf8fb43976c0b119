import { quoteIdent, quoteLiteral } from '../sql/quote';
import { asOfDateSql, salesCteSql, type AsOfOptions } from './as-of';
import { bandCtesSql, BREAKDOWN_UNKNOWN, type AttributeBands } from './breakdown-bands';

/** Options of the breakdown of a segment column by an attribute column of `customers`. */
export interface BreakdownOptions extends AsOfOptions {
	/** Any column of the customers view holding a segment (rfm_segment, lifecycle_stage...). */
	segmentColumn: string;
	/** Any column of the customers view (age, gender, city, income...). */
	attribute: string;
	/** Default: text values, the DEFAULT_TOP_VALUES most common ones, the rest as "other". */
	bands?: AttributeBands;
}

/** A segment column's value as text, BREAKDOWN_UNKNOWN when NULL (prospects have no RFM segment). */
export function segmentLabelSql(column: string): string {
	return `coalesce(CAST(${column} AS VARCHAR), ${quoteLiteral(BREAKDOWN_UNKNOWN)})`;
}

function columnName(what: string, name: unknown): string {
	if (typeof name !== 'string' || name === '') throw new Error(`invalid ${what}: ${String(name)}`);
	return quoteIdent(name);
}

/**
 * SQL over the customers view (built for the same as-of date), one row per segment value and
 * attribute value, zeros included: segment, value (the attribute's value or band,
 * BREAKDOWN_UNKNOWN when empty), value_order (bands in their natural order, text values most
 * common first, then "other", then "unknown"), customers, segment_customers, share_in_segment
 * (customers ÷ segment_customers), base_customers (everyone with that value), share_in_base
 * (base_customers ÷ everyone), revenue (the cell's spend before the as-of date) and index_vs_base
 * (share_in_segment ÷ share_in_base × 100: above 100 the value is over-represented in the
 * segment). Ordered by segment, then value_order.
 */
export function buildBreakdownSql(opts: BreakdownOptions): string {
	return `WITH ${bandedCtesSql(opts)}, bd_cells AS (
	SELECT segment, value, value_order, count(*) AS customers, sum(revenue) AS revenue
	FROM bd_banded
	GROUP BY segment, value, value_order
), bd_segments AS (
	SELECT segment, sum(customers) AS segment_customers FROM bd_cells GROUP BY segment
), bd_values AS (
	SELECT value, value_order, sum(customers) AS base_customers,
		sum(customers) / sum(sum(customers)) OVER () AS share_in_base
	FROM bd_cells
	GROUP BY value, value_order
)
SELECT s.segment, v.value, CAST(v.value_order AS INTEGER) AS value_order,
	CAST(coalesce(c.customers, 0) AS BIGINT) AS customers,
	CAST(s.segment_customers AS BIGINT) AS segment_customers,
	coalesce(c.customers, 0) / s.segment_customers AS share_in_segment,
	CAST(v.base_customers AS BIGINT) AS base_customers,
	v.share_in_base,
	coalesce(c.revenue, 0) AS revenue,
	coalesce(c.customers, 0) / s.segment_customers / v.share_in_base * 100 AS index_vs_base
FROM bd_segments s
CROSS JOIN bd_values v
LEFT JOIN bd_cells c ON c.segment = s.segment AND c.value = v.value
ORDER BY s.segment, v.value_order`;
}

/** Which square of the breakdown to list: a segment label and a value (band) label. */
export interface BreakdownPick {
	segment: string;
	value: string;
}

// Member list columns; an attribute of one of these names is shown as `attribute_value`.
const MEMBER_COLUMNS = ['customer_id', 'orders', 'revenue'];

/**
 * SQL listing the customers of one segment × value square of buildBreakdownSql: customer_id,
 * the attribute's own value (under its name, or `attribute_value` when that is a name of this
 * list), orders (distinct orders before the as-of date, 0 for prospects) and revenue (as in the
 * breakdown, rounded to cents). Largest revenue first, then by customer_id.
 */
export function buildBreakdownMembersSql(opts: BreakdownOptions & BreakdownPick): string {
	if (typeof opts.segment !== 'string') throw new Error(`invalid segment: ${String(opts.segment)}`);
	if (typeof opts.value !== 'string') throw new Error(`invalid value: ${String(opts.value)}`);
	const shown = quoteIdent(
		MEMBER_COLUMNS.includes(opts.attribute) ? 'attribute_value' : opts.attribute
	);
	return `WITH ${bandedCtesSql(opts)}
SELECT b.customer_id, a.raw AS ${shown}, coalesce(c.frequency, 0) AS orders,
	round(b.revenue, 2) AS revenue
FROM bd_banded b
JOIN bd_base a ON a.customer_id = b.customer_id
JOIN customers c ON c.customer_id = b.customer_id
WHERE b.segment = ${quoteLiteral(opts.segment)} AND b.value = ${quoteLiteral(opts.value)}
ORDER BY b.revenue DESC, b.customer_id`;
}

/** One row of buildBreakdownValueCountsSql. */
export interface BreakdownValueCount {
	segment: string;
	/** The value as written (trimmed); null when empty. */
	value: string | null;
	customers: number;
	revenue: number;
}

/**
 * SQL giving, for every segment and every value of the attribute as written (trimmed; NULL when
 * empty), customers and revenue (as in buildBreakdownSql) — no bands, no "other": what a map
 * needs to match each written country to its shape. Ordered by segment, then value.
 */
export function buildBreakdownValueCountsSql(opts: BreakdownOptions): string {
	return `WITH ${baseCtesSql(opts)}
SELECT segment, nullif(trim(CAST(raw AS VARCHAR)), '') AS value,
	count(*) AS customers, sum(revenue) AS revenue
FROM bd_base
GROUP BY ALL
ORDER BY segment, value NULLS LAST`;
}

// CTEs ending in bd_banded: every customer with their segment label, revenue and band.
function bandedCtesSql(opts: BreakdownOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	return `${baseCtesSql(opts)}, ${bandCtesSql(opts.bands ?? { kind: 'text' }, asOf)}`;
}

// CTEs ending in bd_base: every customer of `customers` with their segment label, revenue
// before the as-of date and the attribute's value (raw).
function baseCtesSql(opts: BreakdownOptions): string {
	const segment = columnName('segmentColumn', opts.segmentColumn);
	const attribute = columnName('attribute', opts.attribute);
	return `${salesCteSql(opts.asOf)}, bd_revenue AS (
	SELECT customer_id, sum(amount) AS revenue FROM sales GROUP BY customer_id
), bd_base AS (
	SELECT c.customer_id,
		${segmentLabelSql(`c.${segment}`)} AS segment,
		coalesce(r.revenue, 0) AS revenue,
		c.${attribute} AS raw
	FROM customers c
	LEFT JOIN bd_revenue r ON r.customer_id = c.customer_id
)`;
}
