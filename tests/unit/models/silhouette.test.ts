import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../../src/models/dense-matrix';
import { meanSilhouette, silhouetteRows, silhouetteValues } from '../../../src/models/silhouette';
import { gaussianBlobs } from './kmeans-large-synthetic';
import { kmeans } from '../../../src/models/kmeans';

const labelsOf = (values: number[]) => Int32Array.from(values);

describe('silhouetteValues', () => {
	it('matches a 1-D example worked by hand', () => {
		// Clusters {0, 2} and {5, 6}. For 0: a = 2, b = (5 + 6) / 2 = 5.5, s = 3.5 / 5.5; and so on.
		const m = matrixFromRows([[0], [2], [5], [6]]);
		const values = silhouetteValues(m, labelsOf([0, 0, 1, 1]));
		const expected = [3.5 / 5.5, 1.5 / 3.5, 3 / 4, 4 / 5];
		expected.forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
	});

	it('matches a 2-D example with 3-4-5 distances, negative values included', () => {
		// A = {(0,0), (3,4)}, B = {(6,8), (6,0)}: pair distances 5, 10, 6, 5, 5, 8.
		const m = matrixFromRows([
			[0, 0],
			[3, 4],
			[6, 8],
			[6, 0]
		]);
		const values = silhouetteValues(m, labelsOf([0, 0, 1, 1]));
		[3 / 8, 0, -0.5 / 8, -2.5 / 8].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
		expect(meanSilhouette(m, labelsOf([0, 0, 1, 1])).mean).toBeCloseTo(0, 12);
	});

	it('scores a row alone in its cluster 0, and the nearest other cluster sets b', () => {
		const m = matrixFromRows([[0], [2], [5], [6], [20]]);
		const values = silhouetteValues(m, labelsOf([0, 0, 1, 1, 2]));
		expect(values[4]).toBe(0);
		expect(values[0]).toBeCloseTo(3.5 / 5.5, 12);
	});

	it('is NaN as a mean when every row is in one cluster', () => {
		const m = matrixFromRows([[0], [1]]);
		expect(meanSilhouette(m, labelsOf([0, 0])).mean).toBeNaN();
	});
});

describe('meanSilhouette', () => {
	const blobs = gaussianBlobs(8000, 3, 4, 5);
	const { labels } = kmeans(blobs, 4, { seed: 1 });

	it('samples a fixed number of rows above the limit and says so', () => {
		const sampled = meanSilhouette(blobs, labels, { sampleSize: 2000, seed: 9 });
		expect(sampled).toMatchObject({ sampleSize: 2000, exact: false });
		expect(meanSilhouette(blobs, labels, { sampleSize: 2000, seed: 9 }).mean).toBe(sampled.mean);
		// A 2,000-row sample lands close to the exact value on well-separated blobs.
		const exact = meanSilhouette(blobs, labels, { sampleSize: 8000 });
		expect(exact).toMatchObject({ sampleSize: 8000, exact: true });
		expect(Math.abs(sampled.mean - exact.mean)).toBeLessThan(0.02);
	});

	it('draws distinct, sorted rows from a seeded stream', () => {
		const rows = silhouetteRows(100_000, 5000, 4);
		expect(rows.length).toBe(5000);
		expect(new Set(rows).size).toBe(5000);
		expect(Array.from(rows)).toEqual(Array.from(rows).sort((a, b) => a - b));
		expect(silhouetteRows(100_000, 5000, 4)).toEqual(rows);
		expect(silhouetteRows(10, 5000, 4)).toEqual(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
	});
});
