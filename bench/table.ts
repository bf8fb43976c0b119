/** One line of the comparison: a phase of one file, in milliseconds (NaN: not measured). */
export interface ComparisonRow {
	lines: number;
	phase: string;
	browserMs: number;
	nativeMs: number;
}

/** Seconds with two decimals, or "–" when not measured. */
export function seconds(ms: number): string {
	return Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–';
}

/** browser ÷ native with one decimal ("4.2×"), or "–" when either is missing or zero. */
export function ratio(browserMs: number, nativeMs: number): string {
	if (!Number.isFinite(browserMs) || !Number.isFinite(nativeMs) || nativeMs <= 0) return '–';
	return `${(browserMs / nativeMs).toFixed(1)}×`;
}

/**
 * A Markdown table, columns padded so it also reads well in a terminal; the first `textColumns`
 * columns are left-aligned, the rest (numbers) right-aligned.
 */
export function markdownTable(
	header: readonly string[],
	rows: readonly string[][],
	textColumns = 1
): string {
	const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
	const line = (cells: readonly string[]) =>
		`| ${cells.map((c, j) => (j < textColumns ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join(' | ')} |`;
	const rule = `| ${widths.map((w, j) => (j < textColumns ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The browser-vs-native table: one row per file and phase. */
export function comparisonTable(rows: readonly ComparisonRow[]): string {
	return markdownTable(
		['order lines', 'phase', 'browser (s)', 'native DuckDB (s)', 'ratio'],
		rows.map((r) => [
			r.lines.toLocaleString('en-US'),
			r.phase,
			seconds(r.browserMs),
			seconds(r.nativeMs),
			ratio(r.browserMs, r.nativeMs)
		]),
		2
	);
}
