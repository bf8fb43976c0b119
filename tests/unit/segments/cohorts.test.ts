import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCohortsSql, type CohortOptions } from '../../../src/segments/cohorts';
import { buildCoreLensSql, LENS_CORE_TABLE } from '../../../src/segments/customers-view';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
});
afterAll(() => db.close());

/** [cohort, size, offset, active, retention, revenue] rows. */
function triangle(opts: Partial<CohortOptions> = {}) {
	const sql = buildCohortsSql({ asOf: '2024-07-01', ...opts });
	return rounded(db.rows<Record<string, number | string>>(sql), 6).map((r) => [
		r.cohort,
		r.cohort_size,
		r.period_offset,
		r.active_customers,
		r.retention,
		r.revenue
	]);
}

describe('buildCohortsSql', () => {
	it('gives the monthly retention triangle up to the as-of date', () => {
		// Cohorts by first order: Jan c01 c02 c06 c09; Feb c03 c04; Mar c05 c08; May c10; Jun c07.
		// Months with an order (returns excluded), and spend in them:
		//   c01 Jan-Jun 50 each; c02 Jan Mar May Jun 50 each; c06 Jan 20, May 25; c09 Jan 35;
		//   c03 Feb 100, May 50; c04 Feb 40, Apr 30, Jun 30; c05 Mar 25, Jun 25; c08 Mar 40;
		//   c10 May 35; c07 Jun 45.
		// Offsets run until the period starting on or after 2024-07-01.
		expect(triangle()).toEqual([
			['2024-01', 4, 0, 4, 1, 155],
			['2024-01', 4, 1, 1, 0.25, 50],
			['2024-01', 4, 2, 2, 0.5, 100],
			['2024-01', 4, 3, 1, 0.25, 50],
			['2024-01', 4, 4, 3, 0.75, 125],
			['2024-01', 4, 5, 2, 0.5, 100],
			['2024-02', 2, 0, 2, 1, 140],
			['2024-02', 2, 1, 0, 0, 0],
			['2024-02', 2, 2, 1, 0.5, 30],
			['2024-02', 2, 3, 1, 0.5, 50],
			['2024-02', 2, 4, 1, 0.5, 30],
			['2024-03', 2, 0, 2, 1, 65],
			['2024-03', 2, 1, 0, 0, 0],
			['2024-03', 2, 2, 0, 0, 0],
			['2024-03', 2, 3, 1, 0.5, 25],
			['2024-05', 1, 0, 1, 1, 35],
			['2024-05', 1, 1, 0, 0, 0],
			['2024-06', 1, 0, 1, 1, 45]
		]);
	});

	it('stops at maxOffset', () => {
		const rows = triangle({ maxOffset: 1 });
		expect(rows.map((r) => `${r[0]}+${r[2]}`).join(' ')).toBe(
			'2024-01+0 2024-01+1 2024-02+0 2024-02+1 2024-03+0 2024-03+1 2024-05+0 2024-05+1 2024-06+0'
		);
	});

	it('forgets orders from the as-of date on', () => {
		// On 2024-03-01: Jan c01 c02 c06 c09, Feb c03 c04; c05's first order is on 03-01 itself.
		expect(triangle({ asOf: '2024-03-01' })).toEqual([
			['2024-01', 4, 0, 4, 1, 155],
			['2024-01', 4, 1, 1, 0.25, 50],
			['2024-02', 2, 0, 2, 1, 140]
		]);
	});

	it('groups by ISO week on request', () => {
		// Week of Monday 2024-01-01: c01 (01-05) alone. c01 ordered again on Saturday 02-10, in
		// the week of 02-05, 5 weeks later.
		const rows = triangle({ period: 'week', maxOffset: 6 });
		expect(rows.filter((r) => r[0] === '2024-W01')).toEqual([
			['2024-W01', 1, 0, 1, 1, 50],
			['2024-W01', 1, 1, 0, 0, 0],
			['2024-W01', 1, 2, 0, 0, 0],
			['2024-W01', 1, 3, 0, 0, 0],
			['2024-W01', 1, 4, 0, 0, 0],
			['2024-W01', 1, 5, 1, 1, 50],
			['2024-W01', 1, 6, 0, 0, 0]
		]);
		// First orders: c02 01-10 (W02), c09 01-15 and c06 01-20 (W03), c03 02-01 (W05),
		// c04 02-14 (W07), c05 03-01 (W09), c08 Sunday 03-10 (W10), c10 05-02 (W18), c07 06-20 (W25).
		const sizes = new Map(rows.map((r) => [r[0], r[1]]));
		expect([...sizes]).toEqual([
			['2024-W01', 1],
			['2024-W02', 1],
			['2024-W03', 2],
			['2024-W05', 1],
			['2024-W07', 1],
			['2024-W09', 1],
			['2024-W10', 1],
			['2024-W18', 1],
			['2024-W25', 1]
		]);
	});
});

describe('buildCohortsSql over lens_core', () => {
	it('gives the same triangles from the buyers’ first order dates in lens_core', () => {
		for (const asOf of ['2024-07-01', '2024-03-01']) {
			db.run([buildCoreLensSql({ asOf })]);
			for (const period of ['month', 'week'] as const) {
				const fromLines = triangle({ asOf, period });
				expect(fromLines.length).toBeGreaterThan(0);
				expect(triangle({ asOf, period, metricsTable: LENS_CORE_TABLE })).toEqual(fromLines);
			}
		}
	});
});
