import { DataType, type Vector } from 'apache-arrow';

/**
 * A numeric Arrow column as a fresh Float64Array, nulls as NaN. `toArray()` is not enough: it
 * returns the value buffer, where a null slot holds whatever was written there (DuckDB writes 0),
 * so a missing recency would silently become "bought today". The validity bitmap decides here,
 * so the models' missing-value policy sees every gap and can report it.
 * Float and integer columns are read from their buffers chunk by chunk; 64-bit integers
 * (BigInt) and anything else (booleans, decimals) through `get`, as numbers.
 */
export function arrowToFloat64(vector: Vector): Float64Array {
	const out = new Float64Array(vector.length);
	let at = 0;
	for (const data of vector.data) {
		const { length, values } = data;
		if (readsDirectly(data.type, values)) {
			// `values` starts at the chunk's own offset already (Arrow slices data buffers).
			out.set((values as Float64Array).subarray(0, length), at);
			if (data.nullCount > 0) {
				for (let i = 0; i < length; i++) if (!data.getValid(i)) out[at + i] = NaN;
			}
		} else {
			fillByGet(out, at, vector, at, length);
		}
		at += length;
	}
	return out;
}

// Floats and integers up to 32 bits hold their values as numbers in the buffer. Float16 is
// stored as Uint16 bit patterns and 64-bit integers as BigInts: those go through `get`.
function readsDirectly(type: DataType, values: unknown): boolean {
	if (DataType.isFloat(type))
		return values instanceof Float64Array || values instanceof Float32Array;
	if (!DataType.isInt(type)) return false;
	return (
		values instanceof Int32Array ||
		values instanceof Int16Array ||
		values instanceof Int8Array ||
		values instanceof Uint32Array ||
		values instanceof Uint16Array ||
		values instanceof Uint8Array
	);
}

function fillByGet(out: Float64Array, at: number, vector: Vector, from: number, length: number) {
	for (let i = 0; i < length; i++) {
		const value: unknown = vector.get(from + i);
		out[at + i] = toNumber(value);
	}
}

function toNumber(value: unknown): number {
	if (value === null || value === undefined) return NaN;
	if (typeof value === 'number') return value;
	if (typeof value === 'bigint' || typeof value === 'boolean') return Number(value);
	const n = Number(value);
	return Number.isNaN(n) ? NaN : n;
}

/** A text column as dictionary codes (first-seen order) and its levels; null becomes −1. */
export function arrowToCodes(vector: Vector): { codes: Int32Array; levels: string[] } {
	const codes = new Int32Array(vector.length);
	const levels: string[] = [];
	const seen = new Map<string, number>();
	for (let i = 0; i < vector.length; i++) {
		const value: unknown = vector.get(i);
		if (value === null || value === undefined) {
			codes[i] = -1;
			continue;
		}
		const text = String(value);
		let code = seen.get(text);
		if (code === undefined) {
			code = levels.push(text) - 1;
			seen.set(text, code);
		}
		codes[i] = code;
	}
	return { codes, levels };
}
