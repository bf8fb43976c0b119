import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildDateFormatProbeSql,
	buildNumberFormatProbeSql,
	chooseDateFormat,
	chooseNumberFormat,
	dateExpr,
	numberExpr,
	type DateProbeRow,
	type NumberProbeRow
} from '../../../src/data/detect-formats';
import type { DateFormat, NumberFormat } from '../../../src/data/types';
import { quoteLiteral } from '../../../src/sql/quote';
import { openTestDb, type TestDb } from '../node-duckdb';
import { loadCsv } from './fixture-db';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

describe('dateExpr', () => {
	const cases: [string, DateFormat, string | null][] = [
		['2024-03-20', 'iso', '2024-03-20 00:00:00'],
		['  2024-03-20  ', 'iso', '2024-03-20 00:00:00'],
		['2024-03-20 14:05', 'iso', '2024-03-20 14:05:00'],
		['2024-03-20 14:05:09', 'iso', '2024-03-20 14:05:09'],
		['2024-03-20T14:05:09', 'iso', '2024-03-20 14:05:09'],
		['20/03/2024', 'dmy', '2024-03-20 00:00:00'],
		['5/3/2024', 'dmy', '2024-03-05 00:00:00'],
		['20-03-2024 14:05', 'dmy', '2024-03-20 14:05:00'],
		['20.03.2024 14:05:09', 'dmy', '2024-03-20 14:05:09'],
		['03/20/2024', 'mdy', '2024-03-20 00:00:00'],
		['03/20/2024 14:05', 'mdy', '2024-03-20 14:05:00'],
		['2024/03/20 14:05:09', 'ymd', '2024-03-20 14:05:09'],
		['20/03/2024', 'mdy', null],
		['31/02/2024', 'dmy', null],
		// Dates written year first are read whatever the column's day/month order.
		['2024-03-20', 'dmy', '2024-03-20 00:00:00'],
		['2024/03/20', 'mdy', '2024-03-20 00:00:00'],
		// Excel serial day numbers: day 45292 is 2024-01-01; 20000–60000 only.
		['45292', 'dmy', '2024-01-01 00:00:00'],
		['45323.5', 'iso', '2024-02-01 12:00:00'],
		['70000', 'iso', null],
		['4529', 'iso', null],
		['not a date', 'iso', null],
		['', 'iso', null]
	];
	it.each(cases)('reads %j as %s', (text, format, expected) => {
		const sql = `SELECT strftime(${dateExpr(quoteLiteral(text), format)}, '%Y-%m-%d %H:%M:%S') AS v`;
		expect(db.rows(sql)).toEqual([{ v: expected }]);
	});

	it('casts DATE and TIMESTAMP columns as they are when the format is null', () => {
		const sql = `SELECT strftime(${dateExpr(`DATE '2024-03-20'`, null)}, '%Y-%m-%d %H:%M') AS v`;
		expect(db.rows(sql)).toEqual([{ v: '2024-03-20 00:00' }]);
	});
});

describe('numberExpr', () => {
	const cases: [string, NumberFormat, number | null][] = [
		['$1,234.50', 'dot', 1234.5],
		['1234.5', 'dot', 1234.5],
		['-$36.00', 'dot', -36],
		['$-5', 'dot', -5],
		['USD 12.00', 'dot', 12],
		['£0.99', 'dot', 0.99],
		["1'234.50", 'dot', 1234.5],
		['1,234', 'dot', 1234],
		['1,234', 'comma', 1.234],
		['12,5', 'comma', 12.5],
		['12,5', 'dot', null],
		['1.234,56', 'comma', 1234.56],
		['1 234,56 €', 'comma', 1234.56],
		['1\u202f234,56\u00a0€', 'comma', 1234.56],
		['1.234,56', 'dot', null],
		['4.5O', 'dot', null],
		['12abc', 'dot', null],
		['', 'dot', null],
		['abc', 'comma', null]
	];
	it.each(cases)('reads %j as %s', (text, format, expected) => {
		const rows = db.rows<{ v: number | null }>(
			`SELECT ${numberExpr(quoteLiteral(text), format)} AS v`
		);
		if (expected === null) expect(rows[0]?.v).toBeNull();
		else expect(rows[0]?.v).toBeCloseTo(expected, 9);
	});

	it('casts numeric columns as they are when the format is null', () => {
		expect(db.rows(`SELECT ${numberExpr('CAST(12 AS BIGINT)', null)} AS v`)).toEqual([{ v: 12 }]);
	});
});

describe('date format probe', () => {
	it('reads dd/mm/yyyy from the values of the transactions fixture', () => {
		const source = loadCsv(db, 'src_1', 'clean-transactions.csv');
		const [row] = db.rows<DateProbeRow>(buildDateFormatProbeSql(source.table, 'InvoiceDate'));
		// 21 lines, line 14 empty: 20 values.
		// dmy reads all but "not a date" (line 7) and "31/02/2024" (line 17): 18.
		// mdy reads only those with day <= 12: 03/01 twice (lines 1, 2), 02/02, 05/02, 10/02,
		// 11/02 (lines 10-13), 01/03 (line 16), 12/03 (line 18): 8.
		// Of those 8, 02/02 is the same day either way: 7 could be read either way.
		expect(row).toEqual({
			non_empty: 20,
			iso: 0,
			dmy: 18,
			mdy: 8,
			ymd: 0,
			either: 7,
			serial: 0,
			jalali: 0
		});
		expect(chooseDateFormat(row!)).toEqual({
			format: 'dmy',
			ambiguous: false,
			ambiguousCount: 7,
			share: 0.9
		});
	});

	it('picks dmy and says so when every day is at most 12', () => {
		const text = 'd\n01/02/2024\n03/04/2024 10:00\n12/11/2024\n\n';
		loadCsv(db, 'src_2', 'ambiguous-dates.csv', text);
		const [row] = db.rows<DateProbeRow>(buildDateFormatProbeSql('src_2', 'd'));
		expect(row).toEqual({
			non_empty: 3,
			iso: 0,
			dmy: 3,
			mdy: 3,
			ymd: 0,
			either: 3,
			serial: 0,
			jalali: 0
		});
		expect(chooseDateFormat(row!)).toEqual({
			format: 'dmy',
			ambiguous: true,
			ambiguousCount: 3,
			share: 1
		});
	});

	const NONE = { non_empty: 0, iso: 0, dmy: 0, mdy: 0, ymd: 0, either: 0, serial: 0, jalali: 0 };
	const rows: [string, DateProbeRow, string, boolean][] = [
		['mdy reads more', { ...NONE, non_empty: 10, dmy: 6, mdy: 10, either: 6 }, 'mdy', false],
		['iso', { ...NONE, non_empty: 4, iso: 4 }, 'iso', false],
		['ymd', { ...NONE, non_empty: 4, ymd: 3 }, 'ymd', false],
		['nothing reads', { ...NONE, non_empty: 4 }, 'iso', false],
		// A column mostly ISO still settles the order of its few slash dates.
		['iso with day-first', { ...NONE, non_empty: 9, iso: 6, dmy: 3, mdy: 1 }, 'dmy', false],
		[
			'bigint counts',
			{ non_empty: 2n, iso: 0n, dmy: 2n, mdy: 2n, ymd: 0n, either: 2n, serial: 0n, jalali: 0n },
			'dmy',
			true
		]
	];
	it.each(rows)('chooses from counts: %s', (_name, row, format, ambiguous) => {
		expect(chooseDateFormat(row)).toMatchObject({ format, ambiguous });
	});
});

describe('number format probe', () => {
	it('reads $ amounts with thousands commas as decimal dot', () => {
		const [row] = db.rows<NumberProbeRow>(buildNumberFormatProbeSql('src_1', 'Amount'));
		// 21 lines, line 10 empty: 20 values, all holding a '.'; dot reads all but "4.5O"
		// (line 12); comma reads none ("9.00" is not a 3-digit group, "1,250.00" has a
		// comma before a dot).
		expect(row).toEqual({ non_empty: 20, dot: 19, comma: 0, separated: 20 });
		expect(chooseNumberFormat(row!)).toEqual({ format: 'dot', ambiguous: false, share: 0.95 });
	});

	it('reads decimal commas from the values of a ;-separated file', () => {
		loadCsv(db, 'src_3', 'clean-decimal-comma.csv');
		const [quantity] = db.rows<NumberProbeRow>(buildNumberFormatProbeSql('src_3', 'Menge'));
		// 2, 1, 3, 1,5, 2, 1: only "1,5" needs a decimal comma.
		expect(quantity).toEqual({ non_empty: 6, dot: 5, comma: 6, separated: 1 });
		expect(chooseNumberFormat(quantity!).format).toBe('comma');
		const [price] = db.rows<NumberProbeRow>(buildNumberFormatProbeSql('src_3', 'Einzelpreis'));
		// 4,50 1.234,56 4,50 0,99 "1 234,56 €" abc: comma reads all but abc, dot none.
		expect(price).toEqual({ non_empty: 6, dot: 0, comma: 5, separated: 5 });
		expect(chooseNumberFormat(price!)).toEqual({ format: 'comma', ambiguous: false, share: 5 / 6 });
	});

	it('picks dot and says so when every value reads both ways', () => {
		loadCsv(db, 'src_4', 'ambiguous-numbers.csv', 'n\n"1,234"\n"5,000"\n7\n');
		const [row] = db.rows<NumberProbeRow>(buildNumberFormatProbeSql('src_4', 'n'));
		expect(row).toEqual({ non_empty: 3, dot: 3, comma: 3, separated: 2 });
		expect(chooseNumberFormat(row!)).toEqual({ format: 'dot', ambiguous: true, share: 1 });
	});

	it('is not ambiguous for whole numbers', () => {
		const row = { non_empty: 3, dot: 3, comma: 3, separated: 0 };
		expect(chooseNumberFormat(row)).toEqual({ format: 'dot', ambiguous: false, share: 1 });
	});

	it('refuses a bad sample size', () => {
		expect(() => buildNumberFormatProbeSql('t', 'c', 0)).toThrow('invalid sampleSize: 0');
	});
});
