import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, probabilityAliveAll } from '../../../src/models/bgnbd';
import {
	CHURN_THRESHOLDS,
	churnRisk,
	churnRiskGroups,
	CLV_DEFAULTS,
	customerLifetimeValue
} from '../../../src/models/clv';
import { cdnowSummary, PUBLISHED_BGNBD as P } from './cdnow-fixture';

const rfm = (rows: [number, number, number][]) => ({
	x: Float64Array.from(rows, (r) => r[0]),
	tx: Float64Array.from(rows, (r) => r[1]),
	T: Float64Array.from(rows, (r) => r[2])
});

describe('customerLifetimeValue', () => {
	it("follows lifetimes' definition (references from mpmath at the CDNOW estimates)", () => {
		// Σ_{i=1..H} v (E[Y(i f)] - E[Y((i-1) f)]) / (1 + d)^i, f = 4.345 weeks, evaluated exactly.
		const data = rfm([
			[2, 30.43, 38.86],
			[0, 0, 38.86],
			[2, 30.43, 38.86]
		]);
		const value = Float64Array.of(24.66, 35.22, 24.66);
		const clv = customerLifetimeValue(P, data, value, { timeUnit: 'weeks' });
		expect(clv[0]).toBeCloseTo(36.28090202490505, 10);
		expect(clv[1]).toBeCloseTo(8.355975750234755, 10);
		expect(clv[2]).toBe(clv[0]);
		const longer = customerLifetimeValue(P, rfm([[7, 29.43, 38.86]]), Float64Array.of(70), {
			timeUnit: 'weeks',
			horizonMonths: 24,
			monthlyDiscountRate: 0.02
		});
		expect(longer[0]).toBeCloseTo(398.70177381858826, 9);
		// Days: 30 per month (the same customer, pretending the weeks were days).
		const days = customerLifetimeValue(P, rfm([[2, 30.43, 38.86]]), Float64Array.of(24.66), {
			timeUnit: 'days'
		});
		expect(days[0]).toBeCloseTo(140.10546646954882, 9);
	});

	it('without discounting is the order value times the purchases expected over the horizon', () => {
		const data = cdnowSummary();
		const value = new Float64Array(data.x.length).fill(10);
		const clv = customerLifetimeValue(P, data, value, {
			timeUnit: 'weeks',
			monthlyDiscountRate: 0
		});
		for (const i of [0, 1, 5, 156]) {
			const purchases = conditionalExpectedPurchases(
				P,
				data.x[i]!,
				data.tx[i]!,
				data.T[i]!,
				12 * 4.345
			);
			expect(clv[i]).toBeCloseTo(10 * purchases, 10);
		}
	});

	it('keeps NaN order values as NaN and uses the documented defaults', () => {
		const clv = customerLifetimeValue(P, rfm([[1, 2, 3]]), Float64Array.of(NaN), {
			timeUnit: 'days'
		});
		expect(clv[0]).toBeNaN();
		expect(CLV_DEFAULTS).toEqual({ horizonMonths: 12, monthlyDiscountRate: 0.01 });
		expect(() =>
			customerLifetimeValue(P, rfm([[1, 2, 3]]), Float64Array.of(1), {
				timeUnit: 'days',
				horizonMonths: 1.5
			})
		).toThrow(/horizonMonths/);
	});
});

describe('churn risk', () => {
	it('groups P(alive): high below 0.3, medium to 0.7, low from 0.7', () => {
		expect(CHURN_THRESHOLDS).toEqual({ high: 0.3, low: 0.7 });
		expect([0, 0.2999, 0.3, 0.6999, 0.7, 1].map((p) => churnRisk(p))).toEqual([
			'high',
			'high',
			'medium',
			'medium',
			'low',
			'low'
		]);
		expect(churnRisk(NaN)).toBeNull();
		expect(churnRisk(0.5, { high: 0.6, low: 0.9 })).toBe('high');
	});

	it('labels every CDNOW customer', () => {
		const groups = churnRiskGroups(probabilityAliveAll(P, cdnowSummary()));
		const counts = { high: 0, medium: 0, low: 0 };
		for (const g of groups) counts[g!]++;
		console.log('CDNOW churn risk at the published estimates:', counts);
		expect(counts.high + counts.medium + counts.low).toBe(2357);
		// The 1,411 customers without a repeat purchase are alive by assumption.
		expect(counts.low).toBeGreaterThanOrEqual(1411);
	});
});
