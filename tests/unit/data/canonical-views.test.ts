import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCanonicalViewsSql } from '../../../src/data/canonical-views';
import { buildCleanTableSql } from '../../../src/data/clean-sql';
import { DEFAULT_CLEANING, type SourceMapping } from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';
import { HOSTILE, loadFixture, schemaOf } from './fixture-db';

const TRANSACTIONS_SCHEMA = [
	'customer_id: VARCHAR',
	'order_id: VARCHAR',
	'order_date: DATE',
	'order_ts: TIMESTAMP',
	'amount: DOUBLE',
	'quantity: DOUBLE',
	'product: VARCHAR',
	'category: VARCHAR',
	'channel: VARCHAR',
	'discount: DOUBLE',
	'is_return: BOOLEAN'
];
const EVENTS_SCHEMA = [
	'customer_id: VARCHAR',
	'event_time: TIMESTAMP',
	'event_type: VARCHAR',
	'channel: VARCHAR'
];
const TICKETS_SCHEMA = [
	'customer_id: VARCHAR',
	'created_at: TIMESTAMP',
	'kind: VARCHAR',
	'satisfaction: DOUBLE'
];

describe('canonical views over every fixture', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
		const mappings: SourceMapping[] = [];
		const names = ['transactions', 'decimalComma', 'customers', 'events', 'tickets'] as const;
		names.forEach((name, i) => {
			const { source, mapping } = loadFixture(db, `src_${i + 1}`, name);
			db.rows(buildCleanTableSql(source, mapping, DEFAULT_CLEANING));
			mappings.push(mapping);
		});
		mappings.push({ ...mappings[0]!, table: 'src_9', kind: 'ignore' });
		for (const sql of buildCanonicalViewsSql(mappings)) db.rows(sql);
	});
	afterAll(() => db.close());

	it('unions the kept lines of both transactions files', () => {
		// 11 kept lines of clean-transactions.csv (5935.99) + 5 of the decimal-comma file
		// (9 + 1234.56 + 13.5 + 1.485 + 2469.12 = 3727.665).
		const [row] = db.rows<{ n: number; revenue: number; orders: number }>(
			`SELECT count(*) AS n, sum(amount) AS revenue, count(DISTINCT order_id) AS orders
			FROM transactions`
		);
		expect(row!.n).toBe(16);
		expect(row!.revenue).toBeCloseTo(5935.99 + 3727.665, 6);
		// 5001 5002 5007 5008 5009 5013 5016 113|2024-03-14, then A-1 A-2 A-3 A-4.
		expect(row!.orders).toBe(12);
		expect(schemaOf(db, 'transactions')).toEqual(TRANSACTIONS_SCHEMA);
	});

	it('gives customer_attributes one row per kept customer with their attributes', () => {
		expect(
			db.rows(`SELECT count(*) AS n, count(DISTINCT customer_id) AS ids FROM customer_attributes`)
		).toEqual([{ n: 6, ids: 6 }]);
		expect(schemaOf(db, 'customer_attributes')).toEqual([
			'customer_id: VARCHAR',
			'age: DOUBLE',
			'gender: VARCHAR',
			'city: VARCHAR',
			'income: DOUBLE',
			'signup_date: DATE',
			'Lifestyle: VARCHAR',
			`${HOSTILE}: VARCHAR`
		]);
	});

	it('exposes the kept events and tickets', () => {
		expect(db.rows(`SELECT count(*) AS n FROM events`)).toEqual([{ n: 5 }]);
		expect(schemaOf(db, 'events')).toEqual(EVENTS_SCHEMA);
		expect(db.rows(`SELECT count(*) AS n, avg(satisfaction) AS s FROM tickets`)).toEqual([
			{ n: 4, s: (2 + 5 + 1) / 3 }
		]);
		expect(schemaOf(db, 'tickets')).toEqual(TICKETS_SCHEMA);
	});

	it('joins transactions to attributes on customer_id across files', () => {
		// Kept buyers 101 102 106 107 111 113 (and K1-K3); attributes 101-106: 101 102 106 match.
		const rows = db.rows(`SELECT DISTINCT t.customer_id FROM transactions t
			JOIN customer_attributes c USING (customer_id) ORDER BY 1`);
		expect(rows).toEqual([{ customer_id: '101' }, { customer_id: '102' }, { customer_id: '106' }]);
	});
});

describe('canonical views without sources', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
		for (const sql of buildCanonicalViewsSql([])) db.rows(sql);
	});
	afterAll(() => db.close());

	it('creates empty views with the canonical columns and types', () => {
		expect(schemaOf(db, 'transactions')).toEqual(TRANSACTIONS_SCHEMA);
		expect(schemaOf(db, 'customer_attributes')).toEqual(['customer_id: VARCHAR']);
		expect(schemaOf(db, 'events')).toEqual(EVENTS_SCHEMA);
		expect(schemaOf(db, 'tickets')).toEqual(TICKETS_SCHEMA);
	});

	it('lets later SQL run and return nothing', () => {
		const sql = `SELECT t.customer_id, sum(t.amount) AS revenue, count(e.event_time) AS events,
			avg(k.satisfaction) AS satisfaction
			FROM transactions t
			LEFT JOIN customer_attributes c USING (customer_id)
			LEFT JOIN events e USING (customer_id)
			LEFT JOIN tickets k USING (customer_id)
			WHERE t.order_date >= DATE '2024-01-01'
			GROUP BY 1`;
		expect(db.rows(sql)).toEqual([]);
	});

	it('writes an empty view as typed NULLs', () => {
		expect(buildCanonicalViewsSql([])[3]).toBe(
			'CREATE OR REPLACE VIEW "tickets" AS\n' +
				'SELECT CAST(NULL AS VARCHAR) AS customer_id, CAST(NULL AS TIMESTAMP) AS created_at, ' +
				'CAST(NULL AS VARCHAR) AS kind, CAST(NULL AS DOUBLE) AS satisfaction WHERE false'
		);
	});
});
