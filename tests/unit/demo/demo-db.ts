import { generateDemoData, type DemoFile } from '../../../src/demo';
import { quoteIdent, quoteLiteral } from '../../../src/sql/quote';
import { openTestDb, type TestDb } from '../node-duckdb';

/** A DuckDB holding the demo files as tables named after them (`customers`, `transactions`...). */
export interface DemoDb extends TestDb {
	files: DemoFile[];
	/** The single value of a one-row, one-column query. */
	value<T = number>(sql: string): T;
}

/** Generates the demo data for `seed` and loads every file with DuckDB's own CSV reader. */
export async function openDemoDb(seed?: number): Promise<DemoDb> {
	const db = await openTestDb();
	const files = generateDemoData(seed);
	for (const file of files) {
		db.registerText(file.name, file.text);
		const table = quoteIdent(file.name.replace(/\.csv$/, ''));
		db.rows(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${quoteLiteral(file.name)})`);
	}
	// Order lines as an analysis keeps them: known customer, not a cancellation.
	db.rows(`CREATE VIEW sales AS SELECT * FROM transactions
		WHERE customer_id IS NOT NULL AND NOT starts_with(order_id, 'C')`);
	db.rows(`CREATE TABLE buyers AS SELECT customer_id,
			count(DISTINCT order_id) AS orders,
			count(*) AS lines,
			sum(quantity * unit_price * (1 - discount)) AS spend,
			avg((discount > 0)::INT) AS discounted,
			avg(returned) AS returned,
			min(order_date) AS first_order,
			max(order_date) AS last_order,
			bool_or(order_date < DATE '2025-11-01') AS in_year_one,
			bool_or(order_date >= DATE '2025-11-01') AS in_year_two
		FROM sales GROUP BY customer_id`);
	const value = <T>(sql: string): T => Object.values(db.rows(sql)[0] ?? {})[0] as T;
	return Object.assign(db, { files, value });
}
