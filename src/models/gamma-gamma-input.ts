// Who Gamma-Gamma is fitted on, and its independence check. The model describes the mean
// value of repeat transactions, so one-time buyers (x = 0) have nothing to contribute, and a
// repeat customer whose mean repeat value is zero or negative has no Gamma density at all:
// such customers are set aside and counted, never passed to the fit.

/** Repeat customers usable by Gamma-Gamma, and the counts of those left out. */
export interface RepeatCustomers {
	/** Positions of the selected customers in the input arrays. */
	index: Int32Array;
	x: Float64Array;
	m: Float64Array;
	/** Customers with x = 0. */
	oneTime: number;
	/** Customers with x ≥ 1 whose mean repeat value is ≤ 0 or missing (NaN). */
	setAside: number;
}

/** Selects customers with x ≥ 1 and m > 0; counts one-time buyers and the set-aside. */
export function selectRepeatCustomers(x: Float64Array, m: Float64Array): RepeatCustomers {
	const index: number[] = [];
	let oneTime = 0;
	let setAside = 0;
	for (let i = 0; i < x.length; i++) {
		if (!(x[i]! >= 1)) oneTime++;
		else if (m[i]! > 0 && Number.isFinite(m[i]!)) index.push(i);
		else setAside++;
	}
	const picked = Int32Array.from(index);
	return {
		index: picked,
		x: Float64Array.from(picked, (i) => x[i]!),
		m: Float64Array.from(picked, (i) => m[i]!),
		oneTime,
		setAside
	};
}

/**
 * Pearson correlation of frequency and mean repeat value over the repeat customers: near 0
 * supports Gamma-Gamma's independence assumption (Fader & Hardie's Gamma-Gamma note reports
 * 0.11 for CDNOW's calibration period).
 * NaN with fewer than two customers or no variation.
 */
export function frequencyValueCorrelation(x: Float64Array, m: Float64Array): number {
	const n = x.length;
	if (n < 2 || m.length !== n) return NaN;
	let [meanX, meanM] = [0, 0];
	for (let i = 0; i < n; i++) {
		meanX += x[i]! / n;
		meanM += m[i]! / n;
	}
	let [sxx, smm, sxm] = [0, 0, 0];
	for (let i = 0; i < n; i++) {
		const [dx, dm] = [x[i]! - meanX, m[i]! - meanM];
		sxx += dx * dx;
		smm += dm * dm;
		sxm += dx * dm;
	}
	return sxx > 0 && smm > 0 ? sxm / Math.sqrt(sxx * smm) : NaN;
}
