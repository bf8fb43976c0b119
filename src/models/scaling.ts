import { denseMatrix, type DenseMatrix } from './dense-matrix';

/** How one feature is transformed before clustering. */
export type Transform = 'none' | 'z' | 'log1p' | 'log1p-z';

/** The default transform for a feature, and why it was chosen (shown to the user). */
export interface TransformSuggestion {
	readonly feature: string;
	readonly transform: Transform;
	readonly reason: string;
	readonly skewness: number;
}

/** A fitted transform per column: optional log1p, then (x − centre) / scale. */
export interface Scaling {
	readonly transforms: readonly Transform[];
	readonly centre: Float64Array;
	readonly scale: Float64Array;
}

/** Skewness above which a never-negative feature is log1p-transformed by default. */
export const SKEW_THRESHOLD = 1;

/** Sample skewness g1 = m3 / m2^1.5 of the finite values (0 when constant or empty). */
export function skewness(values: ArrayLike<number>): number {
	let n = 0;
	let sum = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i]!;
		if (!Number.isFinite(v)) continue;
		n++;
		sum += v;
	}
	const mean = sum / n;
	let m2 = 0;
	let m3 = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i]!;
		if (!Number.isFinite(v)) continue;
		const delta = v - mean;
		m2 += delta * delta;
		m3 += delta * delta * delta;
	}
	return m2 > 0 ? m3 / n / Math.pow(m2 / n, 1.5) : 0;
}

/** Suggests log1p then z for skewed never-negative features, z for the rest, none for 0/1 or constants. */
export function suggestTransform(feature: string, values: ArrayLike<number>): TransformSuggestion {
	let min = Infinity;
	let max = -Infinity;
	let binary = true;
	for (let i = 0; i < values.length; i++) {
		const v = values[i]!;
		if (!Number.isFinite(v)) continue;
		min = Math.min(min, v);
		max = Math.max(max, v);
		if (v !== 0 && v !== 1) binary = false;
	}
	const skew = skewness(values);
	const shown = skew.toFixed(2);
	const suggest = (transform: Transform, reason: string) => ({
		feature,
		transform,
		reason,
		skewness: skew
	});
	if (!(max > min)) return suggest('none', 'constant: it cannot separate customers');
	if (binary) return suggest('none', '0/1 indicator: kept as is');
	if (skew > SKEW_THRESHOLD && min >= 0) {
		return suggest('log1p-z', `skewed (skewness ${shown}) and never negative: log1p, then z-score`);
	}
	if (skew > SKEW_THRESHOLD)
		return suggest('z', `skewed (skewness ${shown}) but has negative values: z-score`);
	return suggest('z', `roughly symmetric (skewness ${shown}): z-score`);
}

/** Fits the transforms on a matrix: log1p where asked, then the mean and population sd. */
export function fitScaling(
	matrix: DenseMatrix & { readonly names?: readonly string[] },
	transforms: readonly Transform[]
): Scaling {
	const { data, rows, cols } = matrix;
	if (transforms.length !== cols)
		throw new Error(`invalid transforms: ${transforms.length} for ${cols} features`);
	const centre = new Float64Array(cols);
	const scale = new Float64Array(cols).fill(1);
	transforms.forEach((transform, j) => {
		if (transform === 'none') return;
		const log = transform.startsWith('log1p');
		let sum = 0;
		for (let i = 0; i < rows; i++) {
			const v = data[i * cols + j]!;
			if (log && v < 0) {
				const name = matrix.names?.[j] ?? String(j);
				throw new Error(`invalid transform log1p for feature "${name}": value ${v} below 0`);
			}
			sum += log ? Math.log1p(v) : v;
		}
		if (transform === 'log1p') return;
		const mean = sum / rows;
		let squares = 0;
		for (let i = 0; i < rows; i++) {
			const v = data[i * cols + j]!;
			const delta = (log ? Math.log1p(v) : v) - mean;
			squares += delta * delta;
		}
		const sd = Math.sqrt(squares / rows);
		centre[j] = mean;
		// A constant column stays at 0 rather than dividing by zero.
		scale[j] = sd > 0 ? sd : 1;
	});
	return { transforms: [...transforms], centre, scale };
}

/** Applies fitted transforms, returning a new matrix (the input is left as is). */
export function applyScaling(matrix: DenseMatrix, scaling: Scaling): DenseMatrix {
	const { data, rows, cols } = matrix;
	const out = new Float64Array(data.length);
	for (let j = 0; j < cols; j++) {
		const log = scaling.transforms[j]!.startsWith('log1p');
		const centre = scaling.centre[j]!;
		const scale = scaling.scale[j]!;
		for (let i = 0; i < rows; i++) {
			const v = data[i * cols + j]!;
			out[i * cols + j] = ((log ? Math.log1p(v) : v) - centre) / scale;
		}
	}
	return denseMatrix(out, rows, cols);
}

/** Maps one point (e.g. a centroid) from the transformed space back to original units. */
export function invertScaling(point: ArrayLike<number>, scaling: Scaling): number[] {
	return scaling.transforms.map((transform, j) => {
		const v = point[j]! * scaling.scale[j]! + scaling.centre[j]!;
		return transform.startsWith('log1p') ? Math.expm1(v) : v;
	});
}
