import { columnKind } from './column-kind';

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

/** One cell of a table as text, by its DuckDB or Arrow type (Arrow gives dates as epoch ms). */
export function formatCell(value: unknown, type: string): string {
	if (value === null || value === undefined) return '';
	const kind = columnKind(type);
	const instant = typeof value === 'number' || value instanceof Date;
	if (kind === 'date' && instant) return formatInstant(value, false);
	if (kind === 'timestamp' && instant) return formatInstant(value, true);
	if (kind === 'time' && (typeof value === 'bigint' || typeof value === 'number')) {
		return formatTimeOfDay(value, type);
	}
	if (value instanceof Date) return formatInstant(value, false);
	if (value instanceof Uint8Array) return formatBytesLiteral(value);
	return String(value);
}

/** Epoch ms (or a Date) as `2024-01-02` or `2024-01-02 03:04:05`, in UTC as DuckDB stores it. */
function formatInstant(value: number | Date, withTime: boolean): string {
	const ms = value instanceof Date ? value.getTime() : value;
	// DuckDB's `infinity` dates arrive as epoch ms far beyond what a JS Date can hold.
	if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return ms > 0 ? 'infinity' : '-infinity';
	const [day = '', time = ''] = new Date(ms).toISOString().split('T');
	return withTime ? `${day} ${time.slice(0, 8)}` : day;
}

const TIME_UNITS_PER_SECOND: [RegExp, number][] = [
	[/NANOSECOND/, 1e9],
	[/MICROSECOND/, 1e6],
	[/MILLISECOND/, 1e3],
	[/SECOND/, 1]
];

/** A time of day (Arrow Time32/Time64, microseconds for DuckDB's TIME) as `13:04:05`. */
function formatTimeOfDay(value: bigint | number, type: string): string {
	const perSecond = TIME_UNITS_PER_SECOND.find(([unit]) => unit.test(type))?.[1] ?? 1e6;
	const seconds = Number(value) / perSecond;
	const whole = Math.floor(seconds);
	const pad = (n: number) => String(n).padStart(2, '0');
	const hms = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
	const fraction = Math.round((seconds - whole) * 1e6);
	return fraction === 0 ? hms : `${hms}.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
}

/** Bytes as DuckDB prints a BLOB: printable ASCII as is, the rest as `\xHH`. */
function formatBytesLiteral(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) {
		text +=
			byte >= 0x20 && byte < 0x7f && byte !== 0x5c
				? String.fromCharCode(byte)
				: `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return text;
}

/** A money amount in the notebook's currency: $1,234 (no decimals from 1,000 up). */
export function formatMoney(amount: number | null | undefined, currency: string): string {
	if (amount === null || amount === undefined || !Number.isFinite(amount)) return '–';
	const digits = Math.abs(amount) >= 1000 ? 0 : 2;
	try {
		return new Intl.NumberFormat('en-US', {
			style: 'currency',
			currency,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(amount);
	} catch {
		return `${amount.toFixed(digits)} ${currency}`;
	}
}

/** A fraction (0..1) as a percentage: 0.1234 → 12.3 %. */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
	if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
	return `${(fraction * 100).toFixed(decimals)} %`;
}

/** A plain number with up to `decimals` decimals: 4.36. */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals }).format(value);
}
