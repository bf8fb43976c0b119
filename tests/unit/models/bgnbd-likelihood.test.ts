import { describe, expect, it } from 'vitest';
import {
	bgnbdLogLikelihood,
	bgnbdLogLikelihoodPrepared,
	prepareRfm
} from '../../../src/models/bgnbd-likelihood';
import { cdnowSummary, PUBLISHED_BGNBD } from './cdnow-fixture';

const one = (x: number, tx: number, T: number) => ({
	x: Float64Array.of(x),
	tx: Float64Array.of(tx),
	T: Float64Array.of(T)
});

describe('BG/NBD log-likelihood', () => {
	it('is −9,582.4 on CDNOW at the published estimates (Fader, Hardie & Lee 2005)', () => {
		const ll = bgnbdLogLikelihood(PUBLISHED_BGNBD, cdnowSummary());
		expect(Math.abs(ll - -9582.4)).toBeLessThan(0.5);
	});

	it('matches the formula worked by hand for single customers', () => {
		// x = 0: ln L = ln Γ(a+b) - ln Γ(b) + ln Γ(b) - ln Γ(a+b) + r ln α - r ln(α+T) = r ln(α/(α+T)).
		const p = { r: 0.5, alpha: 2, a: 1.5, b: 3 };
		expect(bgnbdLogLikelihood(p, one(0, 0, 10))).toBeCloseTo(0.5 * Math.log(2 / 12), 14);
		// x = 1, r = a = b = α = 1: A1 = ln Γ(2) = 0, A2 = ln(Γ(2)Γ(2)/(Γ(1)Γ(3))) = ln(1/2),
		// e^A3 = (1+T)^-2, e^A4 = (1/1)(1+t_x)^-2; T = 3, t_x = 1: ln(1/2 (1/16 + 1/4)).
		const unit = { r: 1, alpha: 1, a: 1, b: 1 };
		expect(bgnbdLogLikelihood(unit, one(1, 1, 3))).toBeCloseTo(
			Math.log(0.5 * (1 / 16 + 1 / 4)),
			14
		);
	});

	it('adds over customers; a weight counts a row that many times (lifetimes convention)', () => {
		const p = { r: 1, alpha: 1, a: 1, b: 1 };
		const both = {
			x: Float64Array.of(1, 3),
			tx: Float64Array.of(2, 2),
			T: Float64Array.of(5, 6)
		};
		const sum = bgnbdLogLikelihood(p, one(1, 2, 5)) + bgnbdLogLikelihood(p, one(3, 2, 6));
		expect(bgnbdLogLikelihood(p, both)).toBeCloseTo(sum, 12);
		const weighted = { ...both, weight: Float64Array.of(3, 1) };
		expect(bgnbdLogLikelihood(p, weighted)).toBeCloseTo(
			sum + 2 * bgnbdLogLikelihood(p, one(1, 2, 5)),
			12
		);
	});

	it('stays finite for very large x and T', () => {
		const ll = bgnbdLogLikelihood(PUBLISHED_BGNBD, one(20_000, 99_000, 100_000));
		expect(Number.isFinite(ll)).toBe(true);
		expect(ll).toBeLessThan(0);
	});

	it('has an analytic gradient equal to central differences', () => {
		const data = cdnowSummary();
		const prepared = prepareRfm(data);
		const at = { r: 0.3, alpha: 5, a: 0.7, b: 2.1 };
		const gradient = new Float64Array(4);
		bgnbdLogLikelihoodPrepared(prepared, at, gradient);
		const keys = ['r', 'alpha', 'a', 'b'] as const;
		keys.forEach((key, k) => {
			const h = 1e-6 * at[key];
			const up = bgnbdLogLikelihoodPrepared(prepared, { ...at, [key]: at[key] + h });
			const down = bgnbdLogLikelihoodPrepared(prepared, { ...at, [key]: at[key] - h });
			expect(gradient[k]).toBeCloseTo((up - down) / (2 * h), 3);
		});
	});

	it('is NaN outside the parameter space', () => {
		expect(bgnbdLogLikelihood({ ...PUBLISHED_BGNBD, a: -1 }, one(1, 1, 2))).toBeNaN();
	});
});
