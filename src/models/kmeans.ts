import { columnMoments, takeRows, type DenseMatrix } from './dense-matrix';
import { lloyd, type LloydRun } from './kmeans-lloyd';
import { kmeansPlusPlus } from './kmeans-plus-plus';
import { createRandom, sampleIndices } from './seeded-random';

/** Rows above which the restarts are compared on a seeded sample of this many rows. */
export const START_SAMPLE_ROWS = 50_000;

/** Options for k-means; the same seed and options always give the same result. */
export interface KMeansOptions {
	readonly seed?: number;
	/** Independent k-means++ starts; the one with the lowest WSS wins (default 10). */
	readonly restarts?: number;
	/** Rows above which restarts run on a sample of this size (default START_SAMPLE_ROWS). */
	readonly startSample?: number;
	readonly maxIterations?: number;
	/** Stop when centroids move less than this × the mean feature variance (as scikit-learn). */
	readonly tolerance?: number;
	readonly onProgress?: (done: number, total: number) => void;
}

/** A k-means clustering; cluster 0 is the largest, ties broken by the earliest row. */
export interface KMeansResult {
	readonly k: number;
	readonly labels: Int32Array;
	readonly centroids: number[][];
	/** Within-cluster sum of squared distances to the centroids, over all rows. */
	readonly wss: number;
	readonly sizes: number[];
	/** Lloyd iterations of the winning run on all rows. */
	readonly iterations: number;
	readonly converged: boolean;
	readonly restarts: number;
	/** Rows the restarts were compared on: all rows, or the seeded start sample. */
	readonly startRows: number;
	readonly seed: number;
}

/**
 * Lloyd's k-means with k-means++ starts on a flat matrix, best of several seeded restarts.
 * Above `startSample` rows the restarts run on a seeded random sample and only the winner is
 * refined on all rows: the choice of basin needs far fewer rows than the final fit, and 10
 * restarts on 500,000 rows then cost about one full run instead of ten.
 */
export function kmeans(matrix: DenseMatrix, k: number, options: KMeansOptions = {}): KMeansResult {
	const { seed = 1, restarts = 10, startSample = START_SAMPLE_ROWS } = options;
	const { maxIterations = 300, tolerance = 1e-4, onProgress } = options;
	if (!Number.isInteger(k) || k < 1 || k > matrix.rows) throw new Error(`invalid k: ${k}`);
	if (!Number.isInteger(restarts) || restarts < 1) throw new Error(`invalid restarts: ${restarts}`);
	const bad = matrix.data.findIndex((v) => !Number.isFinite(v));
	if (bad >= 0) {
		throw new Error(`invalid data: non-finite value in row ${Math.floor(bad / matrix.cols)}`);
	}
	const { sd } = columnMoments(matrix);
	const threshold = (tolerance * sd.reduce((sum, s) => sum + s * s, 0)) / matrix.cols;
	const sampled = matrix.rows > startSample && startSample >= k;
	const starts = sampled
		? takeRows(matrix, sampleIndices(matrix.rows, startSample, createRandom(seed, -1)))
		: matrix;
	const total = restarts + (sampled ? 1 : 0);
	let best: LloydRun | undefined;
	for (let r = 0; r < restarts; r++) {
		const start = kmeansPlusPlus(starts, k, createRandom(seed, r));
		const run = lloyd(starts, start, k, maxIterations, threshold);
		if (!best || run.wss < best.wss) best = run;
		onProgress?.(r + 1, total);
	}
	if (sampled) {
		best = lloyd(matrix, best!.centres, k, maxIterations, threshold);
		onProgress?.(total, total);
	}
	return relabel(matrix, best!, { k, restarts, startRows: starts.rows, seed });
}

function relabel(
	matrix: DenseMatrix,
	run: LloydRun,
	about: Pick<KMeansResult, 'k' | 'restarts' | 'startRows' | 'seed'>
): KMeansResult {
	const { k } = about;
	const sizes = new Array<number>(k).fill(0);
	const first = new Array<number>(k).fill(Infinity);
	run.labels.forEach((label, i) => {
		sizes[label]!++;
		if (first[label] === Infinity) first[label] = i;
	});
	const order = sizes
		.map((_, c) => c)
		.sort((a, b) => sizes[b]! - sizes[a]! || first[a]! - first[b]!);
	const rank = new Int32Array(k);
	order.forEach((c, r) => (rank[c] = r));
	const { cols } = matrix;
	return {
		labels: run.labels.map((label) => rank[label]!),
		centroids: order.map((c) => Array.from(run.centres.subarray(c * cols, (c + 1) * cols))),
		wss: run.wss,
		sizes: order.map((c) => sizes[c]!),
		iterations: run.iterations,
		converged: run.converged,
		...about
	};
}
