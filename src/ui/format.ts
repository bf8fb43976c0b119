const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count as people read it: 12,345. */
export function formatCount(n: number): string {
	return integer.format(n);
}

/** A share as a percentage with one decimal: 12.3 %. */
export function formatShare(part: number, whole: number): string {
	if (whole === 0) return '–';
	return `${((100 * part) / whole).toFixed(1)} %`;
}

/** A byte size: 1.2 MB. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One cell of a preview table as text, by its DuckDB type (Arrow gives dates as epoch ms). */
export function formatCell(value: unknown, type: string): string {
	if (value === null || value === undefined) return '';
	if (type === 'DATE' && typeof value === 'number')
		return new Date(value).toISOString().slice(0, 10);
	if (type.startsWith('TIMESTAMP') && typeof value === 'number') {
		return new Date(value).toISOString().slice(0, 19).replace('T', ' ');
	}
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}
