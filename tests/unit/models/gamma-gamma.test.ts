import { describe, expect, it } from 'vitest';
import {
	expectedAverageOrderValue,
	expectedAverageOrderValues,
	fitGammaGamma,
	gammaGammaLogLikelihood
} from '../../../src/models/gamma-gamma';
import {
	frequencyValueCorrelation,
	selectRepeatCustomers
} from '../../../src/models/gamma-gamma-input';
import { ModelInputError } from '../../../src/models/rfm-data';
import { logGamma } from '../../../src/models/special-functions';
import { computeModelSummary } from '../../../src/models/rfm-summary';
import { cdnowPurchaseLog } from './cdnow-fixture';

const within = (actual: number, expected: number, tolerance: number) =>
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);

// The monetary value that reproduces the published p, q, γ is the mean of each repeat
// customer's repeat purchase days in the calibration period (same-day purchases summed, the
// first purchase left out): lifetimes' `zbar`. The mean over all purchase days, the first
// included, gives p ≈ 14.3, q ≈ 3.95, γ ≈ 7.29 instead (checked with scipy).
function cdnowRepeatCustomers() {
	const summary = computeModelSummary(cdnowPurchaseLog(), {
		calibrationEnd: '1997-09-30',
		timeUnit: 'weeks'
	});
	return selectRepeatCustomers(summary.x, summary.meanRepeatValue);
}

describe('Gamma-Gamma on CDNOW', () => {
	it('selects the 946 repeat customers and sets aside none', () => {
		const repeat = cdnowRepeatCustomers();
		expect([repeat.x.length, repeat.oneTime, repeat.setAside]).toEqual([946, 1411, 0]);
	});

	it('reproduces p = 6.25, q = 3.74, γ = 15.44 (Fader, Hardie & Lee 2005) within 2 %', () => {
		const repeat = cdnowRepeatCustomers();
		const fit = fitGammaGamma(repeat.x, repeat.m);
		console.log('Gamma-Gamma on CDNOW:', fit.params, 'LL', fit.logLikelihood);
		expect(fit.converged).toBe(true);
		within(fit.params.p, 6.25, 0.02);
		within(fit.params.q, 3.74, 0.02);
		within(fit.params.gamma, 15.44, 0.02);
		// The same maximum found by scipy's Nelder-Mead on the same data: -4055.9177.
		expect(fit.logLikelihood).toBeCloseTo(-4055.9177, 3);
	});

	it('shows a weak frequency-value correlation (0.11 in Fader & Hardie)', () => {
		const repeat = cdnowRepeatCustomers();
		expect(frequencyValueCorrelation(repeat.x, repeat.m)).toBeCloseTo(0.1139, 4);
	});
});

describe('the Gamma-Gamma formulas', () => {
	const P = { p: 6.25, q: 3.74, gamma: 15.44 };
	it('gives E(M | x, m) as the weighted mean of m and the population mean', () => {
		// (γp + p x m) / (p x + q - 1): x = 2, m = 22.35 → (96.5 + 279.375) / 15.24.
		expect(expectedAverageOrderValue(P, 2, 22.35)).toBeCloseTo(375.875 / 15.24, 12);
		// x = 0: the population mean γp / (q - 1) = 96.5 / 2.74.
		expect(expectedAverageOrderValue(P, 0, NaN)).toBeCloseTo(96.5 / 2.74, 12);
		// Repeat customers without a positive mean cannot be scored.
		expect(expectedAverageOrderValue(P, 3, 0)).toBeNaN();
		expect(expectedAverageOrderValue({ ...P, q: 0.9 }, 0, 0)).toBeNaN();
		const values = expectedAverageOrderValues(
			P,
			Float64Array.of(0, 2),
			Float64Array.of(NaN, 22.35)
		);
		expect(Array.from(values)).toEqual([
			expectedAverageOrderValue(P, 0, NaN),
			expectedAverageOrderValue(P, 2, 22.35)
		]);
	});

	it('has the density of note 025 eq. 1a, worked by hand for one customer', () => {
		// p = q = γ = 1, x = 1, m = 1: Γ(2)/(Γ(1)Γ(1)) · 1 · 1 · 1 / 2² = 1/4.
		const one = Float64Array.of(1);
		expect(gammaGammaLogLikelihood({ p: 1, q: 1, gamma: 1 }, one, one)).toBeCloseTo(
			Math.log(0.25),
			14
		);
	});

	it('sums the same log-likelihood and gradient as eq. 1a customer by customer', () => {
		// Frequencies repeat (the likelihood groups them); values spread over two decades.
		const x = Float64Array.of(1, 1, 2, 3, 3, 3, 7, 12, 2, 1);
		const m = Float64Array.of(5, 40, 12.5, 80, 3.2, 19, 27, 11, 150, 0.9);
		const P = { p: 2.1, q: 3.7, gamma: 14.2 };
		const byHand = (params: typeof P) => {
			let total = 0;
			for (let i = 0; i < x.length; i++) {
				const [xi, mi] = [x[i]!, m[i]!];
				const px = params.p * xi;
				total +=
					logGamma(px + params.q) -
					logGamma(px) -
					logGamma(params.q) +
					params.q * Math.log(params.gamma) +
					(px - 1) * Math.log(mi) +
					px * Math.log(xi) -
					(px + params.q) * Math.log(params.gamma + mi * xi);
			}
			return total;
		};
		const gradient = new Float64Array(3);
		expect(gammaGammaLogLikelihood(P, x, m, gradient)).toBeCloseTo(byHand(P), 10);
		const h = 1e-6;
		const keys = ['p', 'q', 'gamma'] as const;
		keys.forEach((key, k) => {
			const numeric =
				(byHand({ ...P, [key]: P[key] + h }) - byHand({ ...P, [key]: P[key] - h })) / (2 * h);
			expect(gradient[k]).toBeCloseTo(numeric, 5);
		});
	});

	it('refuses customers the model cannot take', () => {
		const x = Float64Array.from({ length: 20 }, () => 2);
		const m = Float64Array.from({ length: 20 }, () => 10);
		expect(() =>
			fitGammaGamma(
				x,
				m.map((v, i) => (i ? v : 0))
			)
		).toThrow(ModelInputError);
		expect(() =>
			fitGammaGamma(
				x.map((v, i) => (i ? v : 0)),
				m
			)
		).toThrow(/x ≥ 1 and m > 0/);
		expect(() => fitGammaGamma(x.slice(0, 5), m.slice(0, 5))).toThrow(/at least 10/);
	});

	it('sets aside repeat customers with zero or negative mean spend, and counts them', () => {
		const picked = selectRepeatCustomers(
			Float64Array.of(0, 1, 2, 3, 4),
			Float64Array.of(NaN, 5, 0, -2, NaN)
		);
		expect(Array.from(picked.index)).toEqual([1]);
		expect([picked.oneTime, picked.setAside]).toEqual([1, 3]);
	});

	it('reports no correlation without variation', () => {
		expect(frequencyValueCorrelation(Float64Array.of(1, 1, 1), Float64Array.of(1, 2, 3))).toBeNaN();
		expect(
			frequencyValueCorrelation(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 6))
		).toBeCloseTo(1, 14);
	});
});
