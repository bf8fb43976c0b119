import { quoteLiteral } from '../sql/quote';
import { nowruzMarchDay } from '../i18n/jalali';
import { DIGIT_TRANSLATION } from '../i18n/digits';

/** Jalali years read as dates: a four-digit year in this range starting a date is Jalali. */
export const JALALI_YEARS = { first: 1300, last: 1499 } as const;

// The day of March of Farvardin 1 for every year from `first` to `last + 1` (the next year's
// start bounds Esfand), as one digit (day − 19) each: SQL looks it up with substr.
const NOWRUZ_DAYS = Array.from(
	{ length: JALALI_YEARS.last - JALALI_YEARS.first + 2 },
	(_, i) => nowruzMarchDay(JALALI_YEARS.first + i) - 19
).join('');

const JALALI_PATTERN =
	'^(1[34][0-9]{2})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?$';

/** An SQL expression: `sql` (text) with Persian and Arabic-Indic digits and separators in ASCII. */
export function asciiDigitsSql(sql: string): string {
	const translated = `translate(${sql}, ${quoteLiteral(DIGIT_TRANSLATION.from)}, ${quoteLiteral(DIGIT_TRANSLATION.to)})`;
	// translate() decodes every character: on a million ids it took 1.5 s a column. Text whose
	// byte length is its character length is ASCII and has nothing to translate (bench/README.md).
	return `CASE WHEN strlen(${sql}) = length(${sql}) THEN ${sql} ELSE ${translated} END`;
}

/** An SQL condition: the trimmed text `sql` looks like a Jalali date (year 1300–1499). */
export function looksJalaliSql(sql: string): string {
	return `regexp_full_match(trim(${asciiDigitsSql(`CAST(${sql} AS VARCHAR)`)}), ${quoteLiteral(JALALI_PATTERN)})`;
}

/**
 * An SQL expression giving the Gregorian TIMESTAMP of a Jalali date written `1402/05/12`,
 * `۱۴۰۲-۰۵-۱۲` or `1402.5.12 14:30[:05]`; NULL for anything else, including days that do not
 * exist (Mehr 31, Esfand 30 in a common year).
 */
export function jalaliTimestampSql(sql: string): string {
	const text = `trim(${asciiDigitsSql(`CAST(${sql} AS VARCHAR)`)})`;
	const parts = `regexp_extract(${text}, ${quoteLiteral(JALALI_PATTERN)}, ['y', 'm', 'd', 'hh', 'mi', 'ss'])`;
	const nowruz = (yearOffset: number) =>
		`make_date(TRY_CAST(p.y AS INTEGER) + ${621 + yearOffset}, 3, 19 + CAST(substr(${quoteLiteral(NOWRUZ_DAYS)}, TRY_CAST(p.y AS INTEGER) - ${JALALI_YEARS.first - 1 - yearOffset}, 1) AS INTEGER))`;
	// Farvardin–Shahrivar have 31 days, Mehr–Bahman 30, Esfand runs to the next Nowruz.
	const dayOfYear =
		'(CASE WHEN TRY_CAST(p.m AS INTEGER) <= 6 THEN (TRY_CAST(p.m AS INTEGER) - 1) * 31 ' +
		'ELSE 186 + (TRY_CAST(p.m AS INTEGER) - 7) * 30 END + TRY_CAST(p.d AS INTEGER) - 1)';
	const monthLength = 'CASE WHEN TRY_CAST(p.m AS INTEGER) <= 6 THEN 31 ELSE 30 END';
	const time = `make_time(TRY_CAST(coalesce(nullif(p.hh, ''), '0') AS INTEGER), TRY_CAST(coalesce(nullif(p.mi, ''), '0') AS INTEGER), TRY_CAST(coalesce(nullif(p.ss, ''), '0') AS DOUBLE))`;
	const valid = [
		`p.y <> ''`,
		`TRY_CAST(p.m AS INTEGER) BETWEEN 1 AND 12`,
		`TRY_CAST(p.d AS INTEGER) BETWEEN 1 AND ${monthLength}`,
		`${nowruz(0)} + ${dayOfYear} < ${nowruz(1)}`,
		`TRY_CAST(coalesce(nullif(p.hh, ''), '0') AS INTEGER) < 24`,
		`TRY_CAST(coalesce(nullif(p.mi, ''), '0') AS INTEGER) < 60`,
		`TRY_CAST(coalesce(nullif(p.ss, ''), '0') AS INTEGER) < 60`
	].join(' AND ');
	return `list_transform([${parts}], lambda p: CASE WHEN ${valid} THEN (${nowruz(0)} + ${dayOfYear}) + ${time} END)[1]`;
}
