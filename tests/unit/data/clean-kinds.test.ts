import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanTableSql } from '../../../src/data/clean-sql';
import { DEFAULT_CLEANING, type CleaningOptions, type Role } from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';
import { FIXTURES, HOSTILE, loadCsv, mapSource, schemaOf } from './fixture-db';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

/** Loads a fixture, cleans it and returns the set-aside lines by reason. */
function clean(
	table: string,
	file: string,
	kind: 'customers' | 'events' | 'tickets' | 'transactions',
	roles: Record<string, Role>,
	options: CleaningOptions = DEFAULT_CLEANING,
	text?: string
): Record<string, number[]> {
	const source = loadCsv(db, table, file, text);
	db.rows(buildCleanTableSql(source, mapSource(db, source, kind, roles), options));
	const rows = db.rows<{ reason: string; lines: string }>(
		`SELECT _reason AS reason, string_agg(_line::VARCHAR, ',' ORDER BY _line) AS lines
		FROM clean_${table} WHERE _reason IS NOT NULL GROUP BY _reason`
	);
	return Object.fromEntries(rows.map((r) => [r.reason, r.lines.split(',').map(Number)]));
}

const CUSTOMER_ROLES = FIXTURES.customers.roles;

describe('customers', () => {
	// 9 lines: 4 repeats id 102 (age 46 instead of 45), 5 has no id, 8 is an exact copy of 7
	// (so its first reason is the repeated id, even with duplicates set aside).
	it.each([false, true])('keeps one row per customer (duplicates set aside: %s)', (dup) => {
		const options = { ...DEFAULT_CLEANING, setAsideDuplicates: dup };
		expect(clean('src_1', 'clean-customers.csv', 'customers', CUSTOMER_ROLES, options)).toEqual({
			missing_customer_id: [5],
			repeated_customer_id: [4, 8]
		});
	});

	it('reads named attributes under canonical names and keeps the others under their header', () => {
		clean('src_1', 'clean-customers.csv', 'customers', CUSTOMER_ROLES);
		expect(schemaOf(db, 'clean_src_1')).toEqual([
			'_line: BIGINT',
			'_reason: VARCHAR',
			'customer_id: VARCHAR',
			'age: DOUBLE',
			'gender: VARCHAR',
			'city: VARCHAR',
			'income: DOUBLE',
			'signup_date: DATE',
			'Lifestyle: VARCHAR',
			`${HOSTILE}: VARCHAR`,
			'_duplicate: BOOLEAN'
		]);
		const rows = db.rows(`SELECT * EXCLUDE (_reason, _duplicate, signup_date),
			strftime(signup_date, '%Y-%m-%d') AS signup FROM clean_src_1 WHERE _reason IS NULL
			ORDER BY _line`);
		const row = (
			line: number,
			id: string,
			age: number | null,
			gender: string,
			city: string,
			income: number | null,
			lifestyle: string | null,
			weird: string,
			signup: string
		) => ({
			_line: line,
			customer_id: id,
			age,
			gender,
			city,
			income,
			Lifestyle: lifestyle,
			[HOSTILE]: weird,
			signup
		});
		expect(rows).toEqual([
			row(1, '101', 34, 'F', 'Paris', 52000, 'outdoors', 'a', '2023-05-01'),
			row(2, '102', 45, 'M', 'Lyon', 61500, 'reader', 'b', '2023-06-12'),
			row(3, '103', null, 'F', 'Paris', null, null, 'c', '2023-07-30'),
			// Age "unknown" cannot be read: the customer stays, the age is NULL.
			row(6, '104', null, 'M', 'Paris', 75250, 'foodie', 'e', '2024-01-15'),
			row(7, '105', 52, 'F', 'Lille', 38900, 'outdoors', 'f', '2024-02-29'),
			row(9, '106', 38, 'M', 'Paris', 49999, 'reader', 'g', '2024-03-10')
		]);
	});

	it('renames an attribute column whose header clashes with a canonical name', () => {
		const roles: Record<string, Role> = { id: 'customer_id', Town: 'city', City: 'attribute' };
		const text = 'id,Town,City\n1,Paris,FR-75\n';
		clean('src_2', 'clash.csv', 'customers', roles, DEFAULT_CLEANING, text);
		expect(db.rows(`SELECT customer_id, city, City_2 FROM clean_src_2`)).toEqual([
			{ customer_id: '1', city: 'Paris', City_2: 'FR-75' }
		]);
	});

	it('writes whole float ids without .0 so they match other files', () => {
		const text = 'id,g\n17850.0,a\n17850.5,b\n,c\n';
		clean(
			'src_3',
			'float-ids.csv',
			'customers',
			{ id: 'customer_id', g: 'gender' },
			DEFAULT_CLEANING,
			text
		);
		expect(db.rows(`SELECT customer_id FROM clean_src_3 ORDER BY _line`)).toEqual([
			{ customer_id: '17850' },
			{ customer_id: '17850.5' },
			{ customer_id: null }
		]);
	});
});

describe('events and tickets', () => {
	const eventRoles = FIXTURES.events.roles;
	// 8 lines: 3 has no user, 4 says "yesterday", 6 repeats 5 exactly, 7 has no time.
	it.each([
		[false, { missing_customer_id: [3], unparsable_date: [4], missing_date: [7] }],
		[true, { missing_customer_id: [3], unparsable_date: [4], duplicate: [6], missing_date: [7] }]
	])('sets aside events (duplicates set aside: %s)', (dup, expected) => {
		const options = { ...DEFAULT_CLEANING, setAsideDuplicates: dup };
		expect(clean('src_4', 'clean-events.csv', 'events', eventRoles, options)).toEqual(expected);
	});

	it('reads events under canonical names', () => {
		clean('src_4', 'clean-events.csv', 'events', eventRoles);
		const rows = db.rows(`SELECT _line, customer_id, strftime(event_time, '%Y-%m-%d %H:%M') AS t,
			event_type, channel FROM clean_src_4 WHERE _reason IS NULL`);
		expect(rows).toEqual([
			{
				_line: 1,
				customer_id: '101',
				t: '2024-03-01 10:00',
				event_type: 'page_view',
				channel: 'web'
			},
			{
				_line: 2,
				customer_id: '101',
				t: '2024-03-01 10:05',
				event_type: 'add_to_cart',
				channel: 'web'
			},
			{
				_line: 5,
				customer_id: '103',
				t: '2024-03-03 08:30',
				event_type: 'email_click',
				channel: 'email'
			},
			{
				_line: 6,
				customer_id: '103',
				t: '2024-03-03 08:30',
				event_type: 'email_click',
				channel: 'email'
			},
			{ _line: 8, customer_id: '105', t: '2024-03-05 00:00', event_type: 'signup', channel: 'web' }
		]);
	});

	it('reads tickets, ticket_kind becoming kind', () => {
		const roles = FIXTURES.tickets.roles;
		// 6 lines: 4 has no customer, 5 has month 13.
		expect(clean('src_5', 'clean-tickets.csv', 'tickets', roles)).toEqual({
			missing_customer_id: [4],
			unparsable_date: [5]
		});
		const rows =
			db.rows(`SELECT customer_id, strftime(created_at, '%Y-%m-%d') AS d, kind, satisfaction
			FROM clean_src_5 WHERE _reason IS NULL ORDER BY _line`);
		expect(rows).toEqual([
			{ customer_id: '101', d: '2024-02-01', kind: 'complaint', satisfaction: 2 },
			{ customer_id: '102', d: '2024-02-03', kind: 'question', satisfaction: 5 },
			{ customer_id: '102', d: '2024-02-10', kind: 'complaint', satisfaction: 1 },
			{ customer_id: '104', d: '2024-02-20', kind: 'return', satisfaction: null }
		]);
	});
});

describe('decimal-comma transactions without an amount column', () => {
	it('computes each amount as quantity × unit price', () => {
		const roles = FIXTURES.decimalComma.roles;
		// Line 6's price "abc" cannot be read.
		expect(clean('src_6', 'clean-decimal-comma.csv', 'transactions', roles)).toEqual({
			unparsable_number: [6]
		});
		const rows = db.rows<{ _line: number; quantity: number; amount: number }>(
			`SELECT _line, quantity, amount FROM clean_src_6 WHERE _reason IS NULL ORDER BY _line`
		);
		// 2 × 4,50 = 9; 1 × 1.234,56; 3 × 4,50 = 13.5; 1,5 × 0,99 = 1.485; 2 × "1 234,56 €" = 2469.12
		const expected = [
			[1, 2, 9],
			[2, 1, 1234.56],
			[3, 3, 13.5],
			[4, 1.5, 1.485],
			[5, 2, 2469.12]
		];
		expect(rows.map((r) => r._line)).toEqual(expected.map((e) => e[0]));
		rows.forEach((r, i) => {
			expect(r.quantity).toBeCloseTo(expected[i]![1]!, 9);
			expect(r.amount).toBeCloseTo(expected[i]![2]!, 9);
		});
	});
});
