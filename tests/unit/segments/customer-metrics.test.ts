import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOfDateSql, buildDefaultAsOfSql } from '../../../src/segments/as-of';
import { buildCustomerMetricsSql } from '../../../src/segments/customer-metrics';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
});
afterAll(() => db.close());

/** The metrics as compact rows: [id, first, last, recency, frequency, monetary, aov, cohort]. */
function metrics(asOf: string, cohortPeriod?: 'month' | 'week') {
	const rows = db.rows<Record<string, number | string>>(`SELECT customer_id,
		CAST(first_order_date AS VARCHAR) AS first, CAST(last_order_date AS VARCHAR) AS last,
		recency_days, frequency, monetary, avg_order_value, cohort
		FROM (${buildCustomerMetricsSql({ asOf, cohortPeriod })}) ORDER BY customer_id`);
	return rounded(rows, 6).map((r) => Object.values(r));
}

describe('default as-of date', () => {
	it('is the day after the last order date', () => {
		// The last lines are c02's on 2024-06-30 (an order and a return).
		expect(
			db.rows(`SELECT CAST(as_of_date AS VARCHAR) AS d FROM (${buildDefaultAsOfSql()})`)
		).toEqual([{ d: '2024-07-01' }]);
	});

	it('is NULL without transactions', async () => {
		const empty = await openSegmentsDb({});
		expect(empty.rows(buildDefaultAsOfSql())).toEqual([{ as_of_date: null }]);
		empty.close();
	});

	it('rejects anything but a real ISO day', () => {
		for (const bad of ['2024-02-30', '2024-7-01', "2024-07-01'; DROP TABLE x; --", '']) {
			expect(() => asOfDateSql(bad)).toThrow(`invalid asOf: ${bad}`);
		}
		expect(asOfDateSql('2024-02-29')).toBe("DATE '2024-02-29'");
	});
});

describe('buildCustomerMetricsSql', () => {
	it('gives recency, frequency and monetary per buyer on the default as-of date', () => {
		// Recency = days from the last order date to 2024-07-01 (June has 30 days, May 31).
		// c02: the 20.00 return of 2024-06-30 adds nothing; c03: return-only order R301 is no
		// order; c01 O101 and c07 O701 are two lines each, one order.
		expect(metrics('2024-07-01')).toEqual([
			['c01', '2024-01-05', '2024-06-25', 6, 6, 300, 50, '2024-01'],
			['c02', '2024-01-10', '2024-06-30', 1, 4, 200, 50, '2024-01'],
			['c03', '2024-02-01', '2024-05-15', 47, 3, 150, 50, '2024-02'], // 16 + 31
			['c04', '2024-02-14', '2024-06-10', 21, 3, 100, 33.333333, '2024-02'],
			['c05', '2024-03-01', '2024-06-10', 21, 2, 50, 25, '2024-03'],
			['c06', '2024-01-20', '2024-05-25', 37, 2, 45, 22.5, '2024-01'], // 7 + 30
			['c07', '2024-06-20', '2024-06-20', 11, 1, 45, 45, '2024-06'],
			['c08', '2024-03-10', '2024-03-10', 113, 1, 40, 40, '2024-03'], // 22 + 30 + 31 + 30
			['c09', '2024-01-15', '2024-01-15', 168, 1, 35, 35, '2024-01'], // 17 + 29 + 31 + 30 + 31 + 30
			['c10', '2024-05-02', '2024-05-02', 60, 1, 35, 35, '2024-05'] // 30 + 30
		]);
	});

	it('ignores orders on or after an earlier as-of date', () => {
		// On 2024-06-01 no June order exists yet: c07 is not a buyer, c01 has O101-O105.
		expect(metrics('2024-06-01')).toEqual([
			['c01', '2024-01-05', '2024-05-20', 12, 5, 250, 50, '2024-01'],
			['c02', '2024-01-10', '2024-05-10', 22, 3, 150, 50, '2024-01'],
			['c03', '2024-02-01', '2024-05-15', 17, 3, 150, 50, '2024-02'],
			['c04', '2024-02-14', '2024-04-01', 61, 2, 70, 35, '2024-02'], // 29 + 31 + 1
			['c05', '2024-03-01', '2024-03-01', 92, 1, 25, 25, '2024-03'], // 31 + 30 + 31
			['c06', '2024-01-20', '2024-05-25', 7, 2, 45, 22.5, '2024-01'],
			['c08', '2024-03-10', '2024-03-10', 83, 1, 40, 40, '2024-03'], // 22 + 30 + 31
			['c09', '2024-01-15', '2024-01-15', 138, 1, 35, 35, '2024-01'],
			['c10', '2024-05-02', '2024-05-02', 30, 1, 35, 35, '2024-05']
		]);
		// An order dated on the as-of date itself is not yet counted (c04 O403, c05 O502).
		const c04c05 = metrics('2024-06-10').filter((r) => r[0] === 'c04' || r[0] === 'c05');
		expect(c04c05).toEqual([
			['c04', '2024-02-14', '2024-04-01', 70, 2, 70, 35, '2024-02'], // 29 + 31 + 10
			['c05', '2024-03-01', '2024-03-01', 101, 1, 25, 25, '2024-03'] // 31 + 30 + 31 + 9
		]);
	});

	it('labels cohorts by ISO week on request', () => {
		// 2024-01-05 is a Friday of ISO week 1; 2024-06-20 a Thursday of week 25.
		const cohorts = metrics('2024-07-01', 'week').map((r) => [r[0], r[7]]);
		expect(cohorts.slice(0, 2)).toEqual([
			['c01', '2024-W01'],
			['c02', '2024-W02']
		]);
		expect(cohorts[6]).toEqual(['c07', '2024-W25']);
	});
});
