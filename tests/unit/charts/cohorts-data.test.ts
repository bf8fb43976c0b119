import { describe, expect, it } from 'vitest';
import {
	averageRetention,
	cohortCells,
	cohortSummaries,
	periodStartMs,
	type CohortRowInput
} from '../../../src/charts/cohorts-data';

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** [cohort, start, size, offset, active, revenue] → a row as the cohort cell returns it. */
function row(
	cohort: string,
	start: string,
	size: number,
	offset: number,
	active: number,
	revenue = 0
): CohortRowInput {
	return {
		cohort,
		cohort_start: ms(start),
		cohort_size: size,
		period_offset: offset,
		active_customers: active,
		retention: active / size,
		revenue
	};
}

// Two January customers, four February ones; as of 2024-03-15 March is still running.
const rows = [
	row('2024-01', '2024-01-01', 2, 0, 2, 50),
	row('2024-01', '2024-01-01', 2, 1, 1, 20),
	row('2024-01', '2024-01-01', 2, 2, 1, 10),
	row('2024-02', '2024-02-01', 4, 0, 4, 80),
	row('2024-02', '2024-02-01', 4, 1, 1, 5)
];

describe('periodStartMs', () => {
	const cases = [
		{ start: '2024-01-01', offset: 1, period: 'month', expected: '2024-02-01' },
		{ start: '2024-11-01', offset: 3, period: 'month', expected: '2025-02-01' },
		{ start: '2024-01-01', offset: 0, period: 'month', expected: '2024-01-01' },
		{ start: '2024-01-01', offset: 2, period: 'week', expected: '2024-01-15' },
		{ start: '2024-12-30', offset: 1, period: 'week', expected: '2025-01-06' }
	] as const;
	for (const { start, offset, period, expected } of cases) {
		it(`${start} + ${offset} ${period}`, () => {
			expect(new Date(periodStartMs(ms(start), offset, period)).toISOString().slice(0, 10)).toBe(
				expected
			);
		});
	}
});

describe('cohortCells', () => {
	it('marks the periods that had not ended by the as-of date', () => {
		const cells = cohortCells(rows, '2024-03-15', 'month');
		expect(cells.map((c) => `${c.cohort}+${c.offset}${c.partial ? ' partial' : ''}`)).toEqual([
			'2024-01+0',
			'2024-01+1',
			'2024-01+2 partial',
			'2024-02+0',
			'2024-02+1 partial'
		]);
	});

	it('a period ending the day before the as-of date is complete', () => {
		const cells = cohortCells(rows, '2024-04-01', 'month');
		expect(cells.some((c) => c.partial)).toBe(false);
	});
});

describe('cohortSummaries', () => {
	it('lists each cohort once, oldest first', () => {
		const cells = cohortCells([...rows].reverse(), '2024-03-15', 'month');
		expect(cohortSummaries(cells).map((c) => [c.cohort, c.size])).toEqual([
			['2024-01', 2],
			['2024-02', 4]
		]);
	});
});

describe('averageRetention', () => {
	it('weights by cohort size and leaves out periods still running', () => {
		const points = averageRetention(cohortCells(rows, '2024-03-15', 'month'));
		// Offset 1: January's (1 of 2) is complete, February's (March) is still running.
		expect(points).toEqual([
			{ offset: 0, retention: 1, active: 6, customers: 6, cohorts: 2 },
			{ offset: 1, retention: 0.5, active: 1, customers: 2, cohorts: 1 }
		]);
	});

	it('pools the cohorts rather than averaging their shares', () => {
		// As of April every period is over: offset 1 = (1 + 1) ÷ (2 + 4), not (50 % + 25 %) ÷ 2.
		const points = averageRetention(cohortCells(rows, '2024-04-01', 'month'));
		expect(points[1]).toEqual({ offset: 1, retention: 2 / 6, active: 2, customers: 6, cohorts: 2 });
		expect(points[2]).toEqual({ offset: 2, retention: 0.5, active: 1, customers: 2, cohorts: 1 });
	});

	it('is empty without cells', () => {
		expect(averageRetention([])).toEqual([]);
	});
});
