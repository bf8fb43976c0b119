import { describe, expect, it } from 'vitest';
import { bestSilhouette, elbow, kSweep } from '../../../src/models/k-sweep';
import { kmeans } from '../../../src/models/kmeans';
import { matrixFromRows } from '../../../src/models/dense-matrix';
import { gaussianBlobs } from './kmeans-large-synthetic';

describe('bestSilhouette', () => {
	it.each([
		['a clear best', [0.3, 0.6, 0.4], 3],
		['a near-tie goes to the smaller k', [0.3, 0.5, 0.504], 3],
		['a gap above the tie margin', [0.3, 0.5, 0.506], 4],
		['NaN ignored', [NaN, 0.2, 0.1], 3]
	])('%s', (_, silhouettes, k) => {
		expect(bestSilhouette(silhouettes.map((silhouette, i) => ({ k: i + 2, silhouette })))).toBe(k);
	});
});

describe('elbow', () => {
	it('picks the point farthest below the chord', () => {
		const wss = [100, 40, 30, 25, 22, 20];
		expect(elbow(wss.map((w, i) => ({ k: i + 2, wss: w })))).toBe(3);
	});

	it('falls back to the first k on a straight line', () => {
		expect(elbow([10, 8, 6, 4].map((w, i) => ({ k: i + 2, wss: w })))).toBe(2);
	});
});

describe('kSweep', () => {
	const blobs = gaussianBlobs(6000, 4, 4, 3);
	const progress: number[] = [];
	const sweep = kSweep(blobs, {
		seed: 5,
		kMax: 6,
		restarts: 3,
		onProgress: (d, t) => progress.push(d / t)
	});

	it('states the silhouette sample when the rows exceed it', () => {
		expect(sweep).toMatchObject({
			silhouetteSampleSize: 5000,
			silhouetteExact: false,
			restarts: 3
		});
		expect(sweep.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6]);
	});

	it('finds the planted k by silhouette', () => {
		expect(sweep.suggestedK).toBe(4);
	});

	it('matches a later kmeans call for the chosen k (same seed, same restarts)', () => {
		const chosen = kmeans(blobs, 4, { seed: 5, restarts: 3 });
		expect(sweep.points[2]!.wss).toBe(chosen.wss);
		expect(sweep.points[2]!.sizes).toEqual(chosen.sizes);
	});

	it('reports progress through every restart of every k, ending at 1', () => {
		expect(progress).toHaveLength(15);
		expect(progress.at(-1)).toBe(1);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	});

	it.each([
		['kMin below 2', { kMin: 1 }],
		['kMax below kMin', { kMin: 4, kMax: 3 }],
		['kMax not below the rows', { kMax: 4 }]
	])('rejects %s', (_, options) => {
		const m = matrixFromRows([[0], [1], [2], [3]]);
		expect(() => kSweep(m, options)).toThrow(/^invalid k(Min|Max)/);
	});
});
