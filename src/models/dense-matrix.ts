/** A row-major matrix of doubles: row i, column j lives at `data[i * cols + j]`. */
export interface DenseMatrix {
	readonly data: Float64Array;
	readonly rows: number;
	readonly cols: number;
}

/** Wraps a row-major Float64Array, checking that its length is rows × cols. */
export function denseMatrix(data: Float64Array, rows: number, cols: number): DenseMatrix {
	if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 1) {
		throw new Error(`invalid matrix shape: ${rows} × ${cols}`);
	}
	if (data.length !== rows * cols) {
		throw new Error(`invalid matrix data: ${data.length} values for ${rows} × ${cols}`);
	}
	return { data, rows, cols };
}

/** Builds a matrix from an array of equal-length rows (tests and small inputs). */
export function matrixFromRows(rows: readonly (readonly number[])[]): DenseMatrix {
	const cols = rows[0]?.length ?? 0;
	const data = new Float64Array(rows.length * cols);
	rows.forEach((row, i) => {
		if (row.length !== cols) throw new Error(`invalid row ${i}: ${row.length} values, not ${cols}`);
		data.set(row, i * cols);
	});
	return denseMatrix(data, rows.length, cols);
}

/** Mean and population standard deviation of every column. */
export function columnMoments(matrix: DenseMatrix): { mean: Float64Array; sd: Float64Array } {
	const { data, rows, cols } = matrix;
	const mean = new Float64Array(cols);
	const sd = new Float64Array(cols);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) mean[j]! += data[i * cols + j]!;
	}
	for (let j = 0; j < cols; j++) mean[j]! /= rows;
	// Two passes rather than sum of squares: money columns in the millions lose digits otherwise.
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) {
			const delta = data[i * cols + j]! - mean[j]!;
			sd[j]! += delta * delta;
		}
	}
	for (let j = 0; j < cols; j++) sd[j] = Math.sqrt(sd[j]! / rows);
	return { mean, sd };
}

/** The chosen rows of a matrix, in the order given. */
export function takeRows(matrix: DenseMatrix, rows: Int32Array): DenseMatrix {
	const { data, cols } = matrix;
	const out = new Float64Array(rows.length * cols);
	rows.forEach((row, r) => out.set(data.subarray(row * cols, (row + 1) * cols), r * cols));
	return denseMatrix(out, rows.length, cols);
}

/** Squared Euclidean distance between the `cols` values at `at` in `a` and at `bt` in `b`. */
export function squaredDistance(
	a: Float64Array,
	at: number,
	b: Float64Array,
	bt: number,
	cols: number
): number {
	let s = 0;
	for (let j = 0; j < cols; j++) {
		const t = a[at + j]! - b[bt + j]!;
		s += t * t;
	}
	return s;
}
