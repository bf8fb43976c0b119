import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvInputFromArrow } from '../../../src/engine/analysis/clv-input';
import { runClvJob } from '../../../src/engine/analysis/clv-job';
import type { ClvResult } from '../../../src/engine/analysis/clv-protocol';
import {
	clvOptions,
	clvScoreRequest,
	defaultClvOptions,
	horizonInUnits,
	type ClvCellOptions
} from '../../../src/notebook/kinds/clv-options';
import { validateOnHoldout } from '../../../src/notebook/kinds/clv-fit';
import { addDays } from '../../../src/segments/clv-split';
import { buildModelSummarySql } from '../../../src/segments/model-summary-sql';
import { loadCdnowTransactions } from '../models/cdnow-fixture';
import { openTestDb, type TestDb } from '../node-duckdb';
import { testEngine } from './cell-context';

describe('clvOptions', () => {
	it('fills what a saved cell lacks with the defaults shown in the panel', () => {
		expect(defaultClvOptions()).toEqual({
			timeUnit: 'weeks',
			calibrationEnd: null,
			horizonDays: 90,
			clvMonths: 12,
			monthlyDiscountRate: 0.01,
			churnHigh: 0.3,
			churnLow: 0.7
		});
		expect(clvOptions({ timeUnit: 'days', clvMonths: 24 })).toEqual({
			...defaultClvOptions(),
			timeUnit: 'days',
			clvMonths: 24
		});
	});

	it.each<[Partial<ClvCellOptions>]>([
		[{ horizonDays: 1 }],
		[{ horizonDays: 3650 }],
		[{ clvMonths: 1 }],
		[{ clvMonths: 120 }],
		[{ monthlyDiscountRate: 0 }],
		[{ monthlyDiscountRate: 0.99 }],
		[{ calibrationEnd: '2024-02-29' }],
		[{ churnHigh: 0.01, churnLow: 0.99 }]
	])('accepts the edge %j', (saved) => {
		expect(clvOptions(saved)).toMatchObject(saved);
	});

	it.each<[Partial<ClvCellOptions>, string]>([
		[{ timeUnit: 'months' as never }, 'Invalid time unit: months (days or weeks).'],
		[{ calibrationEnd: '2023-02-29' }, 'Invalid calibration end: 2023-02-29 (a date yyyy-mm-dd).'],
		[{ calibrationEnd: '30/09/1997' }, 'Invalid calibration end: 30/09/1997'],
		[{ horizonDays: 0 }, 'Invalid prediction horizon: 0 (whole days from 1 to 3650).'],
		[{ horizonDays: 1.5 }, 'Invalid prediction horizon: 1.5'],
		[{ horizonDays: 3651 }, 'Invalid prediction horizon: 3651'],
		[{ clvMonths: 0 }, 'Invalid CLV horizon: 0 (whole months from 1 to 120).'],
		[{ clvMonths: 121 }, 'Invalid CLV horizon: 121'],
		[{ monthlyDiscountRate: -0.01 }, 'Invalid monthly discount rate: -0.01'],
		[{ monthlyDiscountRate: 1 }, 'Invalid monthly discount rate: 1 (from 0 to under 100 %).'],
		[{ monthlyDiscountRate: NaN }, 'Invalid monthly discount rate: NaN'],
		[{ churnHigh: 0.7, churnLow: 0.3 }, 'Invalid churn thresholds: 0.7 and 0.3'],
		[{ churnHigh: 0 }, 'Invalid churn thresholds: 0 and 0.7'],
		[{ churnLow: 1 }, 'Invalid churn thresholds: 0.3 and 1 (needs 0 < high < low < 1).']
	])('refuses %j', (saved, message) => {
		expect(() => clvOptions(saved)).toThrow(message);
	});

	it('asks the job for the horizon in the model’s unit, and for the CLV months and rate', () => {
		const weeks = clvOptions({ horizonDays: 91, clvMonths: 6, monthlyDiscountRate: 0.02 });
		expect(horizonInUnits(weeks)).toBe(13);
		expect(clvScoreRequest(weeks)).toEqual({
			horizon: 13,
			clvMonths: 6,
			monthlyDiscountRate: 0.02
		});
		expect(clvScoreRequest({ ...weeks, timeUnit: 'days' }).horizon).toBe(91);
	});
});

// The CDNOW sample scored as the cell scores all data before the as-of date (clv-fit.ts): the
// summary through the day before, the scores asked for by the options.
const AS_OF = '1997-10-01';
let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	loadCdnowTransactions(db, 'transactions');
});
afterAll(() => db.close());

function scored(saved: Partial<ClvCellOptions>): ClvResult {
	const options = clvOptions(saved);
	const { timeUnit } = options;
	const table = db.table(buildModelSummarySql({ calibrationEnd: addDays(AS_OF, -1), timeUnit }));
	return runClvJob(
		clvInputFromArrow(table, timeUnit, {
			withHoldout: false,
			curve: null,
			score: clvScoreRequest(options)
		})
	);
}

describe('what the CLV options change, on CDNOW', () => {
	let base: ClvResult;
	beforeAll(() => {
		base = scored({});
	});
	const scores = (r: ClvResult) => r.scores!;

	it('scores all 2,357 customers; every one has a positive CLV (one-time buyers at the mean order value)', () => {
		expect(scores(base).clv).toHaveLength(2357);
		expect(scores(base).clv.every((v) => v > 0)).toBe(true);
	});

	it('24 months instead of 12 raise every CLV and leave P(alive) and the counts alone', () => {
		const longer = scored({ clvMonths: 24 });
		scores(longer).clv.forEach((v, i) => expect(v).toBeGreaterThan(scores(base).clv[i]!));
		expect(scores(longer).pAlive).toEqual(scores(base).pAlive);
		expect(scores(longer).expectedPurchases).toEqual(scores(base).expectedPurchases);
	});

	it('a higher monthly rate lowers every CLV; over one month by exactly 1.01 / 1.05', () => {
		const dearer = scored({ monthlyDiscountRate: 0.05 });
		scores(dearer).clv.forEach((v, i) => expect(v).toBeLessThan(scores(base).clv[i]!));
		// One month is one term: the same purchases and value, discounted once.
		const at1 = scores(scored({ clvMonths: 1 })).clv;
		const at5 = scores(scored({ clvMonths: 1, monthlyDiscountRate: 0.05 })).clv;
		at5.forEach((v, i) => expect(v / at1[i]!).toBeCloseTo(1.01 / 1.05, 12));
	});

	it('a longer prediction horizon raises every expected purchase count, not the CLV', () => {
		const longer = scored({ horizonDays: 180 });
		scores(longer).expectedPurchases.forEach((v, i) =>
			expect(v).toBeGreaterThan(scores(base).expectedPurchases[i]!)
		);
		expect(scores(longer).clv).toEqual(scores(base).clv);
	});

	it('days instead of weeks: the same model on a clock 7 times finer', () => {
		// x counts purchase days either way and t_x, T are 7 times larger in days, so the
		// likelihood is the same function of (r, 7α, a, b): α grows 7-fold, P(alive) and the
		// purchases expected over the same 90 days stay, up to the optimiser's tolerance.
		const days = scored({ timeUnit: 'days' });
		const [w, d] = [base.bgnbd.params, days.bgnbd.params];
		expect(d.alpha / w.alpha).toBeCloseTo(7, 2);
		for (const key of ['r', 'a', 'b'] as const) expect(d[key] / w[key]).toBeCloseTo(1, 3);
		const gap = (u: Float64Array, v: Float64Array) =>
			Math.max(...u.map((value, i) => Math.abs(value - v[i]!)));
		expect(gap(scores(days).pAlive, scores(base).pAlive)).toBeLessThan(1e-3);
		expect(gap(scores(days).expectedPurchases, scores(base).expectedPurchases)).toBeLessThan(1e-3);
	});
});

describe('the calibration end option', () => {
	const ctx = () => ({ engine: testEngine(db), cellId: 'c-clv', cancelled: () => false });

	it.each([
		['1996-12-31', 'before the first purchase day'],
		['1997-09-30', 'on the last day of the data'],
		['1997-11-30', 'after the as-of date']
	])('refuses %s (%s), saying which range it must fall in', async (calibrationEnd) => {
		const check = await validateOnHoldout(
			ctx(),
			AS_OF,
			'1997-01-01',
			clvOptions({ calibrationEnd })
		);
		expect(check).toMatchObject({ automatic: false, result: null, calibrationEnd });
		expect(check.error).toBe(
			`The calibration end ${calibrationEnd} must fall between the first purchase day ` +
				'(1997-01-01) and the day before the last one in the data (1997-09-30).'
		);
	});

	it('left automatic, says when the purchases span too few days to hold any out', async () => {
		const check = await validateOnHoldout(ctx(), '1997-01-03', '1997-01-01', clvOptions({}));
		expect(check).toMatchObject({ automatic: true, result: null, holdoutEnd: '1997-01-02' });
		expect(check.error).toBe(
			'The purchases span too few days (1997-01-01 to 1997-01-02) to hold any out.'
		);
	});
});
