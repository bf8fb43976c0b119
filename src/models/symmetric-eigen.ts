/** Eigenvalues (descending) and unit eigenvectors (one per row) of a symmetric matrix. */
export interface Eigen {
	readonly values: number[];
	readonly vectors: number[][];
}

/**
 * Cyclic Jacobi rotations for a small symmetric d×d matrix (row-major): simple, and accurate to
 * machine precision for the handful of features a segmentation uses (Golub & Van Loan, §8.5).
 */
export function symmetricEigen(matrix: Float64Array, d: number): Eigen {
	if (matrix.length !== d * d)
		throw new Error(`invalid matrix: ${matrix.length} values for ${d} × ${d}`);
	const a = Float64Array.from(matrix);
	const v = new Float64Array(d * d);
	for (let i = 0; i < d; i++) v[i * d + i] = 1;
	const scale = a.reduce((sum, x) => sum + x * x, 0);
	for (let sweep = 0; sweep < 100; sweep++) {
		let off = 0;
		for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q]! ** 2;
		if (off <= 1e-30 * scale) break;
		for (let p = 0; p < d; p++) {
			for (let q = p + 1; q < d; q++) {
				if (a[p * d + q] !== 0) rotate(a, v, d, p, q);
			}
		}
	}
	const order = Array.from({ length: d }, (_, i) => i).sort(
		(i, j) => a[j * d + j]! - a[i * d + i]!
	);
	return {
		values: order.map((i) => a[i * d + i]!),
		vectors: order.map((i) => Array.from({ length: d }, (_, r) => v[r * d + i]!))
	};
}

// One rotation in the (p, q) plane that zeroes a[p][q]; v collects the rotations as columns.
function rotate(a: Float64Array, v: Float64Array, d: number, p: number, q: number) {
	const apq = a[p * d + q]!;
	const theta = (a[q * d + q]! - a[p * d + p]!) / (2 * apq);
	const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
	const c = 1 / Math.sqrt(t * t + 1);
	const s = t * c;
	for (let r = 0; r < d; r++) {
		const arp = a[r * d + p]!;
		const arq = a[r * d + q]!;
		a[r * d + p] = c * arp - s * arq;
		a[r * d + q] = s * arp + c * arq;
	}
	for (let r = 0; r < d; r++) {
		const apr = a[p * d + r]!;
		const aqr = a[q * d + r]!;
		a[p * d + r] = c * apr - s * aqr;
		a[q * d + r] = s * apr + c * aqr;
	}
	for (let r = 0; r < d; r++) {
		const vrp = v[r * d + p]!;
		const vrq = v[r * d + q]!;
		v[r * d + p] = c * vrp - s * vrq;
		v[r * d + q] = s * vrp + c * vrq;
	}
}
