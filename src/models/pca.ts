import { columnMoments, type DenseMatrix } from './dense-matrix';
import { symmetricEigen } from './symmetric-eigen';

/** The first two principal components and every row's coordinates on them. */
export interface PcaResult {
	/** Unit loadings, one row per component; the largest loading of each is positive. */
	readonly components: number[][];
	/** Variances along the components (covariance eigenvalues, n − 1 denominator). */
	readonly variances: number[];
	readonly explainedVarianceRatio: number[];
	readonly mean: number[];
	readonly x: Float32Array;
	readonly y: Float32Array;
}

/**
 * PCA of the matrix as given (centred, not rescaled): pass the standardised features, so the
 * covariance is their correlation matrix and no unit dominates. Eigen-decomposition by Jacobi.
 */
export function pca(matrix: DenseMatrix): PcaResult {
	const { data, rows, cols } = matrix;
	const { mean } = columnMoments(matrix);
	const covariance = new Float64Array(cols * cols);
	const centred = new Float64Array(cols);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) centred[j] = data[i * cols + j]! - mean[j]!;
		for (let p = 0; p < cols; p++) {
			for (let q = p; q < cols; q++) covariance[p * cols + q]! += centred[p]! * centred[q]!;
		}
	}
	const denominator = Math.max(rows - 1, 1);
	for (let p = 0; p < cols; p++) {
		for (let q = p; q < cols; q++) {
			covariance[p * cols + q]! /= denominator;
			covariance[q * cols + p] = covariance[p * cols + q]!;
		}
	}
	const eigen = symmetricEigen(covariance, cols);
	// Rounding can leave a zero eigenvalue slightly negative.
	const values = eigen.values.map((v) => Math.max(v, 0));
	const total = values.reduce((sum, v) => sum + v, 0);
	const count = Math.min(2, cols);
	const components = eigen.vectors.slice(0, count).map(orient);
	const [x, y] = [0, 1].map((c) => project(matrix, mean, components[c]));
	return {
		components,
		variances: values.slice(0, count),
		explainedVarianceRatio: values.slice(0, count).map((v) => (total > 0 ? v / total : 0)),
		mean: Array.from(mean),
		x: x!,
		y: y!
	};
}

// Eigenvectors have no sign of their own: fix one so the plot does not flip between runs.
function orient(vector: number[]): number[] {
	const largest = vector.reduce(
		(at, v, i) => (Math.abs(v) > Math.abs(vector[at]!) + 1e-12 ? i : at),
		0
	);
	return vector[largest]! < 0 ? vector.map((v) => -v || 0) : vector;
}

// Coordinates on one component; all zeros when there is none (a single feature).
function project(matrix: DenseMatrix, mean: Float64Array, component: number[] | undefined) {
	const { data, rows, cols } = matrix;
	const out = new Float32Array(rows);
	if (!component) return out;
	for (let i = 0; i < rows; i++) {
		let s = 0;
		for (let j = 0; j < cols; j++) s += (data[i * cols + j]! - mean[j]!) * component[j]!;
		out[i] = s;
	}
	return out;
}
