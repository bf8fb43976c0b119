import { describe, expect, it } from 'vitest';
import {
	conditionalExpectedPurchasesAll,
	expectedRepeatPurchases,
	fitBgNbd
} from '../../../src/models/bgnbd';
import {
	cumulativeExpectedRepeatPurchases,
	holdoutByFrequency
} from '../../../src/models/bgnbd-tracking';
import { computeModelSummary } from '../../../src/models/rfm-summary';
import { cdnowPurchaseLog, PUBLISHED_BGNBD as P } from './cdnow-fixture';

describe('cumulativeExpectedRepeatPurchases', () => {
	it('adds E[X(t - s)] over customers from their first purchase on', () => {
		const first = Float64Array.of(0, 0, 2);
		const totals = cumulativeExpectedRepeatPurchases(P, first, Float64Array.of(0, 2, 5));
		expect(totals[0]).toBe(0);
		expect(totals[1]).toBeCloseTo(2 * expectedRepeatPurchases(P, 2), 14);
		expect(totals[2]).toBeCloseTo(
			2 * expectedRepeatPurchases(P, 5) + expectedRepeatPurchases(P, 3),
			14
		);
	});
});

describe('holdoutByFrequency on CDNOW (Fader, Hardie & Lee 2005, figure 4)', () => {
	it('groups calibration frequencies 0 … 7+ with mean actual and expected purchases', () => {
		const summary = computeModelSummary(cdnowPurchaseLog(), {
			calibrationEnd: '1997-09-30',
			timeUnit: 'weeks',
			asOf: '1998-06-30'
		});
		const fit = fitBgNbd(summary);
		const expected = conditionalExpectedPurchasesAll(fit.params, summary, summary.holdoutLength!);
		const groups = holdoutByFrequency(summary.x, summary.holdoutX!, expected);
		console.table(groups);
		expect(groups.map((g) => g.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
		expect(groups.reduce((s, g) => s + g.customers, 0)).toBe(2357);
		expect(groups[0]!.customers).toBe(1411);
		// Customers without a repeat purchase made 0.237 holdout purchases on average; the model
		// expects 0.225.
		expect(groups[0]!.actual).toBeCloseTo(334 / 1411, 12);
		expect(groups[0]!.expected).toBeCloseTo(0.225, 3);
		// Expectations rise with calibration frequency, as the actual means do.
		for (let f = 1; f < groups.length; f++) {
			expect(groups[f]!.expected).toBeGreaterThan(groups[f - 1]!.expected);
		}
	});
});
