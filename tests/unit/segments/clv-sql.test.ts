import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildRepeatPurchasesByPeriodSql,
	type RepeatPurchasesRow
} from '../../../src/segments/repeat-purchases-sql';
import {
	addDays,
	buildPurchaseDaysSql,
	defaultCalibrationEnd,
	type PurchaseDays
} from '../../../src/segments/clv-split';
import {
	buildChurnGroupsSql,
	buildClvCoverageSql,
	buildClvTiersSql,
	clvLens,
	emptyClvLens,
	type ChurnGroupRow,
	type ClvTierRow
} from '../../../src/segments/clv-lens';
import { openTestDb, type TestDb } from '../node-duckdb';

// Four customers in January 2024; calibration through the 8th, holdout through the 12th.
//   c1: 1st (10 + 5, one purchase day), 3rd, 5th (a return: not a purchase), 8th, 12th
//   c2: 2nd, then 9th and 10th (holdout)
//   c3: 11th and 12th: first bought after the calibration end, not in the cohort
//   c4: 4th, twice on the day
// Cohort c1, c2, c4 from origin 1 January; repeat purchase days at day offsets 2 and 7 (c1,
// calibration), 8 and 9 (c2) and 11 (c1) in the holdout.
const ORDERS: [string, string, number, boolean][] = [
	['c1', '2024-01-01', 10, false],
	['c1', '2024-01-01', 5, false],
	['c1', '2024-01-03', 20, false],
	['c1', '2024-01-05', 7, true],
	['c1', '2024-01-08', 6, false],
	['c1', '2024-01-12', 50, false],
	['c2', '2024-01-02', 8, false],
	['c2', '2024-01-09', 4, false],
	['c2', '2024-01-10', 4, false],
	['c3', '2024-01-11', 9, false],
	['c3', '2024-01-12', 9, false],
	['c4', '2024-01-04', 3, false],
	['c4', '2024-01-04', 2, false]
];

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	const values = ORDERS.map(
		([c, d, a, r]) => `('${c}', TIMESTAMP '${d} 10:00:00', ${a}, ${r})`
	).join(',\n');
	db.rows(`CREATE TABLE transactions AS SELECT * FROM (VALUES ${values})
		AS t(customer_id, order_date, amount, is_return)`);
});
afterAll(() => db.close());

const split = { calibrationEnd: '2024-01-08', holdoutEnd: '2024-01-12' };

describe('buildRepeatPurchasesByPeriodSql', () => {
	it('counts the cohort’s repeat purchase days day by day, through the holdout', () => {
		const rows = db.rows<RepeatPurchasesRow>(
			buildRepeatPurchasesByPeriodSql({ ...split, timeUnit: 'days' })
		);
		expect(rows.map((r) => r.period)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(rows.map((r) => r.t)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(rows.map((r) => r.repeat_purchases)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1]);
		expect(rows.map((r) => r.cumulative)).toEqual([0, 0, 1, 1, 1, 1, 1, 2, 3, 4, 4, 5]);
		expect(rows.every((r) => r.origin === '2024-01-01' && r.t_calibration === 7)).toBe(true);
	});

	it('in weeks: offsets 0–6 and 7–11, the last week ending at the holdout end', () => {
		const rows = db.rows<RepeatPurchasesRow>(
			buildRepeatPurchasesByPeriodSql({ ...split, timeUnit: 'weeks' })
		);
		expect(rows.map((r) => [r.period, r.repeat_purchases, r.cumulative])).toEqual([
			[0, 1, 1],
			[1, 4, 5]
		]);
		expect(rows.map((r) => r.t)).toEqual([6 / 7, 11 / 7]);
		expect(rows[0]!.t_calibration).toBe(1);
	});

	it('refuses a holdout end before the calibration end', () => {
		expect(() =>
			buildRepeatPurchasesByPeriodSql({ ...split, holdoutEnd: '2024-01-07', timeUnit: 'days' })
		).toThrow(/before the calibration end/);
	});
});

describe('the purchase-date range and the default split', () => {
	it('reads the range of purchase days before the as-of date, returns left out', () => {
		const [range] = db.rows<PurchaseDays>(buildPurchaseDaysSql('2024-01-12'));
		// The 12th is the as-of date itself: not counted; the 5th is only a return.
		expect(range).toEqual({ first_day: '2024-01-01', last_day: '2024-01-11', days: 8, buyers: 4 });
	});

	it.each([
		// 100 days: the last 30 held out.
		['2024-01-01', '2024-04-10', '2024-03-11'],
		// 10 days: 3 held out.
		['2024-01-01', '2024-01-11', '2024-01-08'],
		// 2 days: at least one day on each side.
		['2024-01-01', '2024-01-03', '2024-01-02']
	])('from %s to %s the calibration ends on %s', (first, last, end) => {
		expect(defaultCalibrationEnd(first, last)).toBe(end);
	});

	it('refuses a range too short to split, and moves days across months', () => {
		expect(() => defaultCalibrationEnd('2024-01-01', '2024-01-02')).toThrow(/too short/);
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
	});
});

describe('the CLV lens and its summaries', () => {
	// Eight buyers' scores and one prospect; churn thresholds 0.3 / 0.7.
	const SCORES: [string, number | null, number | null, number | null][] = [
		['a', 1, 0.5, 40], // a one-time buyer: P(alive) = 1
		['b', 0.9, 2, 100],
		['c', 0.7, 1, 80], // exactly the low-risk cut-off: low
		['d', 0.69, 1, 60],
		['e', 0.3, 0.5, 30], // exactly the high-risk cut-off: medium
		['f', 0.29, 0.1, 10],
		['g', 0.05, 0, 5],
		['h', 0.5, 0.4, null] // set aside from Gamma-Gamma: no CLV
	];
	beforeAll(() => {
		const values = SCORES.map(([id, p, e, v]) => `('${id}', ${p}, ${e}, ${v})`).join(', ');
		db.rows(`CREATE TABLE scores AS SELECT customer_id, CAST(p AS DOUBLE) AS p_alive,
			CAST(e AS DOUBLE) AS expected_purchases, CAST(v AS DOUBLE) AS clv
			FROM (VALUES ${values}) AS t(customer_id, p, e, v)`);
		const lens = clvLens('scores', { high: 0.3, low: 0.7 });
		db.rows(`CREATE TABLE lens_clv AS ${lens.sql}`);
		db.rows(`CREATE VIEW customers AS SELECT k.customer_id, l.* EXCLUDE (customer_id)
			FROM (SELECT customer_id FROM scores UNION ALL SELECT 'prospect') k
			LEFT JOIN lens_clv l USING (customer_id)`);
	});

	it('adds churn_risk from P(alive), cut-offs belonging to the safer group', () => {
		const rows = db.rows<{ customer_id: string; churn_risk: string | null }>(
			'SELECT customer_id, churn_risk FROM customers ORDER BY customer_id'
		);
		expect(Object.fromEntries(rows.map((r) => [r.customer_id, r.churn_risk]))).toEqual({
			a: 'low',
			b: 'low',
			c: 'low',
			d: 'medium',
			e: 'medium',
			f: 'high',
			g: 'high',
			h: 'medium',
			prospect: null
		});
	});

	it('summarises the churn groups: counts, one-time buyers, sums', () => {
		const rows = db.rows<ChurnGroupRow>(buildChurnGroupsSql());
		expect(rows.map((r) => [r.churn_risk, r.customers, r.one_time])).toEqual([
			['high', 2, 0],
			['medium', 3, 0],
			['low', 3, 1]
		]);
		const low = rows[2]!;
		expect(low.mean_p_alive).toBeCloseTo((1 + 0.9 + 0.7) / 3, 12);
		expect([low.expected_purchases, low.clv]).toEqual([3.5, 220]);
		// h has no CLV: the medium group's sum is d's and e's.
		expect(rows[1]!.clv).toBe(90);
	});

	it('splits buyers with a CLV into top 20 %, next 30 % and bottom 50 % by cumulative share', () => {
		// Seven CLVs 100, 80, 60, 40, 30, 10, 5: shares at or above them 1/7, 2/7, 3/7, 4/7, …
		// → top (≤ 0.2): 100; middle (≤ 0.5): 80, 60; bottom: 40, 30, 10, 5.
		const rows = db.rows<ClvTierRow>(buildClvTiersSql());
		expect(rows.map((r) => [r.tier, r.customers, r.clv, r.min_clv, r.max_clv])).toEqual([
			['top', 1, 100, 100, 100],
			['middle', 2, 140, 60, 80],
			['bottom', 4, 85, 5, 40]
		]);
		expect(db.rows(buildClvCoverageSql())).toEqual([{ scored: 8, without_clv: 1 }]);
	});

	it('gives typed, empty columns when the model could not be fitted', () => {
		const rows = db.rows(`DESCRIBE (${emptyClvLens().sql})`);
		expect(rows.map((r) => [r['column_name'], r['column_type']])).toEqual([
			['customer_id', 'VARCHAR'],
			['p_alive', 'DOUBLE'],
			['expected_purchases', 'DOUBLE'],
			['clv', 'DOUBLE'],
			['churn_risk', 'VARCHAR']
		]);
		expect(() => clvLens('scores', { high: 0.8, low: 0.7 })).toThrow(/invalid churn/);
	});
});
