// Persian (Extended Arabic-Indic, U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits, and
// the Arabic decimal (U+066B) and thousands (U+066C) separators, as exports from Iranian and
// Arab Excel installations write them.
export const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
export const ARABIC_DECIMAL_SEPARATOR = '٫';
export const ARABIC_THOUSANDS_SEPARATOR = '٬';

/** Non-ASCII characters read as ASCII, and what each becomes (one character to one). */
export const DIGIT_TRANSLATION = {
	from:
		PERSIAN_DIGITS + ARABIC_INDIC_DIGITS + ARABIC_DECIMAL_SEPARATOR + ARABIC_THOUSANDS_SEPARATOR,
	to: '0123456789' + '0123456789' + '.' + ','
} as const;

const toAscii = new Map([...DIGIT_TRANSLATION.from].map((c, i) => [c, DIGIT_TRANSLATION.to[i]!]));

/** `text` with Persian and Arabic-Indic digits and separators written in ASCII. */
export function normaliseDigits(text: string): string {
	let out = '';
	for (const c of text) out += toAscii.get(c) ?? c;
	return out;
}

/** `text` with ASCII digits written as Persian digits (separators are left to the caller). */
export function toPersianDigits(text: string): string {
	return text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!);
}
