import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeModelSummary, epochDay, type PurchaseLog } from '../../../src/models/rfm-summary';
import {
	buildModelSummarySql,
	type ModelSummaryRow
} from '../../../src/segments/model-summary-sql';
import { openTestDb, type TestDb } from '../node-duckdb';
import { cdnowPurchaseLog, cdnowSummary, loadCdnowTransactions } from './cdnow-fixture';

const CDNOW = { calibrationEnd: '1997-09-30', timeUnit: 'weeks' } as const;
const round2 = (v: number) => Math.round(v * 100) / 100;

// Mean repeat values ("zbar") of the first CDNOW customers in lifetimes'
// datasets/cdnow_customers_summary_with_transactions.csv (the Gamma-Gamma input of its tests).
const ZBAR: [number, number][] = [
	[1, 22.35],
	[2, 11.77],
	[6, 73.74],
	[9, 25.55],
	[11, 29.44],
	[17, 24.24],
	[26, 227.14]
];

describe('computeModelSummary', () => {
	it('reproduces the published CDNOW calibration summary (to 2 decimals)', () => {
		const summary = computeModelSummary(cdnowPurchaseLog(), CDNOW);
		const published = cdnowSummary();
		expect(Array.from(summary.customer)).toEqual(Array.from(published.id));
		expect(Array.from(summary.x)).toEqual(Array.from(published.x));
		expect(Array.from(summary.tx, round2)).toEqual(Array.from(published.tx));
		expect(Array.from(summary.T, round2)).toEqual(Array.from(published.T));
		for (const [id, zbar] of ZBAR) expect(round2(summary.meanRepeatValue[id - 1]!)).toBe(zbar);
		expect(summary.meanRepeatValue[2]).toBeNaN(); // customer 3 never came back
		expect(summary.holdoutX).toBeUndefined();
	});

	it('counts holdout purchase days through asOf', () => {
		const summary = computeModelSummary(cdnowPurchaseLog(), { ...CDNOW, asOf: '1998-06-30' });
		expect(summary.holdoutLength).toBe(39);
		// Weeks 40-78 hold 1,882 repeat purchase days of the 2,357 customers.
		expect(summary.holdoutX!.reduce((s, v) => s + v, 0)).toBe(1882);
	});

	// A hand-made log: days are offsets from 2024-01-01, calibration ends on day 10.
	const d0 = epochDay('2024-01-01');
	const log = (rows: [number, number, number][]): PurchaseLog => ({
		customer: Int32Array.from(rows, (r) => r[0]),
		day: Int32Array.from(rows, (r) => d0 + r[1]),
		amount: Float64Array.from(rows, (r) => r[2])
	});
	const hand = log([
		[1, 0, 10], // first purchase
		[1, 0, 5], // same day: merged into the first purchase day
		[1, 3, 20], // repeat day 3: 20 + 4
		[1, 3, 4],
		[1, 7, 6], // repeat day 7
		[1, 12, 50], // holdout
		[1, 12, 1], // holdout, same day
		[1, 30, 9], // after asOf: ignored
		[2, 5, 8], // one purchase, T = 5 days
		[3, 11, 8] // first purchase after the calibration end: not a calibration customer
	]);
	it('merges same-day purchases and measures from the first purchase day', () => {
		const summary = computeModelSummary(hand, {
			calibrationEnd: '2024-01-11',
			timeUnit: 'days',
			asOf: '2024-01-20'
		});
		expect(Array.from(summary.customer)).toEqual([1, 2]);
		expect(Array.from(summary.x)).toEqual([2, 0]);
		expect(Array.from(summary.tx)).toEqual([7, 0]);
		expect(Array.from(summary.T)).toEqual([10, 5]);
		expect(summary.meanRepeatValue[0]).toBe((24 + 6) / 2);
		expect(Array.from(summary.holdoutX!)).toEqual([1, 0]);
		expect(summary.holdoutLength).toBe(9);
	});

	it('refuses unsorted logs and bad dates', () => {
		const unsorted = log([
			[2, 0, 1],
			[1, 0, 1]
		]);
		expect(() => computeModelSummary(unsorted, CDNOW)).toThrow(/not sorted/);
		expect(() => computeModelSummary(hand, { ...CDNOW, calibrationEnd: '1997-02-30' })).toThrow(
			/invalid date/
		);
		expect(() => computeModelSummary(hand, { ...CDNOW, asOf: '1997-01-01' })).toThrow(/before/);
	});
});

describe('buildModelSummarySql on DuckDB', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
		loadCdnowTransactions(db, 'transactions');
	});
	afterAll(() => db.close());

	it('equals the TypeScript reference and the published summary on CDNOW', () => {
		const sql = buildModelSummarySql({ ...CDNOW, asOf: '1998-06-30' });
		const rows = db
			.rows<ModelSummaryRow>(sql)
			.sort((u, v) => Number(u.customer_id) - Number(v.customer_id));
		const reference = computeModelSummary(cdnowPurchaseLog(), { ...CDNOW, asOf: '1998-06-30' });
		const published = cdnowSummary();
		expect(rows).toHaveLength(2357);
		rows.forEach((row, i) => {
			expect(Number(row.customer_id)).toBe(published.id[i]);
			expect([row.x, round2(row.t_x), round2(row.T)]).toEqual([
				published.x[i],
				published.tx[i],
				published.T[i]
			]);
			expect([row.x, row.t_x, row.T, row.x_holdout, row.t_holdout]).toEqual([
				reference.x[i],
				reference.tx[i],
				reference.T[i],
				reference.holdoutX![i],
				39
			]);
			const m = reference.meanRepeatValue[i]!;
			if (Number.isNaN(m)) expect(row.mean_repeat_value).toBeNull();
			else expect(row.mean_repeat_value).toBeCloseTo(m, 9);
		});
	});

	it('leaves out returns and customers who first bought after the calibration end', () => {
		db.rows(`CREATE OR REPLACE TEMP TABLE transactions AS
			SELECT * FROM (VALUES
				('a', DATE '2024-01-01', 10.0, false),
				('a', DATE '2024-01-01', 5.0, NULL),
				('a', DATE '2024-01-04', 20.0, false),
				('a', DATE '2024-01-04', 4.0, false),
				('a', DATE '2024-01-06', 99.0, true),
				('a', DATE '2024-01-08', 6.0, false),
				('a', DATE '2024-01-13', 50.0, false),
				('a', DATE '2024-01-31', 9.0, false),
				('b', DATE '2024-01-06', 8.0, false),
				('c', DATE '2024-01-12', 8.0, false),
				('d', DATE '2024-01-02', 7.0, true),
				(NULL, DATE '2024-01-02', 7.0, false)
			) AS t(customer_id, order_date, amount, is_return)`);
		const rows = db.rows(
			buildModelSummarySql({ calibrationEnd: '2024-01-11', timeUnit: 'days', asOf: '2024-01-20' })
		);
		expect(rows).toEqual([
			{ customer_id: 'a', x: 2, t_x: 7, T: 10, mean_repeat_value: 15, x_holdout: 1, t_holdout: 9 },
			{ customer_id: 'b', x: 0, t_x: 0, T: 5, mean_repeat_value: null, x_holdout: 0, t_holdout: 9 }
		]);
		const weekly = db.rows(
			buildModelSummarySql({ calibrationEnd: '2024-01-11', timeUnit: 'weeks' })
		);
		expect(weekly[0]).toEqual({ customer_id: 'a', x: 2, t_x: 1, T: 10 / 7, mean_repeat_value: 15 });
	});

	it('refuses bad options instead of pasting them into SQL', () => {
		expect(() =>
			buildModelSummarySql({ calibrationEnd: "2024-01-01'; DROP TABLE x; --", timeUnit: 'days' })
		).toThrow(/invalid date/);
		expect(() =>
			buildModelSummarySql({ calibrationEnd: '2024-01-01', timeUnit: 'months' as never })
		).toThrow(/invalid timeUnit/);
		expect(() =>
			buildModelSummarySql({ calibrationEnd: '2024-01-05', timeUnit: 'days', asOf: '2024-01-01' })
		).toThrow(/before/);
	});
});
