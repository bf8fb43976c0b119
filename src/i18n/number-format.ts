import type { Locale } from './locales';
import { toPersianDigits } from './digits';

const formats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: building one is slow and tables format thousands of cells. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = tag + JSON.stringify(options);
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.NumberFormat(tag, options)));
	return format;
}

/**
 * Text written with ASCII digits, `.` decimals and `,` groups (`1,234.5 KB`) in a language's
 * numerals: Persian digits with ٫ and ٬ in Persian, `1.234,5` in Vietnamese, as is in English.
 */
export function localiseNumerals(text: string, locale: Locale): string {
	if (locale === 'fa')
		return toPersianDigits(text).replace(/[.,]/g, (c) => (c === '.' ? '٫' : '٬'));
	if (locale === 'vi') return text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
	return text;
}
