import { locale } from '../i18n/locale.svelte';
import { formatJalali } from '../i18n/jalali';
import { toPersianDigits } from '../i18n/digits';
import type { Calendar, Locale } from '../i18n/locales';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day `YYYY-MM-DD` as a reader of the language writes it: `2024-03-20` in English,
 * `20/03/2024` in Vietnamese, `۱۴۰۳/۰۱/۰۱` in Persian (Jalali) or `۲۰۲۴/۰۳/۲۰` (Gregorian).
 * Text that is not an ISO day is returned as it is.
 */
export function formatDayIn(iso: string, lang: Locale, calendar: Calendar): string {
	const match = ISO_DAY.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	if (lang === 'vi') return `${day}/${month}/${year}`;
	if (lang === 'fa') {
		return calendar === 'jalali'
			? formatJalali(iso, 'persian')
			: toPersianDigits(`${year}/${month}/${day}`);
	}
	return iso;
}

/** A day `YYYY-MM-DD` in the interface language and calendar (see formatDayIn). */
export function formatDate(iso: string): string {
	return formatDayIn(iso, locale.current, locale.calendar);
}

/** Two days as a range, the arrow pointing in the reading direction (← in Persian). */
export function formatDayRange(first: string, last: string): string {
	const arrow = locale.current === 'fa' ? '←' : '→';
	return `${formatDate(first)} ${arrow} ${formatDate(last)}`;
}
