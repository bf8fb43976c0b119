import { kmeans as mlKmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { matrixFromRows, type DenseMatrix } from '../../../src/models/dense-matrix';
import { kmeans } from '../../../src/models/kmeans';
import { lloyd } from '../../../src/models/kmeans-lloyd';
import { kmeansPlusPlus } from '../../../src/models/kmeans-plus-plus';
import { createRandom } from '../../../src/models/seeded-random';
import { gaussianBlobs } from './kmeans-large-synthetic';

const rowsOf = (m: DenseMatrix) =>
	Array.from({ length: m.rows }, (_, i) =>
		Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols))
	);

function recomputedWss(m: DenseMatrix, labels: Int32Array, centroids: number[][]): number {
	return rowsOf(m).reduce(
		(sum, row, i) => sum + row.reduce((s, v, j) => s + (v - centroids[labels[i]!]![j]!) ** 2, 0),
		0
	);
}

describe('kmeans', () => {
	const blobs = gaussianBlobs(3000, 3, 5, 11);

	it('repeats exactly for the same seed', () => {
		const a = kmeans(blobs, 5, { seed: 42 });
		const b = kmeans(blobs, 5, { seed: 42 });
		expect(b.labels).toEqual(a.labels);
		expect(b.centroids).toEqual(a.centroids);
		expect(b.wss).toBe(a.wss);
	});

	it('numbers clusters by size, so another seed reaching the same optimum gives the same labels', () => {
		const a = kmeans(blobs, 5, { seed: 1 });
		const b = kmeans(blobs, 5, { seed: 999 });
		expect(a.sizes).toEqual([...a.sizes].sort((x, y) => y - x));
		expect(b.labels).toEqual(a.labels);
	});

	it('returns consistent labels, sizes, centroids and WSS', () => {
		const result = kmeans(blobs, 4, { seed: 3 });
		const counts = [0, 0, 0, 0];
		result.labels.forEach((label) => counts[label]!++);
		expect(result.sizes).toEqual(counts);
		expect(result.wss).toBeCloseTo(recomputedWss(blobs, result.labels, result.centroids), 6);
		expect(result).toMatchObject({ k: 4, restarts: 10, startRows: 3000, seed: 3, converged: true });
		// Every row sits with its nearest centroid (Lloyd's fixed point).
		rowsOf(blobs).forEach((row, i) => {
			const distances = result.centroids.map((c) =>
				c.reduce((s, v, j) => s + (v - row[j]!) ** 2, 0)
			);
			expect(distances[result.labels[i]!]).toBeCloseTo(Math.min(...distances), 9);
		});
	});

	it('takes exactly the same Lloyd steps as ml-kmeans from the same start', () => {
		const k = 6;
		const start = kmeansPlusPlus(blobs, k, createRandom(5));
		const ours = lloyd(blobs, start.slice(), k, 1000, 0);
		const initialization = Array.from({ length: k }, (_, c) =>
			Array.from(start.subarray(c * 3, c * 3 + 3))
		);
		const theirs = mlKmeans(rowsOf(blobs), k, {
			initialization,
			tolerance: 0,
			maxIterations: 1000
		});
		expect(Array.from(ours.labels)).toEqual(theirs.clusters);
		expect(ours.converged).toBe(true);
	});

	it('compares restarts on a sample above startSample rows and refines the winner on all rows', () => {
		const sampled = kmeans(blobs, 5, { seed: 8, startSample: 500 });
		const full = kmeans(blobs, 5, { seed: 8 });
		expect(sampled.startRows).toBe(500);
		expect(sampled.labels.length).toBe(3000);
		expect(sampled.wss).toBeCloseTo(full.wss, 6);
	});

	it('reports progress once per restart', () => {
		const calls: number[] = [];
		kmeans(blobs, 3, { restarts: 4, onProgress: (done, total) => calls.push(done / total) });
		expect(calls).toEqual([0.25, 0.5, 0.75, 1]);
	});

	it('handles k = 1 and k = n', () => {
		const m = matrixFromRows([
			[0, 0],
			[2, 0],
			[0, 4],
			[2, 4]
		]);
		const one = kmeans(m, 1);
		expect(one.centroids).toEqual([[1, 2]]);
		expect(one.wss).toBeCloseTo(4 * 5, 12);
		const all = kmeans(m, 4);
		expect(all.sizes).toEqual([1, 1, 1, 1]);
		expect(all.wss).toBe(0);
		expect(Array.from(all.labels)).toEqual([0, 1, 2, 3]);
	});

	it('survives fewer distinct points than clusters, leaving the extra cluster empty', () => {
		const m = matrixFromRows([
			[1, 1],
			[1, 1],
			[5, 5],
			[5, 5],
			[5, 5]
		]);
		const result = kmeans(m, 3, { seed: 2 });
		expect(result.sizes).toEqual([3, 2, 0]);
		expect(result.wss).toBe(0);
	});

	it.each([
		['k of 0', 0, {}],
		['k above the rows', 5, {}],
		['fractional k', 1.5, {}],
		['no restarts', 2, { restarts: 0 }]
	])('rejects %s', (_, k, options) => {
		const m = matrixFromRows([[0], [1], [2], [3]]);
		expect(() => kmeans(m, k, options)).toThrow(/^invalid (k|restarts)/);
	});

	it('rejects missing values instead of clustering them', () => {
		const m = matrixFromRows([[0], [NaN], [2]]);
		expect(() => kmeans(m, 2)).toThrow('invalid data: non-finite value in row 1');
	});
});
