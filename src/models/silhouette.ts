import { squaredDistance, takeRows, type DenseMatrix } from './dense-matrix';
import { createRandom, sampleIndices } from './seeded-random';

/** Rows above which the mean silhouette is estimated on a seeded random sample. */
export const SILHOUETTE_SAMPLE = 5000;

/** A mean silhouette, and how many rows it was computed on. */
export interface SilhouetteResult {
	/** NaN when the rows fall in fewer than two clusters. */
	readonly mean: number;
	readonly sampleSize: number;
	readonly exact: boolean;
}

/**
 * Exact silhouette of every row (Euclidean distance), O(n²·d): s = (b − a) / max(a, b) with a the
 * mean distance to the rest of its cluster and b the least mean distance to another cluster.
 * A row alone in its cluster scores 0, as in Rousseeuw (1987) and scikit-learn.
 */
export function silhouetteValues(matrix: DenseMatrix, labels: Int32Array): Float64Array {
	const { data, rows, cols } = matrix;
	const k = labels.reduce((most, label) => Math.max(most, label + 1), 0);
	const counts = new Int32Array(k);
	labels.forEach((label) => counts[label]!++);
	// Each pair is measured once and added to both rows' per-cluster sums.
	const sums = new Float64Array(rows * k);
	for (let i = 0; i < rows; i++) {
		const li = labels[i]!;
		for (let j = i + 1; j < rows; j++) {
			const distance = Math.sqrt(squaredDistance(data, i * cols, data, j * cols, cols));
			sums[i * k + labels[j]!]! += distance;
			sums[j * k + li]! += distance;
		}
	}
	const values = new Float64Array(rows);
	for (let i = 0; i < rows; i++) {
		const own = labels[i]!;
		if (counts[own]! <= 1) continue;
		const a = sums[i * k + own]! / (counts[own]! - 1);
		let b = Infinity;
		for (let c = 0; c < k; c++) {
			if (c !== own && counts[c]! > 0) b = Math.min(b, sums[i * k + c]! / counts[c]!);
		}
		const scale = Math.max(a, b);
		values[i] = b === Infinity || scale === 0 ? 0 : (b - a) / scale;
	}
	return values;
}

/** The rows a silhouette is computed on: all of them, or a seeded sample of `sampleSize`. */
export function silhouetteRows(rows: number, sampleSize = SILHOUETTE_SAMPLE, seed = 1): Int32Array {
	// A stream of its own, so the sample does not depend on how many restarts k-means drew.
	return sampleIndices(rows, sampleSize, createRandom(seed, 0x5111));
}

/** Mean silhouette, exact up to `sampleSize` rows and on a seeded random sample above. */
export function meanSilhouette(
	matrix: DenseMatrix,
	labels: Int32Array,
	options: { sampleSize?: number; seed?: number } = {}
): SilhouetteResult {
	const rows = silhouetteRows(matrix.rows, options.sampleSize, options.seed);
	const exact = rows.length === matrix.rows;
	const sample = exact ? matrix : takeRows(matrix, rows);
	return meanOfSample(sample, exact ? labels : rows.map((row) => labels[row]!), exact);
}

/** Mean silhouette of rows already sampled (the k sweep reuses one sample for every k). */
export function meanOfSample(
	sample: DenseMatrix,
	labels: Int32Array,
	exact: boolean
): SilhouetteResult {
	const present = new Set(labels).size;
	const values = silhouetteValues(sample, labels);
	const mean = present < 2 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
	return { mean, sampleSize: sample.rows, exact };
}
