import { kmeans as mlKmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { buildFeatureMatrix } from '../../../src/models/feature-matrix';
import { kmeans } from '../../../src/models/kmeans';
import { kSweep } from '../../../src/models/k-sweep';
import { meanSilhouette } from '../../../src/models/silhouette';
import { loadMall } from './kmeans-mall-fixture';

// Reference results from ../shared/data/README.md (copied to tests/fixtures/Mall_README.md).
const BEST_WSS = 44448.4554;
const SIZES = [81, 39, 35, 23, 22];
const CENTROIDS = [
	[55.3, 49.52],
	[86.54, 82.13],
	[88.2, 17.11],
	[26.3, 20.91],
	[25.73, 79.36]
];
const SILHOUETTES = [0.2969, 0.4676, 0.4932, 0.5539, 0.5398, 0.5288, 0.4585, 0.4575, 0.4506];

const mall = loadMall();
const matrix = buildFeatureMatrix([mall.income, mall.score]);

describe('k-means on Mall Customers (income, score, unscaled, k = 5)', () => {
	const result = kmeans(matrix, 5, { seed: 2024, restarts: 10 });

	it('reaches the best known within-cluster sum of squares', () => {
		expect(Math.abs(result.wss - BEST_WSS) / BEST_WSS).toBeLessThan(0.005);
		expect(result.wss).toBeCloseTo(BEST_WSS, 2);
		expect(result.converged).toBe(true);
	});

	it('finds the reference clusters, largest first', () => {
		expect(result.sizes).toEqual(SIZES);
		result.centroids.forEach((centroid, c) => {
			expect(centroid[0]).toBeCloseTo(CENTROIDS[c]![0]!, 1);
			expect(centroid[1]).toBeCloseTo(CENTROIDS[c]![1]!, 1);
		});
	});

	it('has the reference mean silhouette at k = 5', () => {
		const silhouette = meanSilhouette(matrix, result.labels);
		expect(silhouette).toMatchObject({ sampleSize: 200, exact: true });
		expect(silhouette.mean).toBeCloseTo(SILHOUETTES[3]!, 3);
	});

	it('is at least as good as the best of ten ml-kmeans runs (the reference implementation)', () => {
		const rows = Array.from({ length: matrix.rows }, (_, i) => [
			matrix.data[2 * i]!,
			matrix.data[2 * i + 1]!
		]);
		const wss = (labels: number[], centroids: number[][]) =>
			rows.reduce((sum, [x, y], i) => {
				const [cx, cy] = centroids[labels[i]!]!;
				return sum + (x! - cx!) ** 2 + (y! - cy!) ** 2;
			}, 0);
		const best = Math.min(
			...Array.from({ length: 10 }, (_, seed) => {
				const run = mlKmeans(rows, 5, { seed: seed + 1, initialization: 'kmeans++' });
				return wss(run.clusters, run.centroids);
			})
		);
		expect(best).toBeCloseTo(BEST_WSS, 1);
		expect(result.wss).toBeLessThanOrEqual(best + 1e-6);
	});
});

describe('k sweep on Mall Customers', () => {
	// At k = 2 this data has dozens of local optima and only about one k-means++ start in seven
	// reaches the best; 50 starts find it for every seed tried (10 miss it for about one in five).
	const sweep = kSweep(matrix, { seed: 2024, restarts: 50 });

	it('scores every k from 2 to 10 on all 200 rows', () => {
		expect(sweep.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(sweep).toMatchObject({ silhouetteSampleSize: 200, silhouetteExact: true, restarts: 50 });
	});

	it.each(SILHOUETTES.map((s, i) => [i + 2, s] as const))(
		'matches the reference mean silhouette at k = %i',
		(k, expected) => {
			const { silhouette } = sweep.points[k - 2]!;
			// k ≥ 6 depends on which local optimum the starts reach (see the README).
			expect(Math.abs(silhouette - expected)).toBeLessThanOrEqual(k <= 5 ? 0.005 : 0.015);
		}
	);

	it('has a falling WSS curve that passes through the best k = 5 solution', () => {
		const wss = sweep.points.map((p) => p.wss);
		wss.slice(1).forEach((w, i) => expect(w).toBeLessThan(wss[i]!));
		expect(wss[3]).toBeCloseTo(BEST_WSS, 2);
	});

	it('suggests k = 5 by silhouette', () => {
		expect(sweep.suggestedK).toBe(5);
		expect(sweep.rule).toMatch(/silhouette/);
	});
});
