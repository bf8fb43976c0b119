import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildCleanTableSql,
	buildDropCleanSql,
	cleanCopies,
	cleanTableName
} from '../../../src/data/clean-sql';
import {
	buildQualityReportSql,
	toQualityReport,
	type QualityRow
} from '../../../src/data/quality-sql';
import type { CleaningOptions } from '../../../src/data/types';
import { quoteIdent } from '../../../src/sql/quote';
import { openTestDb, type TestDb } from '../node-duckdb';
import { cleanLikeTheApp, loadCsv, mapSource } from './fixture-db';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

// Values a client's export may hold in any column: good ones, empty ones, and junk.
const junk = fc.constantFrom(
	'',
	' ',
	'n/a',
	'-',
	'#REF!',
	'=1+1',
	'"',
	"'",
	';',
	'\\',
	'NULL',
	'😀'
);
const id = fc.oneof(fc.constantFrom('A1', 'A2', 'B7', 'c-9', '۱۲۳', '101'), junk);
const order = fc.oneof(fc.constantFrom('O1', 'O2', 'C77', 'O3', '1001'), junk);
const date = fc.oneof(
	fc.constantFrom(
		'2024-01-05',
		'05/01/2024',
		'2024/01/05 10:30',
		'31/12/2023',
		'1402/05/12',
		'45123'
	),
	fc
		.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10)),
	junk
);
const number = fc.oneof(
	fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => String(v)),
	fc.constantFrom('1.234,56', '1,234.56', '€ 12,50', '-3', '0', '12', '7.5'),
	junk
);
const status = fc.oneof(fc.constantFrom('paid', 'cancelled', 'Canceled', 'refunded'), junk);
const row = fc.tuple(id, order, date, number, number, number, status);
const options: fc.Arbitrary<CleaningOptions> = fc.record({
	setAsideDuplicates: fc.boolean(),
	setAsideCancelled: fc.boolean(),
	cancelledPrefix: fc.constantFrom('C', 'X', ''),
	setAsideNonPositive: fc.boolean()
});

const HEADER = [
	'customer_id',
	'order_id',
	'order_date',
	'quantity',
	'unit_price',
	'amount',
	'status'
];
const csvField = (value: string) => `"${value.replaceAll('"', '""')}"`;

describe('cleaning, on random rows and random options', () => {
	it('reads every line, keeps or sets aside each exactly once, and runs valid SQL', () => {
		let run = 0;
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), options, (rows, cleaning) => {
				const table = `prop_${run++}`;
				const text = [HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
				const source = loadCsv(db, table, 'random.csv', text);
				const roles = Object.fromEntries(HEADER.map((h) => [h, h === 'status' ? 'status' : h]));
				const mapping = mapSource(db, source, 'transactions', roles as never);
				db.rows(buildCleanTableSql(source, mapping, cleaning));
				const [quality] = db.rows<QualityRow>(buildQualityReportSql(mapping));
				const report = toQualityReport(quality!, source, mapping);
				const setAside = Object.values(report.setAside).reduce((s, n) => s + (n ?? 0), 0);
				expect(report.read).toBe(rows.length);
				expect(report.kept + setAside).toBe(report.read);
				const [kept] = db.rows<{ n: number }>(
					`SELECT count(*) AS n FROM ${quoteIdent(cleanTableName(table))} WHERE _reason IS NULL`
				);
				expect(Number(kept!.n)).toBe(report.kept);
				db.rows(`DROP TABLE ${quoteIdent(table)}; ${buildDropCleanSql(table)}`);
			}),
			{ numRuns: 25, seed: 20261123 }
		);
	}, 180_000);

	it('gives the same rows when texts reading leaves as they are are read from the source', () => {
		const good = fc.tuple(
			fc.constantFrom('A1', 'A2', 'B7', 'c-9', '101'),
			fc.constantFrom('O1', 'O2', 'C77', 'O3', '1001'),
			// One way of writing dates: a mix can make the fixture loader's sniffed type fail.
			fc.constantFrom('2024-01-05', '2023-12-31', '2000-02-29'),
			number,
			number,
			number,
			status
		);
		let run = 0;
		let copiedRuns = 0;
		let mixedRuns = 0;
		fc.assert(
			fc.property(
				fc.oneof(
					fc.array(row, { minLength: 1, maxLength: 40 }),
					fc.array(good, { minLength: 1, maxLength: 40 })
				),
				options,
				(rows, cleaning) => {
					const table = `copy_${run++}`;
					const text = [HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
					const source = loadCsv(db, table, 'random.csv', text);
					const roles = Object.fromEntries(HEADER.map((h) => [h, h === 'status' ? 'status' : h]));
					const mapping = mapSource(db, source, 'transactions', roles as never);
					const clean = quoteIdent(cleanTableName(table));
					const all = `SELECT * FROM ${clean} ORDER BY _line`;
					db.rows(buildCleanTableSql(source, mapping, cleaning));
					const stored = db.rows(all);
					const copies = Object.keys(cleanCopies(source, mapping, cleaning));
					const copied = cleanLikeTheApp(db, source, mapping, cleaning);
					if (copied.size) copiedRuns++;
					if (copied.size && copied.size < copies.length) mixedRuns++;
					expect(db.rows(all)).toEqual(stored);
					db.rows(`DROP TABLE ${quoteIdent(table)}; ${buildDropCleanSql(table)}`);
				}
			),
			{ numRuns: 40, seed: 20261207 }
		);
		expect(copiedRuns).toBeGreaterThan(5);
		expect(mixedRuns).toBeGreaterThan(3);
	}, 180_000);
});
