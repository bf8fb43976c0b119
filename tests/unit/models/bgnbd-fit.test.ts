import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/models/bgnbd';
import { simulateBgNbd } from '../../../src/models/bgnbd-simulate';
import { ModelInputError } from '../../../src/models/rfm-data';
import { cdnowSummary } from './cdnow-fixture';

const within = (actual: number, expected: number, tolerance: number) =>
	expect(Math.abs(actual - expected) / expected).toBeLessThan(tolerance);

describe('fitBgNbd', () => {
	it('reproduces the CDNOW estimates of Fader, Hardie & Lee (2005) within 1 %', () => {
		const fit = fitBgNbd(cdnowSummary());
		console.log('BG/NBD on CDNOW:', fit.params, 'LL', fit.logLikelihood, fit.message);
		expect(fit.converged).toBe(true);
		within(fit.params.r, 0.243, 0.01);
		within(fit.params.alpha, 4.414, 0.01);
		within(fit.params.a, 0.793, 0.01);
		within(fit.params.b, 2.426, 0.01);
		expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.5);
		expect([fit.customers, fit.repeatCustomers]).toEqual([2357, 946]);
	});

	it('gives the same r, a, b and a rescaled α when time is in days', () => {
		const weeks = cdnowSummary();
		const days = { x: weeks.x, tx: weeks.tx.map((v) => v * 7), T: weeks.T.map((v) => v * 7) };
		const [w, d] = [fitBgNbd(weeks).params, fitBgNbd(days).params];
		within(d.r, w.r, 1e-5);
		within(d.alpha, w.alpha * 7, 1e-5);
		within(d.a, w.a, 1e-5);
		within(d.b, w.b, 1e-5);
	});

	it('shrinks every parameter under an L2 penalty (lifetimes penalizer_coef)', () => {
		const data = cdnowSummary();
		const free = fitBgNbd(data).params;
		const penalised = fitBgNbd(data, { penalty: 0.1 }).params;
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			expect(penalised[key]).toBeLessThan(free[key]);
		}
	});

	it('refuses data that cannot support the model', () => {
		const zeros = new Float64Array(50);
		const T = new Float64Array(50).fill(10);
		expect(() => fitBgNbd({ x: zeros, tx: zeros, T })).toThrow(ModelInputError);
		expect(() => fitBgNbd({ x: zeros, tx: zeros, T })).toThrow(/repeat purchase/);
		const x = new Float64Array(50).fill(1);
		expect(() => fitBgNbd({ x, tx: zeros, T: zeros })).toThrow(/same date/);
		expect(() => fitBgNbd({ x, tx: T.map(() => 11), T })).toThrow(/0 ≤ t_x ≤ T/);
		expect(() => fitBgNbd({ x: x.map(() => 1.5), tx: zeros, T })).toThrow(/whole number/);
	});

	it('fits 250,000 simulated customers and recovers their parameters', () => {
		const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
		const n = 250_000;
		// Ages spread over a year of acquisition, in weeks, all distinct: nothing to compress.
		const T = Float64Array.from({ length: n }, (_, i) => 1 + (51 * i) / n);
		const data = simulateBgNbd(truth, T, 7);
		const start = performance.now();
		const fit = fitBgNbd(data);
		const ms = performance.now() - start;
		console.log(
			`BG/NBD fit of ${n.toLocaleString('en')} customers: ${ms.toFixed(0)} ms, ` +
				`${fit.iterations} iterations, ${fit.evaluations} evaluations`,
			fit.params
		);
		expect(fit.converged).toBe(true);
		within(fit.params.r, truth.r, 0.05);
		within(fit.params.alpha, truth.alpha, 0.05);
		within(fit.params.a, truth.a, 0.1);
		within(fit.params.b, truth.b, 0.1);
	});
});
