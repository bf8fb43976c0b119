import { quoteIdent } from '../sql/quote';
import { buildLensesFromSql, type CustomerLens } from './customers-view';

/** A column of `customers` as DuckDB describes it. */
export interface CustomerColumn {
	name: string;
	/** DuckDB type name, e.g. `BIGINT`, `DOUBLE`, `VARCHAR`, `DECIMAL(18,2)`. */
	type: string;
}

/** The columns of `customers` a clustering can use: numbers (0/1 for booleans) and categories. */
export interface ClusterCandidates {
	numeric: string[];
	categorical: string[];
}

/** Options of the feature query. */
export interface ClusterFeaturesOptions {
	/** Numeric columns of `customers`, read as DOUBLE. */
	numeric: readonly string[];
	/** Categorical columns of `customers`, read as VARCHAR (one-hot encoded later). */
	categorical: readonly string[];
	/** Include people with no order yet (their frequency and spend are 0, recency NULL). */
	includeProspects: boolean;
}

/** The name of the cluster column of `customers`, and of its lens. */
export const CLUSTER_COLUMN = 'cluster';
/** The lens that adds `cluster` to `customers`: table `lens_clusters`. */
export const CLUSTER_LENS_NAME = 'clusters';
/** The table a clusters cell keeps its labels in (Arrow IPC in), read by its lens. */
export function clusterLabelsTable(cellId: string): string {
	return `_cluster_labels_${cellId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** The default features: the RFM metrics and the average order value. */
export const DEFAULT_CLUSTER_FEATURES = [
	'recency_days',
	'frequency',
	'monetary',
	'avg_order_value'
];

// Identity, flags and outputs: clustering on them would be meaningless or circular.
// Ids, the output itself, and the attributes that identify a person (one value each: one-hot
// columns of them would describe no group).
const NEVER = new Set(['customer_id', 'is_prospect', CLUSTER_COLUMN, 'email', 'name']);
const NUMERIC =
	/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL(\(.*\))?|NUMERIC(\(.*\))?|BOOLEAN)$/i;
const CATEGORICAL = /^(VARCHAR|TEXT|STRING|ENUM\(.*\))$/i;

/**
 * SQL listing the columns of `customers` with their DuckDB types, in the view's order. DESCRIBE,
 * not duckdb_columns(): for a view, the latter gives the names before DuckDB renamed repeats
 * (an attribute called like a lens column is read as `<name>_1`).
 */
export function buildCustomerColumnsSql(): string {
	return `SELECT column_name AS name, column_type AS type FROM (DESCRIBE customers)`;
}

/** Splits the columns of `customers` into numeric and categorical candidates for clustering. */
export function clusterCandidates(columns: readonly CustomerColumn[]): ClusterCandidates {
	const usable = columns.filter((c) => !NEVER.has(c.name));
	return {
		numeric: usable.filter((c) => NUMERIC.test(c.type.trim())).map((c) => c.name),
		categorical: usable.filter((c) => CATEGORICAL.test(c.type.trim())).map((c) => c.name)
	};
}

/**
 * SQL reading the features of every buyer (or every known customer) from `customers`, one row
 * each, ordered by customer id so that a seed always gives the same clusters. Columns by
 * position: customer_id, revenue (monetary, 0 for prospects), then `f0…` the numeric features
 * as DOUBLE, then `c0…` the categorical ones as VARCHAR; aliases, because a user's column
 * name may repeat another or be empty once quoted.
 */
export function buildClusterFeaturesSql(opts: ClusterFeaturesOptions): string {
	if (opts.numeric.length + opts.categorical.length === 0) {
		throw new Error('invalid features: none chosen');
	}
	const columns = [
		'customer_id',
		'CAST(coalesce(monetary, 0) AS DOUBLE) AS revenue',
		...opts.numeric.map((name, i) => `CAST(${quoteIdent(name)} AS DOUBLE) AS f${i}`),
		...opts.categorical.map((name, i) => `CAST(${quoteIdent(name)} AS VARCHAR) AS c${i}`)
	];
	const where = opts.includeProspects ? '' : '\nWHERE NOT is_prospect';
	return `SELECT ${columns.join(', ')}\nFROM customers${where}\nORDER BY customer_id`;
}

/** The lens adding `cluster` to `customers`, read from the labels table a cell keeps. */
export function clusterLens(labelsTable: string): CustomerLens {
	return {
		name: CLUSTER_LENS_NAME,
		sql: `SELECT customer_id, ${CLUSTER_COLUMN} FROM ${quoteIdent(labelsTable)}`
	};
}

/**
 * SQL creating a cell's labels table, empty, unless it is there: before the cell's first run the
 * lens reads it, so `cluster` is a column of customers (every value NULL) from the start.
 */
export function buildEmptyLabelsSql(labelsTable: string): string {
	return `CREATE TABLE IF NOT EXISTS ${quoteIdent(labelsTable)} (customer_id VARCHAR, ${CLUSTER_COLUMN} INTEGER)`;
}

/**
 * Statements that copy new labels into `lens_clusters`, rebuild the tables of the lenses after
 * it (a rule on `cluster` below the clusters cell) and re-create `customers` with the lenses it
 * joins (`viewLenses`, the clusters lens among them). The lenses before it and `lens_core` are
 * left as the notebook built them for `asOf`: rebuilding them would repeat costly passes.
 */
export function buildClusterLensSql(asOf: string, viewLenses: readonly CustomerLens[]): string[] {
	return buildLensesFromSql(asOf, viewLenses, CLUSTER_LENS_NAME);
}
