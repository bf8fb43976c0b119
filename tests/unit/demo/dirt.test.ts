import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from './demo-db';

let db: DemoDb;
beforeAll(async () => {
	db = await openDemoDb();
});
afterAll(() => db.close());

describe('demo transactions: the dirt a quality report should find', () => {
	it('has about 0.5 % of lines without a customer id', () => {
		const share = db.value('SELECT avg((customer_id IS NULL)::INT) FROM transactions');
		expect(share).toBeGreaterThanOrEqual(0.003);
		expect(share).toBeLessThanOrEqual(0.008);
	});

	it('has a few dozen cancelled orders, C-prefixed, negative, undoing a real order', () => {
		const row = db.rows(`SELECT count(DISTINCT order_id) AS orders,
			count(*) FILTER (quantity >= 0) AS non_negative,
			count(*) FILTER (NOT EXISTS (SELECT 1 FROM transactions o
				WHERE o.order_id = substr(c.order_id, 2) AND o.customer_id = c.customer_id
				AND o.product = c.product AND o.quantity = -c.quantity)) AS unmatched
			FROM transactions c WHERE starts_with(order_id, 'C')`)[0]!;
		expect(row.orders).toBeGreaterThanOrEqual(30);
		expect(row.orders).toBeLessThanOrEqual(60);
		expect(row.non_negative).toBe(0);
		expect(row.unmatched).toBe(0);
	});

	it('has a C-prefixed order among the first rows, so CSV sniffers read order_id as text', () => {
		const firstRows = db.files[1]!.text.split('\n', 1000);
		expect(firstRows.some((line) => line.startsWith('C'))).toBe(true);
		expect(
			db.value(`SELECT data_type FROM information_schema.columns
			WHERE table_name = 'transactions' AND column_name = 'order_id'`)
		).toBe('VARCHAR');
	});

	it('has a few dozen exact duplicate lines', () => {
		const duplicates = db.value(`SELECT (SELECT count(*) FROM transactions)
			- (SELECT count(*) FROM (SELECT DISTINCT * FROM transactions))`);
		expect(duplicates).toBeGreaterThanOrEqual(24);
		expect(duplicates).toBeLessThanOrEqual(60);
	});

	it('has no other non-positive quantities or prices', () => {
		expect(
			db.value(`SELECT count(*) FROM transactions
			WHERE NOT starts_with(order_id, 'C') AND (quantity <= 0 OR unit_price <= 0)`)
		).toBe(0);
	});
});
