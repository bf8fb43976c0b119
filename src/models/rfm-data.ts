// The per-customer inputs of BG/NBD, (x, t_x, T) in the notation of Fader, Hardie & Lee
// (2005), their checks, and their compression into distinct patterns with counts: the
// likelihood of n customers with the same (x, t_x, T) is n times one customer's, which is how
// Fader & Hardie's spreadsheets fit the model and how lifetimes' `weights` work.

/** Per-customer repeat purchases x, time of the last purchase t_x and age T (same time unit). */
export interface RfmData {
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
}

/** Distinct (x, t_x, T) patterns and how many customers share each. */
export interface RfmPatterns extends RfmData {
	weight: Float64Array;
	/** For each input customer, the index of its pattern. */
	patternOf: Int32Array;
}

/** Data the model cannot be fitted to or scored on; the message is meant for the user. */
export class ModelInputError extends Error {
	override name = 'ModelInputError';
}

/** Throws ModelInputError unless every x is whole, ≥ 0, 0 ≤ t_x ≤ T, and t_x = 0 if x = 0. */
export function checkRfm(data: RfmData): void {
	const { x, tx, T } = data;
	if (tx.length !== x.length || T.length !== x.length) {
		throw new ModelInputError(
			`x, t_x and T differ in length (${x.length}, ${tx.length}, ${T.length})`
		);
	}
	for (let i = 0; i < x.length; i++) {
		const [xi, txi, Ti] = [x[i]!, tx[i]!, T[i]!];
		const why =
			!Number.isInteger(xi) || xi < 0
				? 'x must be a whole number ≥ 0'
				: !Number.isFinite(txi) || !Number.isFinite(Ti) || txi < 0 || txi > Ti
					? 't_x and T must satisfy 0 ≤ t_x ≤ T'
					: xi === 0 && txi !== 0
						? 't_x must be 0 when x is 0'
						: '';
		if (why)
			throw new ModelInputError(`invalid customer ${i} (x=${xi}, t_x=${txi}, T=${Ti}): ${why}`);
	}
}

/** Groups identical (x, t_x, T) rows (checked data: no NaN); patterns come out sorted. */
export function compressRfm(data: RfmData): RfmPatterns {
	const { x, tx, T } = data;
	const n = x.length;
	// Sorting row numbers is several times faster than hashing string keys for 10⁵+ rows.
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort((i, j) => x[i]! - x[j]! || tx[i]! - tx[j]! || T[i]! - T[j]!);
	const patternOf = new Int32Array(n);
	const starts: number[] = [];
	let previous = -1;
	for (let k = 0; k < n; k++) {
		const i = order[k]!;
		const same =
			previous >= 0 && x[i] === x[previous] && tx[i] === tx[previous] && T[i] === T[previous];
		if (!same) starts.push(k);
		patternOf[i] = starts.length - 1;
		previous = i;
	}
	const first = starts.map((k) => order[k]!);
	const weight = starts.map((k, p) => (starts[p + 1] ?? n) - k);
	return {
		x: Float64Array.from(first, (i) => x[i]!),
		tx: Float64Array.from(first, (i) => tx[i]!),
		T: Float64Array.from(first, (i) => T[i]!),
		weight: Float64Array.from(weight),
		patternOf
	};
}

/** Spreads per-pattern values back to the customers they came from. */
export function expandPatterns(patterns: RfmPatterns, values: Float64Array): Float64Array {
	const out = new Float64Array(patterns.patternOf.length);
	for (let i = 0; i < out.length; i++) out[i] = values[patterns.patternOf[i]!]!;
	return out;
}
