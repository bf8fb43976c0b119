import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, scratchFile, type TestDb } from '../node-duckdb';
import {
	buildCsvCopySql,
	buildExportSelectSql,
	withUtf8Bom
} from '../../../src/report/customers-csv-sql';
import { orderCustomerColumns, type ExportColumn } from '../../../src/report/export-columns';
import { quoteLiteral } from '../../../src/sql/quote';

let db: TestDb;

// Each name is a payload a spreadsheet would run, or text that must come through untouched.
const NAMES: [id: string, name: string, expected: string][] = [
	['c01', '=1+1', "'=1+1"],
	['c02', '+cmd|/C calc', "'+cmd|/C calc"],
	['c03', '-x', "'-x"],
	['c04', '@SUM(A1)', "'@SUM(A1)"],
	['c05', '\tx', "'\tx"],
	['c06', '\rx', "'\rx"],
	['c07', 'مریم احمدی', 'مریم احمدی'],
	['c08', 'Nguyễn Thị Hương', 'Nguyễn Thị Hương'],
	['c09', 'say "hi", then\nleave', 'say "hi", then\nleave'],
	['c10', 'plain = not first', 'plain = not first'],
	['c11', "O'Brien", "O'Brien"]
];
// Negative numbers, dates and truth values are values, never formulas: they are left as they are.
const BALANCE = [-12.5, 3, 0, -1, 7, 8, 9, 10, 11, 12, 13];

beforeAll(async () => {
	db = await openTestDb();
	const rows = NAMES.map(
		([id, name], i) =>
			`(${quoteLiteral(id)}, ${quoteLiteral(name)}, ${BALANCE[i]}::DOUBLE, ${i - 5}::INTEGER, DATE '2024-01-0${(i % 9) + 1}', ${i % 2 === 0}, 'seg ' || ${i})`
	);
	db.rows(`CREATE TABLE people AS SELECT * FROM (VALUES ${rows.join(',\n')})
		AS t(customer_id, "full name", balance, delta, seen, flag, "weird ""seg""")`);
});
afterAll(() => db.close());

function columnsOf(table: string): ExportColumn[] {
	return db
		.rows<{ column_name: string; data_type: string }>(
			`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ${quoteLiteral(table)} ORDER BY ordinal_position`
		)
		.map((r) => ({ name: r.column_name, type: r.data_type }));
}

/** Writes the export with DuckDB's COPY and returns the file's text. */
function exportText(file: string): string {
	const select = buildExportSelectSql({
		table: 'people',
		columns: columnsOf('people'),
		orderBy: 'customer_id'
	});
	db.rows(buildCsvCopySql(select, scratchFile(file)));
	return db.rows<{ content: string }>(
		`SELECT content FROM read_text(${quoteLiteral(scratchFile(file))})`
	)[0]!.content;
}

describe('customers CSV export', () => {
	it('neutralises every text cell that would start a formula, and only those', () => {
		exportText('people.csv');
		const back = db.rows<{ customer_id: string; 'full name': string }>(
			`SELECT * FROM read_csv(${quoteLiteral(scratchFile('people.csv'))}, header = true, all_varchar = true) ORDER BY customer_id`
		);
		expect(back.map((r) => [r.customer_id, r['full name']])).toEqual(
			NAMES.map(([id, , expected]) => [id, expected])
		);
	});

	it('keeps numbers as numbers: a negative balance is written bare, not quoted', () => {
		const text = exportText('numbers.csv');
		const lines = text.split('\n');
		expect(lines[0]).toBe('customer_id,full name,balance,delta,seen,flag,"weird ""seg"""');
		expect(lines[1]).toBe(`c01,'=1+1,-12.5,-5,2024-01-01,true,seg 0`);
		const back = db.rows<{ balance: number; delta: number }>(
			`SELECT balance, delta FROM read_csv(${quoteLiteral(scratchFile('numbers.csv'))}, header = true) ORDER BY customer_id`
		);
		expect(back.map((r) => r.balance)).toEqual(BALANCE);
		expect(back.map((r) => r.delta)).toEqual(NAMES.map((_, i) => i - 5));
	});

	it('quotes values with quotes, commas and line breaks so they read back whole', () => {
		const text = exportText('quoted.csv');
		expect(text).toContain('c09,"say ""hi"", then\nleave"');
		expect(text).toContain("c11,O'Brien,");
		expect(text.trimEnd().split('\n')).toHaveLength(NAMES.length + 2); // header + one value with a line break
	});

	it('writes Persian and Vietnamese text as UTF-8', () => {
		const text = exportText('utf8.csv');
		expect(text).toContain('c07,مریم احمدی,');
		expect(text).toContain('c08,Nguyễn Thị Hương,');
	});

	it('neutralises text held in a column of another type once cast to text', () => {
		db.rows(`CREATE TYPE mood AS ENUM ('=bad', 'ok')`);
		db.rows(
			`CREATE TABLE odd AS SELECT 'x1' AS customer_id, ['=a', 'b'] AS tags, '=bad'::mood AS mood`
		);
		const select = buildExportSelectSql({ table: 'odd', columns: columnsOf('odd') });
		db.rows(buildCsvCopySql(select, scratchFile('odd.csv')));
		const [row] = db.rows<{ tags: string; mood: string }>(
			`SELECT tags, mood FROM read_csv(${quoteLiteral(scratchFile('odd.csv'))}, header = true, all_varchar = true)`
		);
		expect(row).toEqual({ tags: "['=a', b]", mood: "'=bad" });
	});
});

describe('withUtf8Bom', () => {
	it('puts EF BB BF in front of the bytes and keeps them whole', () => {
		const bytes = new TextEncoder().encode('customer_id\nمریم\n');
		const out = withUtf8Bom(bytes);
		expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(out.slice(3))).toBe(
			'customer_id\nمریم\n'
		);
	});
});

describe('orderCustomerColumns', () => {
	it("lists the issue's columns in its order, then rule segments, then the rest", () => {
		const names = [
			'email',
			'persona',
			'rule_big',
			'customer_id',
			'clv',
			'monetary',
			'recency_days',
			'rfm_segment',
			'frequency',
			'city'
		];
		const ordered = orderCustomerColumns(names.map((name) => ({ name, type: 'VARCHAR' })));
		expect(ordered.map((c) => c.name)).toEqual([
			'customer_id',
			'recency_days',
			'frequency',
			'monetary',
			'rfm_segment',
			'clv',
			'persona',
			'rule_big',
			'email',
			'city'
		]);
	});
});
