import { ARABIC_INDIC_DIGITS, PERSIAN_DIGITS } from '../i18n/digits';
import { quoteIdent, quoteLiteral } from '../sql/quote';

const LOCAL_DIGIT = `[${PERSIAN_DIGITS}${ARABIC_INDIC_DIGITS}]`;

/**
 * SQL giving one row: for each of `columns` (as `c0`, `c1`...), how many of its first
 * `sampleSize` values hold a Persian or Arabic-Indic digit.
 */
export function buildLocalDigitsProbeSql(
	table: string,
	columns: string[],
	sampleSize = 100_000
): string {
	if (!Number.isInteger(sampleSize) || sampleSize < 1) {
		throw new Error(`invalid sampleSize: ${sampleSize}`);
	}
	const counts = columns.map(
		(c, i) =>
			`count(*) FILTER (WHERE regexp_matches(CAST(${quoteIdent(c)} AS VARCHAR), ${quoteLiteral(LOCAL_DIGIT)})) AS c${i}`
	);
	return `SELECT ${counts.join(', ')} FROM (SELECT * FROM ${quoteIdent(table)} LIMIT ${sampleSize})`;
}

/** The columns of a buildLocalDigitsProbeSql row that hold local digits, in probe order. */
export function columnsWithLocalDigits(columns: string[], row: Record<string, unknown>): string[] {
	return columns.filter((_, i) => Number(row[`c${i}`] ?? 0) > 0);
}

/** What the user is told when ids, numbers or dates are written in Persian or Arabic-Indic digits. */
export function localDigitsNote(columns: string[]): string | null {
	if (columns.length === 0) return null;
	const names = columns.map((c) => `“${c}”`).join(', ');
	// Names last: right-to-left headers next to the example would pull its digits into their run.
	return `Persian and Arabic-Indic digits read as 0–9 (۱۲۳ and 123 are the same customer id and the same number; ٫ is the decimal point, ٬ the thousands separator) in ${names}.`;
}
