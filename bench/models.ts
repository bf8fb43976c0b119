// Timings of the numerical models on synthetic customers, in Node: the same functions the
// analysis worker runs in the page (runSweep is the worker's k-sweep job; fitBgNbd the fit
// the CLV cell calls), on V8 as in Chromium, without the worker's message passing.
import { runSweep } from '../src/engine/analysis/analysis-jobs';
import { runClvJob } from '../src/engine/analysis/clv-job';
import { fitBgNbd } from '../src/models/bgnbd-fit';
import { sampleGamma, simulateBgNbd } from '../src/models/bgnbd-simulate';
import { createRandom } from '../src/models/seeded-random';
import { syntheticCustomers } from '../tests/unit/models/kmeans-large-synthetic';

/** Milliseconds of the k-sweep (k = 2…10) on `customers` synthetic RFM customers. */
export function timeKSweep(customers: number): number {
	// Recency, frequency, monetary: the clusters cell's default features.
	const numeric = syntheticCustomers(customers).slice(0, 3);
	const started = performance.now();
	runSweep(
		{
			numeric,
			categorical: [],
			revenue: null,
			missing: 'impute-median',
			transforms: {},
			seed: 1,
			restarts: 10
		},
		{ kMin: 2, kMax: 10 }
	);
	return performance.now() - started;
}

/** Milliseconds of a BG/NBD fit on `customers` simulated with CDNOW-like parameters. */
export function timeBgNbdFit(customers: number): number {
	// Ages spread over a 78-week window, as CDNOW's cohort; parameters near its estimates.
	const T = Float64Array.from({ length: customers }, (_, i) => 27 + (51 * i) / customers);
	const data = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, T, 7);
	const started = performance.now();
	fitBgNbd(data);
	return performance.now() - started;
}

/**
 * Milliseconds of the lifetime-value cell's whole job (BG/NBD, Gamma-Gamma, P(alive), expected
 * purchases and 12-month CLV per customer) on `customers` simulated with CDNOW-like parameters,
 * ages in whole days as the app computes them (weeks = days ÷ 7).
 */
export function timeClvJob(customers: number): number {
	const T = Float64Array.from(
		{ length: customers },
		(_, i) => Math.round(189 + (357 * i) / customers) / 7
	);
	const data = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, T, 7);
	// Mean repeat order values from Gamma-Gamma at CDNOW's estimates (p 6.25, q 3.74, γ 15.44).
	const random = createRandom(11);
	const meanValue = data.x.map((x) => {
		if (x === 0) return NaN;
		const nu = sampleGamma(random, 3.74, 15.44);
		return sampleGamma(random, 6.25 * x, nu * x);
	});
	const started = performance.now();
	runClvJob({
		...data,
		meanValue,
		timeUnit: 'weeks',
		holdout: null,
		curve: null,
		score: { horizon: 90 / 7, clvMonths: 12, monthlyDiscountRate: 0.01 }
	});
	return performance.now() - started;
}
