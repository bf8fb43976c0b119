import { denseMatrix, type DenseMatrix } from './dense-matrix';

/** One numeric feature, as taken from an Arrow column; missing values must arrive as NaN. */
export interface FeatureColumn {
	readonly name: string;
	readonly values: Float64Array;
}

/** What to do with a missing (NaN or infinite) value: fill with the median, or drop the row. */
export type MissingPolicy = 'impute-median' | 'drop-row';

/** How many values of one feature were missing, and what was done about them. */
export interface MissingReport {
	readonly feature: string;
	readonly missing: number;
	readonly action: 'none' | 'imputed' | 'dropped';
	/** The median used to fill the gaps, when imputed. */
	readonly fill?: number;
}

/** The features as one row-major matrix, with the rows kept and the missing values reported. */
export interface FeatureMatrix extends DenseMatrix {
	readonly names: readonly string[];
	/** Source row of every matrix row (rows can be dropped by the missing-value policy). */
	readonly rowIndex: Int32Array;
	readonly sourceRows: number;
	readonly droppedRows: number;
	readonly missing: readonly MissingReport[];
}

/** Lays named columns out as an n×d row-major matrix, handling missing values by `policy`. */
export function buildFeatureMatrix(
	columns: readonly FeatureColumn[],
	policy: MissingPolicy = 'impute-median'
): FeatureMatrix {
	if (columns.length === 0) throw new Error('invalid features: none chosen');
	const sourceRows = columns[0]!.values.length;
	for (const column of columns) {
		if (column.values.length !== sourceRows) {
			throw new Error(
				`invalid feature "${column.name}": ${column.values.length} rows, not ${sourceRows}`
			);
		}
	}
	const keep = new Uint8Array(sourceRows).fill(1);
	const missing = columns.map((column) => {
		let count = 0;
		for (const value of column.values) if (!Number.isFinite(value)) count++;
		return count;
	});
	if (policy === 'drop-row') {
		for (const column of columns) {
			column.values.forEach((value, i) => {
				if (!Number.isFinite(value)) keep[i] = 0;
			});
		}
	}
	const fills = columns.map((column, j) =>
		policy === 'impute-median' && missing[j]! > 0 ? median(column) : 0
	);
	const rows = keep.reduce((sum, k) => sum + k, 0);
	const rowIndex = new Int32Array(rows);
	for (let i = 0, r = 0; i < sourceRows; i++) if (keep[i]) rowIndex[r++] = i;
	if (rows === 0) throw new Error('invalid features: no rows left after dropping missing values');
	const cols = columns.length;
	const data = new Float64Array(rows * cols);
	columns.forEach((column, j) => {
		const fill = fills[j]!;
		for (let r = 0; r < rows; r++) {
			const value = column.values[rowIndex[r]!]!;
			data[r * cols + j] = Number.isFinite(value) ? value : fill;
		}
	});
	return {
		...denseMatrix(data, rows, cols),
		names: columns.map((column) => column.name),
		rowIndex,
		sourceRows,
		droppedRows: sourceRows - rows,
		missing: columns.map((column, j) => report(column.name, missing[j]!, policy, fills[j]!))
	};
}

/** Spreads labels of the matrix rows back over the source rows; dropped rows get -1. */
export function expandLabels(labels: Int32Array, matrix: FeatureMatrix): Int32Array {
	const out = new Int32Array(matrix.sourceRows).fill(-1);
	matrix.rowIndex.forEach((source, r) => {
		out[source] = labels[r]!;
	});
	return out;
}

/** The values of the matrix rows only, from a column aligned with the source rows. */
export function selectRows(values: Float64Array, matrix: FeatureMatrix): Float64Array {
	return Float64Array.from(matrix.rowIndex, (source) => values[source]!);
}

function median(column: FeatureColumn): number {
	const present = column.values.filter(Number.isFinite).sort();
	if (present.length === 0) throw new Error(`invalid feature "${column.name}": no values present`);
	const mid = present.length >> 1;
	return present.length % 2 ? present[mid]! : (present[mid - 1]! + present[mid]!) / 2;
}

function report(
	feature: string,
	missing: number,
	policy: MissingPolicy,
	fill: number
): MissingReport {
	if (missing === 0) return { feature, missing, action: 'none' };
	if (policy === 'drop-row') return { feature, missing, action: 'dropped' };
	return { feature, missing, action: 'imputed', fill };
}
