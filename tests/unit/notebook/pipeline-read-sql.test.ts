import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../../../src/data/types';
import { readSourceStatements } from '../../../src/notebook/pipeline-read-sql';
import { quoteLiteral } from '../../../src/sql/quote';

const SOURCE: SourceTable = {
	table: 'src_1',
	fileName: 'orders.csv',
	rowCount: 3,
	columns: [
		{ name: 'order_id', type: 'VARCHAR', samples: [] },
		{ name: 'amount', type: 'DOUBLE', samples: [] }
	]
};

describe('readSourceStatements', () => {
	it('reads a CSV with the detected types and sets aside a line that does not fit, as the app does', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sb-read-'));
		// Line 3 has a third field: the app sets it aside; the script must not fail on it.
		writeFileSync(join(dir, 'orders.csv'), 'order_id,amount\n007,10\n008,20,extra\n009,30\n');
		const connection = await (await DuckDBInstance.create(':memory:')).connect();
		await connection.run(`SET file_search_path = ${quoteLiteral(dir)}`);
		for (const sql of readSourceStatements(SOURCE, 'csv').statements) await connection.run(sql);
		const rows = await connection.runAndReadAll('SELECT order_id, amount FROM src_1 ORDER BY 1');
		// order_id stays text (its leading zeros kept), as the app's DuckDB typed it.
		expect(rows.getRowObjectsJS()).toEqual([
			{ order_id: '007', amount: 10 },
			{ order_id: '009', amount: 30 }
		]);
		connection.closeSync();
	});

	it('reads UTF-16 as it is and asks for other encodings to be converted', () => {
		expect(readSourceStatements(SOURCE, 'csv', 'utf-16le').statements[0]).toContain(
			"store_rejects = true, encoding = 'utf-16')"
		);
		const cp1256 = readSourceStatements(SOURCE, 'csv', 'windows-1256');
		expect(cp1256.notes.join(' ')).toBe(
			'The app read this file as windows-1256: convert it to UTF-8 first, e.g. ' +
				'iconv -f windows-1256 -t utf-8 (DuckDB reads UTF-8 and UTF-16 as they are).'
		);
		expect(cp1256.statements[0]).not.toContain('encoding');
	});

	it('casts a Parquet file to the types the app read', () => {
		expect(readSourceStatements(SOURCE, 'parquet').statements).toEqual([
			`CREATE OR REPLACE TABLE "src_1" AS SELECT
	CAST("order_id" AS VARCHAR) AS "order_id",
	CAST("amount" AS DOUBLE) AS "amount"
FROM read_parquet('orders.csv')`
		]);
	});
});
