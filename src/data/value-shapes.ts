// Cheap looks at a column's DuckDB type and sample values. They only break ties in role
// detection; reading formats for real is the job of the format detector.

import { normaliseDigits } from '../i18n/digits';

/** True for DuckDB date and timestamp types. */
export function isDateType(type: string): boolean {
	return /^(DATE|TIMESTAMP|TIMESTAMPTZ|DATETIME)\b/i.test(type.trim());
}

/** True for DuckDB integer, decimal and floating-point types. */
export function isNumericType(type: string): boolean {
	return /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?\d*|DECIMAL|NUMERIC|DOUBLE|FLOAT\d*|REAL)\b/i.test(
		type.trim()
	);
}

/** True for DuckDB's BOOLEAN. */
export function isBooleanType(type: string): boolean {
	return /^(BOOLEAN|BOOL)$/i.test(type.trim());
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_PATTERNS = [
	/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?)?\b/,
	/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?\b/,
	/^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/,
	new RegExp(`^\\d{1,2}[ -]${MONTH}[ -]\\d{2,4}`, 'i'),
	new RegExp(`^${MONTH} \\d{1,2},? \\d{4}`, 'i')
];

/** True when a text value looks like a date or a timestamp. */
export function looksLikeDate(value: string): boolean {
	const v = normaliseDigits(value.trim());
	return DATE_PATTERNS.some((p) => p.test(v));
}

/** True when a text value looks like a number, with or without currency and separators. */
export function looksLikeNumber(value: string): boolean {
	const v = normaliseDigits(value.trim());
	return /^[-+(]?\s*[^\d\s-]{0,4}\s*[-+]?\d[\d.,'’\s\u00a0\u202f]*\s*[^\d\s]{0,5}\)?$/u.test(v);
}

/** True when a text value looks like an e-mail address. */
export function looksLikeEmail(value: string): boolean {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

const BOOLEAN_WORDS = new Set(
	['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f', '0', '1'].concat([
		'بله',
		'خیر',
		'بلی',
		'نه',
		'có',
		'không'
	])
);
const GENDER_WORDS = new Set(
	['m', 'f', 'male', 'female', 'man', 'woman', 'men', 'women', 'other', 'non-binary', 'nb'].concat([
		'مرد',
		'زن',
		'آقا',
		'خانم',
		'nam',
		'nữ',
		'nu',
		'khác'
	])
);

/** True when a text value reads as yes/no. */
export function looksLikeBoolean(value: string): boolean {
	return BOOLEAN_WORDS.has(value.trim().toLowerCase());
}

/** True when a text value reads as a gender. */
export function looksLikeGender(value: string): boolean {
	return GENDER_WORDS.has(value.trim().toLowerCase());
}

/** Share (0..1) of the samples that pass a test; 0 for no samples. */
export function shareOf(samples: string[], test: (value: string) => boolean): number {
	if (samples.length === 0) return 0;
	return samples.filter(test).length / samples.length;
}

/** True when every sample differs from the others, as an id column's do. */
export function allDistinct(samples: string[]): boolean {
	return samples.length >= 3 && new Set(samples).size === samples.length;
}
