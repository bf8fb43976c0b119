import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanTableSql } from '../../../src/data/clean-sql';
import { buildSetAsideSampleSql } from '../../../src/data/quality-sql';
import { DEFAULT_CLEANING } from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';
import { loadCsv, mapSource } from '../data/fixture-db';

// A file with a "rowid" (any case) header: DuckDB then resolves `rowid` — quoted or not, even
// as `t.rowid` — to that column, not to the row-number pseudo-column the cleaning numbers lines
// with. The clean table must still number the data lines 1..n.
const CSV = 'ROWID,customer,day\n10,a,2024-01-01\n20,,2024-01-02\n30,c,2024-01-03\n';

describe('a column named rowid', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
		loadCsv(db, 'src_1', 'rowid.csv', CSV);
	});
	afterAll(() => db.close());

	it('shadows the rowid pseudo-column in DuckDB 1.4', () => {
		expect(db.rows(`SELECT src_1.rowid AS r FROM src_1`)).toEqual([
			{ r: 10 },
			{ r: 20 },
			{ r: 30 }
		]);
	});

	it('does not change the line numbers of the clean table or its samples', () => {
		const source = loadCsv(db, 'src_1', 'rowid.csv', CSV);
		const mapping = mapSource(db, source, 'events', { customer: 'customer_id', day: 'event_time' });
		db.rows(buildCleanTableSql(source, mapping, DEFAULT_CLEANING));
		expect(db.rows(`SELECT _line, _reason FROM clean_src_1`)).toEqual([
			{ _line: 1, _reason: null },
			{ _line: 2, _reason: 'missing_customer_id' },
			{ _line: 3, _reason: null }
		]);
		const sample = db.rows(buildSetAsideSampleSql(mapping, null, 10));
		expect(sample).toEqual([
			{
				_line: 2,
				_reason: 'missing_customer_id',
				ROWID: 20,
				customer: null,
				day: expect.anything()
			}
		]);
	});
});
