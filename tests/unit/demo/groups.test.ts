import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED } from '../../../src/demo';
import { openDemoDb, type DemoDb } from './demo-db';

// Each threshold sits well above what the other groups produce by chance, so removing a group
// from the generator makes its check fail. The as-of date is the day after the period.
const AS_OF = "TIMESTAMP '2026-11-01'";

describe.each([DEFAULT_DEMO_SEED, 7])('behaviour groups with seed %i', (seed) => {
	let db: DemoDb;
	beforeAll(async () => {
		db = await openDemoDb(seed);
	});
	afterAll(() => db.close());

	const count = (where: string) => db.value(`SELECT count(*) FROM buyers WHERE ${where}`);

	it('has loyal big spenders: 10+ orders all through both years, top-decile spend', () => {
		const loyal = count(`orders >= 10 AND in_year_one AND in_year_two
			AND last_order >= ${AS_OF} - INTERVAL 120 DAY
			AND spend >= (SELECT quantile_cont(spend, 0.9) FROM buyers)`);
		expect(loyal).toBeGreaterThanOrEqual(200);
		expect(loyal).toBeLessThanOrEqual(500);
	});

	it('has discount hunters: 80 %+ of at least five lines discounted', () => {
		const hunters = count('lines >= 5 AND discounted >= 0.8');
		expect(hunters).toBeGreaterThanOrEqual(250);
		expect(hunters).toBeLessThanOrEqual(600);
		// Everyone else rarely gets a discount.
		expect(db.value('SELECT avg(discounted) FROM buyers WHERE discounted < 0.8')).toBeLessThan(0.3);
	});

	it('has one-time buyers: 30–60 % of buyers placed a single order', () => {
		const share = db.value('SELECT avg((orders = 1)::INT) FROM buyers');
		expect(share).toBeGreaterThanOrEqual(0.3);
		expect(share).toBeLessThanOrEqual(0.6);
	});

	it('has lapsed regulars: 4+ orders, the last more than 180 days before the as-of date', () => {
		const lapsed = count(`orders >= 4 AND last_order < ${AS_OF} - INTERVAL 180 DAY`);
		expect(lapsed).toBeGreaterThanOrEqual(300);
		expect(lapsed).toBeLessThanOrEqual(800);
	});

	it('has recent newcomers: first order in the last 60 days', () => {
		const newcomers = count(`first_order >= ${AS_OF} - INTERVAL 60 DAY`);
		expect(newcomers).toBeGreaterThanOrEqual(200);
		expect(newcomers).toBeLessThanOrEqual(500);
	});

	it('has complainers: 2+ complaints, low satisfaction, many returns', () => {
		db.rows(`CREATE OR REPLACE TABLE complainers AS SELECT customer_id FROM tickets
			GROUP BY customer_id
			HAVING count(*) FILTER (kind = 'complaint') >= 2 AND avg(satisfaction) <= 2.5`);
		const complainers = db.value('SELECT count(*) FROM complainers');
		expect(complainers).toBeGreaterThanOrEqual(150);
		expect(complainers).toBeLessThanOrEqual(400);
		const returns = (filter: string) =>
			db.value(
				`SELECT avg(returned) FROM sales WHERE customer_id ${filter} (SELECT * FROM complainers)`
			);
		expect(returns('IN')).toBeGreaterThan(3 * returns('NOT IN'));
	});

	it('has ordinary occasional buyers: 2–8 orders, none of the above', () => {
		const occasional = count(`orders BETWEEN 2 AND 8 AND discounted < 0.8
			AND first_order < ${AS_OF} - INTERVAL 60 DAY
			AND NOT (orders >= 4 AND last_order < ${AS_OF} - INTERVAL 180 DAY)
			AND customer_id NOT IN (SELECT * FROM complainers)`);
		expect(occasional).toBeGreaterThanOrEqual(1000);
	});

	it('has prospects who never bought, some with items left in the cart', () => {
		db.rows(`CREATE OR REPLACE TABLE prospects AS SELECT customer_id FROM customers
			WHERE customer_id NOT IN (
				SELECT customer_id FROM transactions WHERE customer_id IS NOT NULL
			)`);
		const events = (types: string) =>
			db.value(`SELECT count(DISTINCT customer_id) FROM events
				WHERE event_type IN (${types}) AND customer_id IN (SELECT * FROM prospects)`);
		expect(events(`'purchase'`)).toBe(0);
		expect(events(`'add_to_cart', 'checkout_start'`)).toBeGreaterThanOrEqual(150);
		expect(events(`'page_view', 'email_open'`)).toBeGreaterThanOrEqual(500);
	});
});
