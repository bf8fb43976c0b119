/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** For each key found in any record, the median of its values across the records. */
export function medianRecord(records: readonly Record<string, number>[]): Record<string, number> {
	const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
	return Object.fromEntries(
		keys.map((key) => [key, median(records.flatMap((r) => (key in r ? [r[key]!] : [])))])
	);
}
