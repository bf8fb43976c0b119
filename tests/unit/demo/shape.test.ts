import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from './demo-db';

let db: DemoDb;
beforeAll(async () => {
	db = await openDemoDb();
});
afterAll(() => db.close());

describe('demo files: format', () => {
	it('have the documented headers', () => {
		const headers = Object.fromEntries(
			db.files.map((f) => [f.name, f.text.slice(0, f.text.indexOf('\n'))])
		);
		expect(headers).toEqual({
			'customers.csv': [
				'customer_id,first_name,email,signup_date,birth_date,gender,education,occupation',
				'marital_status,children,annual_income,city,region,country,interests'
			].join(','),
			'transactions.csv': [
				'order_id,customer_id,order_date,product,category',
				'quantity,unit_price,discount,channel,returned'
			].join(','),
			'events.csv': 'customer_id,event_time,event_type,channel',
			'tickets.csv': 'ticket_id,customer_id,created_at,kind,satisfaction'
		});
	});

	it('use \\n line endings and end with one', () => {
		for (const { text } of db.files) {
			expect(text.includes('\r')).toBe(false);
			expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
		}
	});

	it('quote fields that hold commas or quotes (RFC 4180)', () => {
		const text = db.files[1]!.text;
		expect(text).toContain(',"Tent, 2-person",');
		expect(text).toContain(',"Tablet 10"" 128 GB",');
		const products = db.rows<{ product: string }>(
			`SELECT DISTINCT product FROM transactions WHERE product LIKE '%,%' OR product LIKE '%"%'`
		);
		expect(products.map((p) => p.product)).toContain('Tablet 10" 128 GB');
		expect(products.length).toBeGreaterThanOrEqual(8);
	});
});

describe('demo files: sizes', () => {
	it.each([
		['customers', 5500, 6500],
		['transactions', 50_000, 70_000],
		['events', 60_000, 120_000],
		['tickets', 2000, 8000]
	])('%s has between %i and %i rows', (table, lo, hi) => {
		const n = db.value(`SELECT count(*) FROM ${table}`);
		expect(n).toBeGreaterThanOrEqual(lo);
		expect(n).toBeLessThanOrEqual(hi);
	});

	it('has about 5,000 buyers, 1,000 prospects and several lines per order', () => {
		expect(db.value('SELECT count(*) FROM buyers')).toBeGreaterThanOrEqual(4500);
		expect(db.value('SELECT count(*) FROM buyers')).toBeLessThanOrEqual(5500);
		const prospects = db.value(
			'SELECT count(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM buyers)'
		);
		expect(prospects).toBeGreaterThanOrEqual(800);
		expect(prospects).toBeLessThanOrEqual(1200);
		const linesPerOrder = db.value('SELECT count(*) / count(DISTINCT order_id) FROM sales');
		expect(linesPerOrder).toBeGreaterThan(2);
		expect(linesPerOrder).toBeLessThan(3.5);
	});
});

describe('demo files: values', () => {
	it('have unique, well-formed customer ids and example.com e-mails', () => {
		const row = db.rows(`SELECT count(*) AS n, count(DISTINCT customer_id) AS ids,
			count(DISTINCT email) AS emails,
			count(*) FILTER (NOT regexp_full_match(customer_id, 'CU\\d{5}')) AS bad_ids,
			count(*) FILTER (NOT regexp_full_match(email, '[a-z]+\\.[a-z]+\\d{3}@example\\.com'))
				AS bad_emails
			FROM customers`)[0];
		expect(row).toEqual({ n: 6000, ids: 6000, emails: 6000, bad_ids: 0, bad_emails: 0 });
	});

	it('reference only known customers', () => {
		for (const table of ['transactions', 'events', 'tickets']) {
			const unknown = db.value(`SELECT count(*) FROM ${table} t WHERE customer_id IS NOT NULL
				AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = t.customer_id)`);
			expect(unknown, table).toBe(0);
		}
	});

	it('keep every moment inside the period', () => {
		const outside = (table: string, column: string) =>
			db.value(`SELECT count(*) FROM ${table} WHERE ${column}
				NOT BETWEEN TIMESTAMP '2024-11-01 00:00:00' AND TIMESTAMP '2026-10-31 23:59:59'`);
		expect(outside('transactions', 'order_date')).toBe(0);
		expect(outside('events', 'event_time')).toBe(0);
		expect(outside('tickets', 'created_at')).toBe(0);
		expect(db.value(`SELECT min(order_date)::DATE::VARCHAR FROM sales`)).toBe('2024-11-01');
		expect(db.value(`SELECT max(order_date)::DATE::VARCHAR FROM sales`)).toBe('2026-10-31');
	});

	it('have adults aged 18 to 80 who signed up before their first order', () => {
		const row = db.rows(`SELECT
			min(date_part('year', age(DATE '2026-11-01', birth_date))) AS youngest,
			max(date_part('year', age(DATE '2026-11-01', birth_date))) AS oldest,
			count(*) FILTER (birth_date + INTERVAL 18 YEAR > signup_date) AS minors_at_signup,
			count(*) FILTER (signup_date > b.first_order) AS late_signups
			FROM customers c LEFT JOIN buyers b USING (customer_id)`)[0]!;
		expect(row.youngest).toBeGreaterThanOrEqual(18);
		expect(row.oldest).toBeLessThanOrEqual(80);
		expect(row.minors_at_signup).toBe(0);
		expect(row.late_signups).toBe(0);
	});

	it('place every city in one region of one country', () => {
		const split = db.value(`SELECT count(*) FROM (SELECT city FROM customers GROUP BY city
			HAVING count(DISTINCT region) > 1 OR count(DISTINCT country) > 1)`);
		expect(split).toBe(0);
		expect(db.value('SELECT count(DISTINCT country) FROM customers')).toBe(5);
	});

	it('pay more for more education and senior occupations', () => {
		const pay = (where: string) =>
			db.value(`SELECT avg(annual_income) FROM customers WHERE ${where}`);
		const byEducation = ['Secondary', 'Vocational', 'Bachelor', 'Master', 'Doctorate'].map((e) =>
			pay(`education = '${e}'`)
		);
		expect(byEducation).toEqual([...byEducation].sort((a, b) => a - b));
		expect(pay(`occupation = 'Manager'`)).toBeGreaterThan(2 * pay(`occupation = 'Retail worker'`));
		expect(pay(`occupation = 'Student'`)).toBeLessThan(pay(`occupation = 'Retail worker'`));
	});

	it('use the documented categories, channels, discounts and kinds', () => {
		const list = (sql: string) => db.rows(sql).map((r) => Object.values(r)[0]);
		expect(list('SELECT DISTINCT channel FROM transactions ORDER BY 1')).toEqual([
			'app',
			'phone',
			'store',
			'web'
		]);
		expect(list('SELECT DISTINCT discount FROM transactions ORDER BY 1')).toEqual([
			0, 0.1, 0.2, 0.3, 0.4, 0.5
		]);
		expect(list('SELECT DISTINCT returned FROM transactions ORDER BY 1')).toEqual([0, 1]);
		const categories = list(
			`SELECT category FROM transactions GROUP BY 1 HAVING count(DISTINCT product) >= 4`
		);
		expect(categories.length).toBeGreaterThanOrEqual(8);
		expect(categories.length).toBeLessThanOrEqual(10);
		expect(list('SELECT DISTINCT event_type FROM events ORDER BY 1')).toEqual([
			'add_to_cart',
			'checkout_start',
			'email_click',
			'email_open',
			'page_view',
			'product_view',
			'purchase',
			'social_like',
			'social_share'
		]);
		expect(list('SELECT DISTINCT channel FROM events ORDER BY 1')).toEqual([
			'app',
			'email',
			'social',
			'web'
		]);
		expect(list('SELECT DISTINCT kind FROM tickets ORDER BY 1')).toEqual([
			'complaint',
			'delivery',
			'question',
			'return'
		]);
		expect(
			list('SELECT DISTINCT satisfaction FROM tickets WHERE satisfaction IS NOT NULL ORDER BY 1')
		).toEqual([1, 2, 3, 4, 5]);
	});

	it('return a few percent of lines', () => {
		const share = db.value('SELECT avg(returned) FROM sales');
		expect(share).toBeGreaterThan(0.02);
		expect(share).toBeLessThan(0.08);
	});
});
