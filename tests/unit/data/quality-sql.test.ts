import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanTableSql } from '../../../src/data/clean-sql';
import {
	buildDuplicateCountSql,
	buildQualityReportSql,
	buildSetAsideSampleSql,
	toQualityReport,
	type QualityRow
} from '../../../src/data/quality-sql';
import {
	DEFAULT_CLEANING,
	type CleaningOptions,
	type QualityReport,
	type SourceMapping
} from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';
import { FIXTURES, HOSTILE, loadFixture } from './fixture-db';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

function report(
	table: string,
	name: keyof typeof FIXTURES,
	options: CleaningOptions = DEFAULT_CLEANING
): QualityReport {
	const { source, mapping } = loadFixture(db, table, name);
	db.rows(buildCleanTableSql(source, mapping, options));
	const [row] = db.rows<QualityRow>(buildQualityReportSql(mapping));
	return toQualityReport(row!, source, mapping);
}

const base = (table: string, name: keyof typeof FIXTURES) => ({
	table,
	fileName: FIXTURES[name].file,
	kind: FIXTURES[name].kind
});

// The reasoning behind each count is line by line beside the fixtures' cleaning tests
// (clean-transactions.test.ts, clean-kinds.test.ts); here it is summed.
const cases: {
	name: string;
	fixture: keyof typeof FIXTURES;
	options?: Partial<CleaningOptions>;
	expected: Omit<QualityReport, 'table' | 'fileName' | 'kind'>;
}[] = [
	{
		// Kept: lines 1-3, 8-11, 15, 18-20; buyers 101 102 106 107 111 113; dates 03/01 to 14/03.
		name: 'transactions, defaults',
		fixture: 'transactions',
		expected: {
			read: 21,
			kept: 11,
			setAside: {
				missing_customer_id: 1,
				missing_date: 1,
				unparsable_date: 2,
				unparsable_number: 1,
				cancelled: 3,
				non_positive: 2
			},
			duplicates: 1,
			firstDate: '2024-01-03',
			lastDate: '2024-03-14',
			customers: 6
		}
	},
	{
		// Line 9 (copy of 8) set aside too; 106 still has line 8.
		name: 'transactions, duplicates set aside',
		fixture: 'transactions',
		options: { setAsideDuplicates: true },
		expected: {
			read: 21,
			kept: 10,
			setAside: {
				missing_customer_id: 1,
				missing_date: 1,
				unparsable_date: 2,
				unparsable_number: 1,
				cancelled: 3,
				non_positive: 2,
				duplicate: 1
			},
			duplicates: 1,
			firstDate: '2024-01-03',
			lastDate: '2024-03-14',
			customers: 6
		}
	},
	{
		// Kept K1 K2 K3 from 20.03 to 01.04; K4's line (02.04) has price "abc".
		name: 'decimal comma',
		fixture: 'decimalComma',
		expected: {
			read: 6,
			kept: 5,
			setAside: { unparsable_number: 1 },
			duplicates: 0,
			firstDate: '2024-03-20',
			lastDate: '2024-04-01',
			customers: 3
		}
	},
	{
		// Kept 101 102 103 104 105 106; signups 2023-05-01 (line 1) to 2024-03-10 (line 9).
		name: 'customers',
		fixture: 'customers',
		expected: {
			read: 9,
			kept: 6,
			setAside: { missing_customer_id: 1, repeated_customer_id: 2 },
			duplicates: 1,
			firstDate: '2023-05-01',
			lastDate: '2024-03-10',
			customers: 6
		}
	},
	{
		// Kept lines 1 2 5 6 8: users 101 103 105, from 2024-03-01 to 2024-03-05.
		name: 'events',
		fixture: 'events',
		expected: {
			read: 8,
			kept: 5,
			setAside: { missing_customer_id: 1, missing_date: 1, unparsable_date: 1 },
			duplicates: 1,
			firstDate: '2024-03-01',
			lastDate: '2024-03-05',
			customers: 3
		}
	},
	{
		// Kept lines 1 2 3 6: customers 101 102 104, from 2024-02-01 to 2024-02-20.
		name: 'tickets',
		fixture: 'tickets',
		expected: {
			read: 6,
			kept: 4,
			setAside: { missing_customer_id: 1, unparsable_date: 1 },
			duplicates: 0,
			firstDate: '2024-02-01',
			lastDate: '2024-02-20',
			customers: 3
		}
	}
];

describe('quality report', () => {
	it.each(cases)('counts what was read, kept and set aside: $name', (c) => {
		const got = report('src_1', c.fixture, { ...DEFAULT_CLEANING, ...c.options });
		expect(got).toEqual({ ...base('src_1', c.fixture), ...c.expected });
		const asideTotal = Object.values(got.setAside).reduce((a, b) => a + b, 0);
		expect(got.read).toBe(got.kept + asideTotal);
	});

	it('has no date range for a customers file without signup dates', () => {
		const { source, mapping } = loadFixture(db, 'src_2', 'customers');
		mapping.roles['Signup'] = 'ignore';
		db.rows(buildCleanTableSql(source, mapping, DEFAULT_CLEANING));
		const [row] = db.rows<QualityRow>(buildQualityReportSql(mapping));
		expect(toQualityReport(row!, source, mapping)).toMatchObject({
			firstDate: null,
			lastDate: null
		});
	});
});

describe('set-aside samples', () => {
	let mapping: SourceMapping;
	beforeAll(() => {
		const loaded = loadFixture(db, 'src_3', 'transactions');
		mapping = loaded.mapping;
		db.rows(buildCleanTableSql(loaded.source, mapping, DEFAULT_CLEANING));
	});

	it('returns the lines as they are in the file, with their line and reason', () => {
		const sql = buildSetAsideSampleSql(mapping, 'cancelled', 10);
		const table = db.table(sql);
		expect(table.schema.fields.map((f) => f.name)).toEqual([
			'_line',
			'_reason',
			...Object.keys(FIXTURES.transactions.roles)
		]);
		const rows = db.rows(sql);
		expect(rows.map((r) => r._line)).toEqual([5, 13, 21]);
		expect(rows[0]).toMatchObject({
			_reason: 'cancelled',
			Invoice: 'C5004',
			Amount: '-$1,250.00',
			[HOSTILE]: 'Home'
		});
	});

	it('limits the sample and can show every reason at once', () => {
		expect(db.rows(buildSetAsideSampleSql(mapping, 'cancelled', 2)).map((r) => r._line)).toEqual([
			5, 13
		]);
		const all = db.rows(buildSetAsideSampleSql(mapping, null, 100));
		expect(all.map((r) => r._line)).toEqual([4, 5, 6, 7, 12, 13, 14, 16, 17, 21]);
	});

	it('refuses a bad limit', () => {
		expect(() => buildSetAsideSampleSql(mapping, null, -1)).toThrow('invalid limit: -1');
	});
});

describe('buildDuplicateCountSql', () => {
	const count = (table: string, columns: string[]) =>
		Number(db.rows<{ n: number }>(`SELECT (${buildDuplicateCountSql(table, columns)}) AS n`)[0]!.n);

	it('counts every copy after the first of a line, NULLs equal to NULLs', () => {
		db.rows(`CREATE TABLE dup_lines AS SELECT * FROM (VALUES
			('A1', 10.0, NULL), ('A1', 10.0, NULL), ('A1', 10.0, NULL),
			('A1', 10.0, 'x'), ('A2', NULL, NULL), ('A2', NULL, NULL), ('A3', 1.0, 'y')
		) AS t(id, amount, note)`);
		// Three A1 lines without a note (2 repeats), two bare A2 lines (1 repeat).
		expect(count('dup_lines', ['id', 'amount', 'note'])).toBe(3);
	});

	it('is 0 for a table without repeats, and works when a column is called rowid', () => {
		db.rows(
			`CREATE TABLE dup_none AS SELECT * FROM (VALUES (1, 'a'), (2, 'a'), (1, 'b')) AS t(rowid, v)`
		);
		expect(count('dup_none', ['rowid', 'v'])).toBe(0);
		db.rows(`INSERT INTO dup_none VALUES (2, 'a')`);
		expect(count('dup_none', ['rowid', 'v'])).toBe(1);
	});

	it('counts the repeats among many near-equal lines', () => {
		db.rows(`CREATE TABLE dup_many AS
			SELECT i % 997 AS a, CASE WHEN i % 7 = 0 THEN NULL ELSE i % 3 END AS b, 'k' || (i % 5) AS c
			FROM range(20000) r(i)`);
		// Lines i and j are equal when b is not NULL for both and i ≡ j mod 997 × 3 × 5 = 14955
		// (with b NULL they would need i ≡ j mod 997 × 5 × 7 = 34895, beyond 20,000): the pairs
		// (i, i + 14955) for i < 5045 with i mod 7 ∉ {0, 4} (14955 ≡ 3 mod 7): 720 × 5 + 3.
		expect(count('dup_many', ['a', 'b', 'c'])).toBe(3603);
	});
});
