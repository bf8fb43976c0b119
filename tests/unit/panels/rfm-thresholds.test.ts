import { describe, expect, it } from 'vitest';
import {
	cutsProblem,
	FALLBACK_THRESHOLDS,
	suggestRfmThresholds
} from '../../../src/panels/rfm/threshold-cuts';

describe('suggestRfmThresholds', () => {
	it('starts from the quintiles of the buyers’ values, rounded', () => {
		// Ten buyers: days 1…10; orders 1,1,1,1,1,1,2,3,4,9; spend 10, 20, …, 100 plus 0.4.
		const suggestion = suggestRfmThresholds({
			recency: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
			frequency: [1, 1, 1, 1, 1, 1, 2, 3, 4, 9],
			monetary: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((x) => x + 0.4)
		});
		// Nearest rank: the 2nd, 4th, 6th and 8th smallest values.
		expect(suggestion.recency).toEqual([2, 4, 6, 8]);
		// 1, 1, 1, 3 → one more order: 2, 2, 2, 4 → strictly increasing: 2, 3, 4, 5.
		expect(suggestion.frequency).toEqual([2, 3, 4, 5]);
		// 20.4, 40.4, 60.4, 80.4 → two significant digits.
		expect(suggestion.monetary).toEqual([20, 40, 60, 80]);
	});

	it('pushes equal money cuts up by their second significant digit', () => {
		const suggestion = suggestRfmThresholds({
			recency: [1],
			frequency: [1],
			monetary: [1234, 1236, 1241, 1249, 1252]
		});
		expect(suggestion.monetary).toEqual([1200, 1300, 1400, 1500]);
		expect(suggestion.recency).toEqual([1, 2, 3, 4]);
	});

	it('falls back to fixed cuts without buyers', () => {
		expect(suggestRfmThresholds({ recency: [], frequency: [], monetary: [] })).toEqual(
			FALLBACK_THRESHOLDS
		);
	});
});

describe('cutsProblem', () => {
	const cases: { cuts: number[]; expected: string | null }[] = [
		{ cuts: [1, 2, 3, 4], expected: null },
		{ cuts: [0, 0.5, 10, 1e6], expected: null },
		{ cuts: [1, 2, 3], expected: 'Enter four numbers.' },
		{ cuts: [1, Number.NaN, 3, 4], expected: 'Enter four numbers.' },
		{ cuts: [1, 2, 2, 4], expected: 'Each cut point must be larger than the one before it.' },
		{ cuts: [4, 3, 2, 1], expected: 'Each cut point must be larger than the one before it.' },
		{ cuts: [-1, 2, 3, 4], expected: 'Cut points cannot be negative.' }
	];
	for (const { cuts, expected } of cases) {
		it(`${cuts.join(', ')}: ${expected ?? 'usable'}`, () =>
			expect(cutsProblem(cuts)).toBe(expected));
	}
});
