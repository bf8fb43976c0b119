import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../node-duckdb';
import {
	buildKeepResultSql,
	buildPageSql,
	buildResultViewSql,
	isSingleQuery,
	sqlMentions
} from '../../../src/notebook/kinds/sql-text';

describe('sqlMentions', () => {
	const known = ['transactions', 'customers', 'top buyers', 'events'];
	it.each([
		{ sql: 'SELECT * FROM transactions', expected: ['transactions'] },
		{
			sql: 'select count(*) from Transactions t join customers c using (customer_id)',
			expected: ['transactions', 'customers']
		},
		{ sql: 'SELECT * FROM "top buyers"', expected: ['top buyers'] },
		{ sql: "SELECT 'events' AS word FROM customers -- transactions", expected: ['customers'] },
		{ sql: 'SELECT transactions_total FROM x', expected: [] },
		{ sql: '/* events */ SELECT 1', expected: [] }
	])('$sql', ({ sql, expected }) => {
		expect(sqlMentions(sql, known)).toEqual(expected);
	});
});

describe('isSingleQuery', () => {
	it.each([
		{ sql: 'SELECT 1', expected: true },
		{ sql: '  with a as (select 1) select * from a;  ', expected: true },
		{ sql: 'FROM transactions LIMIT 3', expected: true },
		{ sql: '-- note\nSELECT 1', expected: true },
		{ sql: 'SELECT 1; SELECT 2', expected: false },
		{ sql: "SELECT ';' AS semicolon", expected: true },
		{ sql: 'CREATE TABLE t AS SELECT 1', expected: false },
		{ sql: '', expected: false }
	])('$sql → $expected', ({ sql, expected }) => {
		expect(isSingleQuery(sql)).toBe(expected);
	});
});

describe('kept results and pages on DuckDB', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
		db.rows(
			`CREATE TABLE t AS SELECT * FROM (VALUES (1, 'c'), (2, 'a'), (3, NULL), (4, 'b')) v(n, s)`
		);
	});
	afterAll(() => db.close());

	it('keeps a query result in the query order and pages through it', () => {
		db.rows(buildKeepResultSql('_cell_x', 'SELECT * FROM t ORDER BY n DESC;'));
		expect(db.rows(buildPageSql('_cell_x', 0, 2, null))).toEqual([
			{ n: 4, s: 'b' },
			{ n: 3, s: null }
		]);
		expect(db.rows(buildPageSql('_cell_x', 2, 2, null))).toEqual([
			{ n: 2, s: 'a' },
			{ n: 1, s: 'c' }
		]);
	});

	it('sorts a page by a column, nulls last, either way', () => {
		expect(
			db.rows(buildPageSql('_cell_x', 0, 4, { column: 's', descending: false })).map((r) => r.s)
		).toEqual(['a', 'b', 'c', null]);
		expect(
			db.rows(buildPageSql('_cell_x', 0, 4, { column: 's', descending: true })).map((r) => r.s)
		).toEqual(['c', 'b', 'a', null]);
	});

	it('names a result as a view, whatever the name', () => {
		const name = 'best "buyers"; DROP TABLE t; --';
		db.rows(buildResultViewSql(name, 'SELECT n FROM t WHERE n > 2'));
		expect(db.rows(`SELECT count(*) AS c FROM "best ""buyers""; DROP TABLE t; --"`)).toEqual([
			{ c: 2 }
		]);
		expect(db.rows('SELECT count(*) AS c FROM t')).toEqual([{ c: 4 }]);
	});
});
