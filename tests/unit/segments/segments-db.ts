import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CANONICAL_COLUMNS } from '../../../src/data/canonical-schema';
import { buildCanonicalViewsSql } from '../../../src/data/canonical-views';
import { quoteLiteral } from '../../../src/sql/quote';
import { openTestDb, type TestDb } from '../node-duckdb';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A test DuckDB with the canonical views; `one` returns the single row of a query. */
export interface SegmentsDb extends TestDb {
	one<T = Record<string, unknown>>(sql: string): T;
	/** Runs SQL statements in order. */
	run(statements: string[]): void;
}

/** The fixture files read as each canonical view; a view without a file is empty. */
export interface SegmentsFixtures {
	transactions?: string;
	customers?: string;
	tickets?: string;
}

/** The fixtures of the segmentation tests (orders, customer file, tickets). */
export const SEGMENTS_FIXTURES: SegmentsFixtures = {
	transactions: 'segments-orders.csv',
	customers: 'segments-customers.csv',
	tickets: 'segments-tickets.csv'
};

/**
 * Opens a DuckDB whose canonical views read the given fixture CSVs: each fixture column with a
 * canonical name is cast to the canonical type, missing ones are typed NULLs (order_ts is the
 * order date at midnight); customer_attributes is the customers file as DuckDB reads it.
 */
export async function openSegmentsDb(files: SegmentsFixtures = SEGMENTS_FIXTURES) {
	const db = await openTestDb();
	for (const sql of buildCanonicalViewsSql([])) db.rows(sql);
	const read = (file: string) => {
		db.registerText(file, readFileSync(FIXTURE_DIR + file, 'utf8'));
		return `read_csv(${quoteLiteral(file)})`;
	};
	const canonical = (kind: 'transactions' | 'tickets', file: string) => {
		const raw = `raw_${kind}`;
		db.rows(`CREATE TABLE ${raw} AS SELECT * FROM ${read(file)}`);
		const have = new Set(
			db.rows<{ column_name: string }>(`DESCRIBE ${raw}`).map((c) => c.column_name)
		);
		const columns = CANONICAL_COLUMNS[kind].map(({ name, type }) => {
			const source = have.has(name) ? name : name === 'order_ts' ? 'order_date' : 'NULL';
			return `CAST(${source} AS ${type}) AS ${name}`;
		});
		db.rows(`CREATE OR REPLACE VIEW ${kind} AS SELECT ${columns.join(', ')} FROM ${raw}`);
	};
	if (files.transactions) canonical('transactions', files.transactions);
	if (files.tickets) canonical('tickets', files.tickets);
	if (files.customers) {
		db.rows(`CREATE OR REPLACE VIEW customer_attributes AS
			SELECT CAST(customer_id AS VARCHAR) AS customer_id, * EXCLUDE (customer_id)
			FROM ${read(files.customers)}`);
	}
	const one = <T>(sql: string): T => {
		const rows = db.rows<T>(sql);
		if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
		return rows[0]!;
	};
	const run = (statements: string[]) => statements.forEach((s) => db.rows(s));
	return Object.assign(db, { one, run }) as SegmentsDb;
}

/** Rounds every number in the rows (float sums and shares) so whole results can be compared. */
export function rounded<T>(rows: T[], digits = 9): T[] {
	const round = (v: unknown) =>
		typeof v === 'number' ? Math.round(v * 10 ** digits) / 10 ** digits : v;
	return rows.map(
		(r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, round(v)])) as T
	);
}
