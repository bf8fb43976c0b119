import { quoteIdent } from '../sql/quote';
import { rfmCtesSql, type RfmOptions } from './rfm';
import { DEFAULT_RFM_SCORING } from './rfm-scores';
import {
	DEFAULT_HIGH_SHARE,
	DEFAULT_MID_SHARE,
	DEFAULT_VIP_RULE,
	tierCtesSql,
	type ValueTierOptions
} from './value-tiers';

/**
 * A lens adds columns to `customers`: `sql` is a SELECT of customer_id (one row per customer)
 * and the lens's columns, over the canonical views; it runs after the core lens, so it may also
 * read table `lens_core` (and the lenses listed before it).
 */
export interface CustomerLens {
	/** Lower-case name; the lens is materialised as table `lens_<name>`. */
	name: string;
	sql: string;
	/** The cell that gives the lens (absent for the default lenses). */
	owner?: string;
}

/** Options of the customers view: the core lens's options plus any further lenses. */
export interface CustomersViewOptions extends RfmOptions, ValueTierOptions {
	lenses?: readonly CustomerLens[];
}

/**
 * The settings of the core lens a notebook may change (RFM scoring, value-tier shares, the VIP
 * rule): an RFM or tiers cell's own, so `customers` agrees with what those cells show.
 */
export type CustomersCoreOptions = Pick<
	CustomersViewOptions,
	'scoring' | 'highShare' | 'midShare' | 'vip'
>;

// What the core lens is built with when a setting is not given.
const CORE_DEFAULTS: Required<CustomersCoreOptions> = {
	scoring: DEFAULT_RFM_SCORING,
	highShare: DEFAULT_HIGH_SHARE,
	midShare: DEFAULT_MID_SHARE,
	vip: DEFAULT_VIP_RULE
};

/**
 * Whether a core lens built with `built` holds the columns `wanted` asks for: every setting
 * `wanted` gives equals the one it was built with, defaults filled in on both sides (so a cell
 * whose options equal them may pass `storedScores` / `storedTiers` to the builders).
 */
export function coreLensHolds(built: CustomersCoreOptions, wanted: CustomersCoreOptions): boolean {
	return (Object.keys(wanted) as (keyof CustomersCoreOptions)[]).every(
		(key) =>
			sortedJson(wanted[key] ?? CORE_DEFAULTS[key]) === sortedJson(built[key] ?? CORE_DEFAULTS[key])
	);
}

// Options read from a notebook file may list an object's keys in any order.
function sortedJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

/** The table holding the core lens; pass it as `metricsTable` to the other builders. */
export const LENS_CORE_TABLE = 'lens_core';

/** The table a lens is materialised in. */
export function lensTableName(name: string): string {
	if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`invalid lens name: ${name}`);
	return `lens_${name}`;
}

// Columns of `customers` taken from the core lens, in order.
const CORE_COLUMNS = [
	'first_order_date',
	'last_order_date',
	'recency_days',
	'frequency',
	'monetary',
	'avg_order_value',
	'cohort',
	'r_score',
	'f_score',
	'm_score',
	'fm_score',
	'rfm_segment',
	'value_tier',
	'is_vip'
];
// DuckDB accepts a RENAME of a column the attributes do not have.
const ATTRIBUTE_RENAMES = ['is_prospect', ...CORE_COLUMNS]
	.map((name) => `${name} AS attribute_${name}`)
	.join(', ');

// A prospect has made no orders and spent nothing; other core columns stay NULL for them.
const PROSPECT_VALUES: Record<string, string> = { frequency: '0', monetary: '0', is_vip: 'false' };

function viewColumn(name: string): string {
	const value = PROSPECT_VALUES[name];
	return value ? `coalesce(c.${name}, ${value}) AS ${name}` : `c.${name}`;
}

/**
 * SQL statements to run in order: materialise each lens as a table (`lens_core`: one row per
 * buyer with the metrics, RFM scores and segment, value tier and VIP flag; then `lenses`), then
 * `CREATE OR REPLACE VIEW customers`: one row per known customer (customer_attributes ∪ buyers)
 * with customer_id, is_prospect, the core columns, each lens's columns and the attributes.
 * Re-run all of them when the data, the as-of date or an option changes.
 */
export function buildCustomersViewSql(opts: CustomersViewOptions): string[] {
	return [buildCoreLensSql(opts), ...buildLensTablesSql(opts.lenses ?? [])];
}

/** The statement materialising `lens_core`, which the KPI, RFM, tier and cohort cells read. */
export function buildCoreLensSql(opts: CustomersViewOptions): string {
	// Built from the order lines, always.
	const core = { ...opts, metricsTable: undefined, storedScores: false, storedTiers: false };
	return `CREATE OR REPLACE TABLE ${LENS_CORE_TABLE} AS
WITH ${rfmCtesSql(core)}, ${tierCtesSql(core, 'rfm')}
SELECT customer_id, ${CORE_COLUMNS.join(', ')}
FROM tiers`;
}

/** The statements materialising each lens's table (after `lens_core`), then the view. */
export function buildLensTablesSql(lenses: readonly CustomerLens[]): string[] {
	// Tables, not views: each lens is one pass over the order lines (millions of rows), done
	// once per as-of date instead of once per query on `customers`.
	const tables = lenses.map((l) => quoteIdent(lensTableName(l.name)));
	return [
		...lenses.map((l, i) => `CREATE OR REPLACE TABLE ${tables[i]} AS\n${l.sql}`),
		`CREATE OR REPLACE VIEW customers AS\n${customersSelectSql(lenses)}`
	];
}

/**
 * Statements that re-create the table of lens `from` and of every lens after it in `lenses`
 * (the lenses the view joins, in order), then the view: for a lens whose data changed after
 * `customers` was built (new cluster labels), so that the lenses reading its column follow.
 * Empty when `lenses` has no lens `from`.
 */
export function buildLensesFromSql(
	asOf: string,
	lenses: readonly CustomerLens[],
	from: string
): string[] {
	const at = lenses.findIndex((l) => l.name === from);
	if (at < 0) return [];
	const statements = buildCustomersViewSql({ asOf, lenses });
	// statements: lens_core, one per lens, the view.
	return statements.slice(1 + at);
}

/**
 * The SELECT behind the `customers` view over the lens tables of `lenses` (already built): a
 * lens that reads other lenses' columns (personas, rules) selects from it with the lenses before
 * it, since reading `customers` would read itself. Unlike the view, the SELECT may repeat a
 * column name (an attribute called like a lens column). Without `attributes`, it stops at the
 * lens columns.
 */
export function customersSelectSql(
	lenses: readonly CustomerLens[],
	{ attributes = true }: { attributes?: boolean } = {}
): string {
	const tables = lenses.map((l) => quoteIdent(lensTableName(l.name)));
	const joins = tables.map((t, i) => `LEFT JOIN ${t} l${i} ON l${i}.customer_id = k.customer_id`);
	const lensColumns = tables.map((_, i) => `,\n\tl${i}.* EXCLUDE (customer_id)`).join('');
	// Attributes come last. One called like a core column (a customer file's own `frequency`)
	// becomes `attribute_frequency`: left as it is, DuckDB would answer queries with `frequency_1`
	// but list `frequency` twice in the catalogue. One called like a lens column still gets
	// DuckDB's `_1`. Two customer files may both list an id; the view keeps one row per customer.
	const attributeColumns = attributes
		? `,\n\ta.* EXCLUDE (customer_id) RENAME (${ATTRIBUTE_RENAMES})`
		: '';
	const attributeJoin = attributes
		? `\nLEFT JOIN (
	SELECT * FROM customer_attributes
	QUALIFY row_number() OVER (PARTITION BY customer_id) = 1
) a ON a.customer_id = k.customer_id`
		: '';
	return `SELECT k.customer_id,
	c.customer_id IS NULL AS is_prospect,
	${CORE_COLUMNS.map(viewColumn).join(',\n\t')}${lensColumns}${attributeColumns}
FROM (
	SELECT customer_id FROM customer_attributes WHERE customer_id IS NOT NULL
	UNION
	SELECT customer_id FROM ${LENS_CORE_TABLE}
) k
LEFT JOIN ${LENS_CORE_TABLE} c ON c.customer_id = k.customer_id${joins.map((j) => `\n${j}`).join('')}${attributeJoin}`;
}
