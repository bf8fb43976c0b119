import { tableFromIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAnalysisRequest } from '../../../src/engine/analysis/analysis-handler';
import type { AnalysisResponse } from '../../../src/engine/analysis/analysis-protocol';
import { clvInputFromArrow, type ClvRequestParts } from '../../../src/engine/analysis/clv-input';
import { runClvJob } from '../../../src/engine/analysis/clv-job';
import type { ClvResult } from '../../../src/engine/analysis/clv-protocol';
import { scoresIpc } from '../../../src/engine/analysis/scores-ipc';
import { conditionalExpectedPurchases, probabilityAlive } from '../../../src/models/bgnbd';
import { holdoutByFrequency } from '../../../src/models/bgnbd-tracking';
import { arrowToFloat64 } from '../../../src/engine/analysis/arrow-columns';
import { buildModelSummarySql } from '../../../src/segments/model-summary-sql';
import {
	buildRepeatPurchasesByPeriodSql,
	type RepeatPurchasesRow
} from '../../../src/segments/repeat-purchases-sql';
import { cdnowSummary, loadCdnowTransactions, PUBLISHED_BGNBD } from '../models/cdnow-fixture';
import { openTestDb, type TestDb } from '../node-duckdb';

// Published Gamma-Gamma estimates on CDNOW's calibration period (Fader & Hardie's note).
const PUBLISHED_GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const CDNOW = { calibrationEnd: '1997-09-30', timeUnit: 'weeks' } as const;
const CDNOW_HOLDOUT_END = '1998-06-30';
const NO_PARTS: ClvRequestParts = { withHoldout: false, curve: null, score: null };

const within = (value: number, target: number, tolerance: number) =>
	expect(Math.abs(value / target - 1)).toBeLessThan(tolerance);

/** Calls the worker's handler in this process and returns its replies. */
function ask(input: ReturnType<typeof clvInputFromArrow>): AnalysisResponse[] {
	const replies: AnalysisResponse[] = [];
	handleAnalysisRequest({ id: 7, type: 'clv', input }, (response) => replies.push(response));
	return replies;
}

function resultOf(replies: AnalysisResponse[]): ClvResult {
	const last = replies.at(-1)!;
	if (last.type !== 'clv') throw new Error(`no result: ${JSON.stringify(last)}`);
	return last.result;
}

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	loadCdnowTransactions(db, 'cdnow');
});
afterAll(() => db.close());

describe('the CLV job on CDNOW (calibration through 1997-09-30, weeks)', () => {
	let result: ClvResult;
	let curve: RepeatPurchasesRow[];
	let replies: AnalysisResponse[];
	beforeAll(() => {
		db.rows('CREATE OR REPLACE VIEW transactions AS SELECT * FROM cdnow');
		const split = { ...CDNOW, holdoutEnd: CDNOW_HOLDOUT_END };
		curve = db.rows<RepeatPurchasesRow>(buildRepeatPurchasesByPeriodSql(split));
		const table = db.table(buildModelSummarySql({ ...CDNOW, asOf: CDNOW_HOLDOUT_END }));
		const input = clvInputFromArrow(table, 'weeks', {
			withHoldout: true,
			curve: {
				calibrationEnd: curve[0]!.t_calibration,
				times: Float64Array.from(curve, (r) => r.t)
			},
			score: { horizon: 39, clvMonths: 12, monthlyDiscountRate: 0.01 }
		});
		replies = ask(input);
		result = resultOf(replies);
	});

	it('finds the published BG/NBD estimates and log-likelihood (within 1 %)', () => {
		const { params, logLikelihood, customers, repeatCustomers } = result.bgnbd;
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			within(params[key], PUBLISHED_BGNBD[key], 0.01);
		}
		within(logLikelihood, -9582.4, 0.01);
		expect([customers, repeatCustomers]).toEqual([2357, 946]);
	});

	it('finds the published Gamma-Gamma estimates (within 2 %), all repeat buyers usable', () => {
		const gg = result.gammaGamma;
		expect(gg.error).toBeNull();
		within(gg.fit!.params.p, PUBLISHED_GG.p, 0.02);
		within(gg.fit!.params.q, PUBLISHED_GG.q, 0.02);
		within(gg.fit!.params.gamma, PUBLISHED_GG.gamma, 0.02);
		expect([gg.customers, gg.oneTime, gg.setAside]).toEqual([946, 1411, 0]);
		// Fader & Hardie report 0.11 for frequency against mean repeat spend.
		expect(gg.correlation).toBeCloseTo(0.11, 2);
	});

	it('groups the 1,882 holdout purchase days by calibration frequency 0…7+', () => {
		const { groups, actual, expected } = result.holdout!;
		expect(actual).toBe(1882);
		expect(groups.map((g) => g.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
		expect(groups.reduce((n, g) => n + g.customers, 0)).toBe(2357);
		expect(groups.reduce((n, g) => n + g.customers * g.actual, 0)).toBeCloseTo(1882, 9);
		expect(groups.reduce((n, g) => n + g.customers * g.expected, 0)).toBeCloseTo(expected, 6);
		// The actual means, counted again straight from the summary in SQL.
		const sql = db.rows<{ f: number; n: number; h: number }>(`SELECT least(x, 7) AS f,
			CAST(count(*) AS INTEGER) AS n, CAST(sum(x_holdout) AS INTEGER) AS h
			FROM (${buildModelSummarySql({ ...CDNOW, asOf: CDNOW_HOLDOUT_END })}) GROUP BY f ORDER BY f`);
		expect(groups.map((g) => [g.customers, g.actual])).toEqual(sql.map((r) => [r.n, r.h / r.n]));
	});

	it('draws the cumulative curve: actual repeats reconcile with the summary, the model tracks them', () => {
		const published = cdnowSummary();
		const calibrationRepeats = published.x.reduce((s, v) => s + v, 0);
		// Week 38 (days 266–272) ends on the calibration end, the last week on the holdout end.
		expect(curve[38]!.t).toBe(39 - 1 / 7);
		expect(curve[38]!.cumulative).toBe(calibrationRepeats);
		expect(curve.at(-1)!.cumulative).toBe(calibrationRepeats + 1882);
		const expected = result.curve!;
		expect(expected).toHaveLength(curve.length);
		// Fitted on the calibration period, the model reproduces its total (figure 2).
		within(expected[38]!, calibrationRepeats, 0.02);
	});

	it('scores every customer with the fitted model; the scores travel as Arrow with NULLs', () => {
		const { pAlive, expectedPurchases, clv } = result.scores!;
		const summary = db.table(buildModelSummarySql(CDNOW));
		const [x, tx, T] = ['x', 't_x', 'T'].map((c) => arrowToFloat64(summary.getChild(c)!));
		const s = { x: x!, tx: tx!, T: T! };
		const p = result.bgnbd.params;
		for (const i of [0, 1, 2, 100, 2356]) {
			expect(pAlive[i]).toBe(probabilityAlive(p, s.x[i]!, s.tx[i]!, s.T[i]!));
			expect(expectedPurchases[i]).toBeCloseTo(
				conditionalExpectedPurchases(p, s.x[i]!, s.tx[i]!, s.T[i]!, 39),
				12
			);
		}
		expect(clv.every((v) => v > 0)).toBe(true);
		// The ids rebuilt with this module's Arrow: the Node DuckDB bundle carries its own copy.
		const ids = vectorFromArray(summary.getChild('customer_id')!.toArray() as string[]);
		const back = tableFromIPC(
			scoresIpc(ids, { p_alive: pAlive, clv: Float64Array.from(clv, (v, i) => (i ? v : NaN)) })
		);
		expect(back.numRows).toBe(2357);
		expect(back.getChild('p_alive')!.get(5)).toBe(pAlive[5]);
		expect(back.getChild('clv')!.get(0)).toBeNull();
		expect(back.getChild('clv')!.get(1)).toBe(clv[1]);
	});

	it('reports progress through every stage, then the result, all with the request id', () => {
		const stages = replies.flatMap((r) => (r.type === 'progress' ? [r.stage] : []));
		expect(new Set(stages)).toEqual(new Set(['bgnbd', 'gammaGamma', 'holdout', 'curve', 'scores']));
		expect(replies.every((r) => r.id === 7)).toBe(true);
	});
});

// Sixteen customers over 31 days (offsets from 2024-03-01), calibration through day 20, holdout
// days 21–30; `H` marks holdout purchases. x = calibration repeat days, h = holdout days:
//   a 0 5 10 H25 (x2 h1)        b 0 3 H22 H28 (x1 h2)     c 2 4 6 8 (x3 h0)
//   d 1 H21 (x0 h1)             e 0 (x0 h0)               f 3 9 H24 (x1 h1)
//   g 5…13 daily H23 H26 H29 (x8 h3)    h 0 2 4 … 14 H30 (x7 h1)
//   i 10 15 (x1 h0)   j 4 16 H27 (x1 h1)   k 1 11 (x1 h0)   l 2 12 18 H21 (x2 h1)
//   m 6 19 (x1 h0)    n 7 17 H22 (x1 h1)   o 8 20 H30 H30 (x1 h1: one purchase day)
//   q 0 5, the repeat worth 0 (x1 h0): set aside from Gamma-Gamma
//   p 25: first bought in the holdout, not in the calibration summary
// By frequency: 0 → d, e (mean 0.5); 1 → b f i j k m n o q (6 / 9); 2 → a, l (1); 3 → c (0);
// 7+ → g, h (2); 4–6 empty. 13 holdout purchase days in all.
const DAYS: Record<string, number[]> = {
	a: [0, 5, 10, 25],
	b: [0, 3, 22, 28],
	c: [2, 4, 6, 8],
	d: [1, 21],
	e: [0],
	f: [3, 9, 24],
	g: [5, 6, 7, 8, 9, 10, 11, 12, 13, 23, 26, 29],
	h: [0, 2, 4, 6, 8, 10, 12, 14, 30],
	i: [10, 15],
	j: [4, 16, 27],
	k: [1, 11],
	l: [2, 12, 18, 21],
	m: [6, 19],
	n: [7, 17, 22],
	o: [8, 20, 30, 30],
	p: [25]
};

describe('holdout actuals by calibration frequency on a hand-made log', () => {
	let table: ReturnType<TestDb['table']>;
	beforeAll(() => {
		const lines = Object.entries(DAYS).flatMap(([id, days]) =>
			days.map((d, k) => `('${id}', DATE '2024-03-01' + ${d}, ${10 + k})`)
		);
		lines.push(`('q', DATE '2024-03-01', 10)`, `('q', DATE '2024-03-06', 0)`);
		db.rows(`CREATE OR REPLACE TABLE hand AS SELECT *, false AS is_return FROM (VALUES
			${lines.join(',\n')}) AS t(customer_id, order_date, amount)`);
		db.rows('CREATE OR REPLACE VIEW transactions AS SELECT * FROM hand');
		table = db.table(
			buildModelSummarySql({ calibrationEnd: '2024-03-21', timeUnit: 'days', asOf: '2024-03-31' })
		);
	});

	it('averages the actual holdout purchases within each calibration frequency', () => {
		const input = clvInputFromArrow(table, 'days', { ...NO_PARTS, withHoldout: true });
		expect(input.holdout!.length).toBe(10);
		const groups = holdoutByFrequency(input.x, input.holdout!.x, new Float64Array(input.x.length));
		expect(groups.map((g) => [g.label, g.customers])).toEqual([
			['0', 2],
			['1', 9],
			['2', 2],
			['3', 1],
			['4', 0],
			['5', 0],
			['6', 0],
			['7+', 2]
		]);
		expect(groups.map((g) => g.actual)).toEqual([0.5, 6 / 9, 1, 0, NaN, NaN, NaN, 2]);
		expect(input.holdout!.x.reduce((s, v) => s + v, 0)).toBe(13);
	});

	it('says so when the fit is degenerate, rather than failing in the series', () => {
		// Sixteen customers buying at much the same pace: a and b run to millions.
		const replies = ask(clvInputFromArrow(table, 'days', { ...NO_PARTS, withHoldout: true }));
		expect(replies.at(-1)).toMatchObject({
			type: 'error',
			message: expect.stringMatching(/^the BG\/NBD fit on these 16 customers is degenerate/)
		});
	});

	it('sets aside and counts the repeat customer whose repeat spend is zero', () => {
		const input = clvInputFromArrow(table, 'days', NO_PARTS);
		const result = runClvJob(input);
		expect(result.gammaGamma).toMatchObject({ customers: 13, oneTime: 2, setAside: 1 });
	});
});

describe('the CLV job’s clear refusals', () => {
	it('refuses too few repeat customers, saying how many there are', () => {
		const x = Float64Array.from([0, 1, 2, 0]);
		const input = {
			x,
			tx: Float64Array.from([0, 3, 4, 0]),
			T: Float64Array.from([5, 5, 5, 5]),
			meanValue: Float64Array.from([NaN, 10, 12, NaN]),
			timeUnit: 'days' as const,
			holdout: null,
			curve: null,
			score: null
		};
		const replies = ask(input);
		expect(replies.at(-1)).toMatchObject({
			type: 'error',
			message: expect.stringMatching(/at least 10 customers with a repeat purchase.*has 2 of 4/)
		});
	});

	it('refuses data where every purchase is on one date', () => {
		const n = 20;
		const input = {
			x: new Float64Array(n),
			tx: new Float64Array(n),
			T: new Float64Array(n),
			meanValue: new Float64Array(n).fill(NaN),
			timeUnit: 'weeks' as const,
			holdout: null,
			curve: null,
			score: null
		};
		expect(() => runClvJob(input)).toThrow(/at least 10 customers with a repeat purchase/);
	});

	it('keeps P(alive) and expected purchases when Gamma-Gamma has too few customers', () => {
		// 12 repeat customers, but every repeat spend is zero: no CLV, the counts say why.
		const n = 12;
		const input = {
			x: new Float64Array(n).fill(2),
			tx: Float64Array.from({ length: n }, (_, i) => 1 + (i % 4)),
			T: new Float64Array(n).fill(6),
			meanValue: new Float64Array(n),
			timeUnit: 'weeks' as const,
			holdout: null,
			curve: null,
			score: { horizon: 4, clvMonths: 3, monthlyDiscountRate: 0.01 }
		};
		const result = runClvJob(input);
		expect(result.gammaGamma).toMatchObject({ fit: null, customers: 0, setAside: 12 });
		expect(result.gammaGamma.error).toMatch(/at least 10 repeat customers with a positive spend/);
		expect(result.scores!.pAlive.every((p) => p > 0 && p < 1)).toBe(true);
		expect(result.scores!.clv.every(Number.isNaN)).toBe(true);
	});
});
