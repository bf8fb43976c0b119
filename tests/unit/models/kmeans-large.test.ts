import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../src/models/kmeans';
import { kSweep } from '../../../src/models/k-sweep';
import { prepareFeatures } from '../../../src/models/prepare-features';
import { syntheticCustomers } from './kmeans-large-synthetic';

// The size the product promises: 500,000 customers × 5 skewed RFM-style features with no planted
// clusters (the slow case: Lloyd needs many iterations on a continuum), default options.
// Times are printed, not asserted (machines differ); about 10 s together on 2 cores.
describe('500,000 customers × 5 features', () => {
	let started = performance.now();
	const prepared = prepareFeatures(syntheticCustomers(500_000));
	console.log(`prepare 500,000 × 5: ${((performance.now() - started) / 1000).toFixed(1)} s`);

	it('prepares the features with log1p then z for the skewed ones', () => {
		expect(prepared.scaling.transforms).toEqual([
			'log1p-z',
			'log1p-z',
			'log1p-z',
			'log1p-z',
			'log1p-z'
		]);
	});

	it('runs k-means with 10 restarts', { timeout: 120_000 }, () => {
		started = performance.now();
		const result = kmeans(prepared.model, 5, { seed: 1 });
		const seconds = (performance.now() - started) / 1000;
		console.log(`k-means k = 5, 10 restarts, 500,000 × 5: ${seconds.toFixed(1)} s`);
		expect(result.labels).toHaveLength(500_000);
		expect(result.sizes.reduce((s, n) => s + n, 0)).toBe(500_000);
		expect(result).toMatchObject({ startRows: 50_000, converged: true });
	});

	it('sweeps k = 2…10', { timeout: 120_000 }, () => {
		started = performance.now();
		const sweep = kSweep(prepared.model, { seed: 1 });
		const seconds = (performance.now() - started) / 1000;
		console.log(`k sweep 2…10, ${sweep.restarts} restarts, 500,000 × 5: ${seconds.toFixed(1)} s`);
		expect(sweep.points).toHaveLength(9);
		expect(sweep).toMatchObject({ silhouetteSampleSize: 5000, startRows: 50_000, restarts: 3 });
		const wss = sweep.points.map((p) => p.wss);
		wss.slice(1).forEach((w, i) => expect(w).toBeLessThan(wss[i]!));
	});
});
