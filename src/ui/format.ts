import { columnKind } from './column-kind';
import { locale } from '../i18n/locale.svelte';
import { localiseNumerals, numberFormat } from '../i18n/number-format';
import { formatDate, formatDayRange } from './date-format';

// Every function here reads the interface language (and, for Persian, the calendar) from the
// locale state, so a panel that formats through them follows a switch without code of its own.

export { formatDate, formatDayRange };

/** A count as people read it: 12,345 (۱۲٬۳۴۵ in Persian, 12.345 in Vietnamese). */
export function formatCount(n: number): string {
	return numberFormat(locale.tag, { maximumFractionDigits: 0 }).format(n);
}

/** A share as a percentage with one decimal: 12.3 %. */
export function formatShare(part: number, whole: number): string {
	if (whole === 0) return '–';
	return formatPercent(part / whole);
}

/** A byte size: 1.2 MB. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return localiseNumerals(`${bytes} B`, locale.current);
	if (bytes < 1024 * 1024)
		return localiseNumerals(`${(bytes / 1024).toFixed(1)} KB`, locale.current);
	return localiseNumerals(`${(bytes / 1024 / 1024).toFixed(1)} MB`, locale.current);
}

/**
 * A sample value of a loaded column as the mapping shows it: the samples are the preview's
 * values as text, and Arrow gives DATE and TIMESTAMP values as epoch milliseconds.
 */
export function formatSample(sample: string, type: string): string {
	const kind = columnKind(type);
	const ms = Number(sample);
	if ((kind === 'date' || kind === 'timestamp') && sample.trim() !== '' && Number.isFinite(ms)) {
		return formatCell(ms, type);
	}
	return sample;
}

/** One cell of a table as text, by its DuckDB or Arrow type (Arrow gives dates as epoch ms). */
export function formatCell(value: unknown, type: string): string {
	if (value === null || value === undefined) return '';
	const kind = columnKind(type);
	const instant = typeof value === 'number' || value instanceof Date;
	if (kind === 'date' && instant) return formatInstant(value, false);
	if (kind === 'timestamp' && instant) return formatInstant(value, true);
	if (kind === 'time' && (typeof value === 'bigint' || typeof value === 'number')) {
		return localiseNumerals(formatTimeOfDay(value, type), locale.current);
	}
	if (value instanceof Date) return formatInstant(value, false);
	if (value instanceof Uint8Array) return formatBytesLiteral(value);
	// Ids are numbers too: digits and decimal mark follow the language, never a grouping mark.
	if (kind === 'number' && (typeof value === 'number' || typeof value === 'bigint')) {
		return localiseNumerals(String(value), locale.current);
	}
	return String(value);
}

/** Epoch ms (or a Date) as `2024-01-02` or `2024-01-02 03:04:05`, in UTC as DuckDB stores it. */
function formatInstant(value: number | Date, withTime: boolean): string {
	const ms = value instanceof Date ? value.getTime() : value;
	// DuckDB's `infinity` dates arrive as epoch ms far beyond what a JS Date can hold.
	if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return ms > 0 ? 'infinity' : '-infinity';
	const [day = '', time = ''] = new Date(ms).toISOString().split('T');
	const date = formatDate(day);
	return withTime ? `${date} ${localiseNumerals(time.slice(0, 8), locale.current)}` : date;
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
		return numberFormat(locale.tag, {
			style: 'currency',
			currency,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(amount);
	} catch {
		return localiseNumerals(`${amount.toFixed(digits)} ${currency}`, locale.current);
	}
}

/** A fraction (0..1) as a percentage: 0.1234 → 12.3 % (۱۲٫۳٪ in Persian, 12,3% in Vietnamese). */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
	if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
	// English keeps the space before the sign that the panels were written with.
	if (locale.current === 'en') return `${(fraction * 100).toFixed(decimals)} %`;
	return numberFormat(locale.tag, {
		style: 'percent',
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(fraction);
}

/** A plain number with up to `decimals` decimals: 4.36. */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	return numberFormat(locale.tag, { maximumFractionDigits: decimals }).format(value);
}
