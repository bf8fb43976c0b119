import { describe, expect, it } from 'vitest';
import type { RfmGridCell } from '../../../src/notebook/kinds/rfm';
import {
	rfmMeasuresText,
	rfmScoringText,
	skippedScoresText
} from '../../../src/panels/rfm/scoring-text';

// Every square holds 10 customers, except the F 2 column, which is empty.
const grid: RfmGridCell[] = [1, 2, 3, 4, 5].flatMap((r) =>
	[1, 2, 3, 4, 5].map((f) => ({
		r_score: r,
		f_score: f,
		customers: f === 2 ? 0 : 10,
		customer_share: f === 2 ? 0 : 0.05,
		avg_monetary: f === 2 ? null : 50
	}))
);

describe('RFM scoring text', () => {
	it('names the as-of date in the measures', () => {
		expect(rfmMeasuresText('2011-12-10')).toContain('to the as-of date (2011-12-10)');
	});

	it('explains quintiles and the tie rule', () => {
		const text = rfmScoringText({ method: 'quintiles' }, 'USD');
		expect(text).toContain('1 + ⌊5 × the share of buyers with a strictly worse value⌋');
		expect(text).toContain('nobody gets F = 2');
	});

	it('spells out the user’s thresholds in the notebook’s currency', () => {
		const text = rfmScoringText(
			{
				method: 'thresholds',
				recency: [30, 90, 180, 365],
				frequency: [2, 3, 5, 10],
				monetary: [100, 250, 500, 1000]
			},
			'EUR'
		);
		expect(text).toContain('5 if the last order is at most 30 days old, 4 up to 90, 3 up to 180');
		expect(text).toContain('Frequency: 2 from 2 orders, 3 from 3 orders, 4 from 5 orders');
		expect(text).toContain('5 from €1,000, else 1.');
	});

	it('names the scores nobody has, and why', () => {
		expect(skippedScoresText(grid, { method: 'quintiles' })).toBe(
			'No buyer has F = 2 here (of 200 buyers): many buyers share the same value (e.g. exactly ' +
				'one order) and ties are never split, so that whole group keeps the lower score.'
		);
		const full = grid.map((c) => ({ ...c, customers: 1 }));
		expect(skippedScoresText(full, { method: 'quintiles' })).toBeNull();
		expect(
			skippedScoresText(
				grid.map((c) => ({ ...c, customers: 0 })),
				{ method: 'quintiles' }
			)
		).toBeNull();
	});
});
