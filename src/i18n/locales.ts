/** The languages of the interface. */
export const LOCALES = ['en', 'fa', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];

/** How dates are shown in Persian: the Jalali (Solar Hijri) calendar or the Gregorian one. */
export type Calendar = 'jalali' | 'gregorian';

/** Each language's own name, as its speakers read it in the switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	fa: 'فارسی',
	vi: 'Tiếng Việt'
};

/** The BCP 47 tag whose Intl number and plural rules each language uses. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', fa: 'fa-IR', vi: 'vi-VN' };

/** The writing direction of each language. */
export const LOCALE_DIRECTIONS: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', fa: 'rtl', vi: 'ltr' };

/** Whether a stored or requested value is one of the interface languages. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one chosen before (stored), else the first of the browser's
 * languages that the interface speaks (`fa-IR` → fa), else English.
 */
export function startLocale(stored: string | null, languages: readonly string[]): Locale {
	if (isLocale(stored)) return stored;
	for (const tag of languages) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return 'en';
}

/** The calendar to start in: the one chosen before, else Jalali (what Persian readers expect). */
export function startCalendar(stored: string | null): Calendar {
	return stored === 'gregorian' ? 'gregorian' : 'jalali';
}
