// Timings of the numerical models on synthetic customers, in Node: the same functions the
// analysis worker runs in the page (runSweep is the worker's k-sweep job; fitBgNbd the fit
// the CLV cell calls), on V8 as in Chromium, without the worker's message passing.
import { runSweep } from '../src/engine/analysis/analysis-jobs';
import { fitBgNbd } from '../src/models/bgnbd-fit';
import { simulateBgNbd } from '../src/models/bgnbd-simulate';
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
