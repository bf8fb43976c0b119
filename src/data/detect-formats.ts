import { quoteIdent, quoteLiteral } from '../sql/quote';
import { asciiDigitsSql, jalaliTimestampSql, looksJalaliSql } from './jalali-sql';
import type { DateFormat, NumberFormat } from './types';

/** A count as it comes back from DuckDB (BIGINT may arrive as bigint or number). */
export type Count = number | bigint;

/**
 * One row of buildDateFormatProbeSql: non-empty values, how many each way of writing a date reads,
 * `either`: how many read as both day/month and month/day to different days (03/04/2024),
 * `serial`: how many are Excel serial day numbers (45292 for 2024-01-01), and `jalali`: how many
 * are Jalali dates that exist (1402/05/12). Values written as Jalali dates (year 1300–1499 first)
 * count for no Gregorian way. Persian and Arabic-Indic digits are read as 0–9 throughout.
 */
export interface DateProbeRow {
	non_empty: Count;
	iso: Count;
	dmy: Count;
	mdy: Count;
	ymd: Count;
	either: Count;
	serial: Count;
	jalali: Count;
}

/** One row of buildNumberFormatProbeSql; `separated` counts values holding a `.` or `,`. */
export interface NumberProbeRow {
	non_empty: Count;
	dot: Count;
	comma: Count;
	separated: Count;
}

/** The format chosen for a text column; `share` is the part of non-empty values it reads. */
export interface FormatChoice<F> {
	format: F;
	ambiguous: boolean;
	share: number;
}

/** A date format choice, with how many dates could be read either way (read in `format`). */
export interface DateChoice extends FormatChoice<TextDateFormat> {
	ambiguousCount: number;
}

type TextDateFormat = Exclude<DateFormat, null>;
type GregorianFormat = Exclude<TextDateFormat, 'jalali'>;
type TextNumberFormat = Exclude<NumberFormat, null>;

const withTimes = (dates: string[]) => dates.flatMap((d) => [d, d + ' %H:%M', d + ' %H:%M:%S']);

/** strptime formats of each way of writing a Gregorian date. */
export const DATE_PATTERNS: Record<GregorianFormat, string[]> = {
	iso: [
		...withTimes(['%Y-%m-%d']),
		'%Y-%m-%dT%H:%M',
		'%Y-%m-%dT%H:%M:%S',
		'%Y-%m-%d %H:%M:%S.%f',
		'%Y-%m-%dT%H:%M:%S.%f'
	],
	dmy: withTimes(['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y']),
	mdy: withTimes(['%m/%d/%Y']),
	ymd: withTimes(['%Y/%m/%d'])
};

// A column's format settles the one real question, day/month or month/day order; dates written
// year first are unambiguous and read in every column, so a column mixing ISO with 25/01/2024
// loses nothing. A Jalali column reads its Gregorian year-first dates too (years outside
// 1300–1499 cannot be Jalali).
const READ_ORDER: Record<TextDateFormat, GregorianFormat[]> = {
	iso: ['iso', 'ymd'],
	ymd: ['ymd', 'iso'],
	dmy: ['dmy', 'iso', 'ymd'],
	mdy: ['mdy', 'iso', 'ymd'],
	jalali: ['iso', 'ymd']
};

/** Excel serial day numbers read as dates: 20000 (1954-10-03) to 60000 (2064-04-08). */
export const EXCEL_SERIAL_RANGE = { first: 20_000, last: 60_000 } as const;

// After stripping currency symbols, spaces and apostrophes, a number must be written in one of
// these shapes; anything else (`12,5` read as decimal dot, `4.5O`) is unparsable, not misread.
const NUMBER_PATTERNS: Record<TextNumberFormat, string> = {
	dot: '[+-]?(\\d{1,3}(,\\d{3})+(\\.\\d*)?|\\d+(\\.\\d*)?|\\.\\d+)',
	comma: '[+-]?(\\d{1,3}(\\.\\d{3})+(,\\d*)?|\\d+(,\\d*)?|,\\d+)'
};
// \s is ASCII-only in RE2: no-break and narrow no-break spaces (French `1 234,56 €`) are listed.
// Iranian exports write amounts in rials or tomans by name (`۱۲۰٬۰۰۰ تومان`).
const NUMBER_NOISE = "[\\s\\x{00A0}\\x{202F}\\p{Sc}']|^[A-Z]{3}|[A-Z]{3}$|ریال|تومان";

/** The trimmed text of a value, NULL when empty. `sql` is an SQL expression. */
export function textExpr(sql: string): string {
	return `NULLIF(trim(CAST(${sql} AS VARCHAR)), '')`;
}

/** As textExpr, with Persian and Arabic-Indic digits and separators written in ASCII. */
export function asciiTextExpr(sql: string): string {
	return asciiDigitsSql(textExpr(sql));
}

/**
 * A TIMESTAMP (or NULL when it does not parse) from an SQL expression read as `format`: its own
 * way of writing dates (Jalali ones converted to Gregorian), then the year-first ones, then Excel
 * serial day numbers. Persian and Arabic-Indic digits read as 0–9.
 */
export function dateExpr(sql: string, format: DateFormat): string {
	if (format === null) return `TRY_CAST(${sql} AS TIMESTAMP)`;
	const list = READ_ORDER[format].flatMap((f) => DATE_PATTERNS[f]).map(quoteLiteral);
	const text = `trim(${asciiDigitsSql(`CAST(${sql} AS VARCHAR)`)})`;
	const gregorian = `coalesce(try_strptime(${text}, [${list.join(', ')}]), ${serialTextExpr(text)})`;
	if (format !== 'jalali') return gregorian;
	// A day that does not exist (1402/07/31) is unreadable, not a Gregorian date of year 1402.
	return `CASE WHEN ${looksJalaliSql(text)} THEN ${jalaliTimestampSql(text)} ELSE ${gregorian} END`;
}

/** A TIMESTAMP from a number that is an Excel serial day number (NULL outside the range). */
export function excelSerialExpr(sql: string): string {
	const { first, last } = EXCEL_SERIAL_RANGE;
	// Day 0 is 1899-12-30 rather than -31 because Excel counts 1900-02-29, which never was.
	return `CASE WHEN ${sql} BETWEEN ${first} AND ${last} THEN TIMESTAMP '1899-12-30' + to_seconds(CAST(round(${sql} * 86400) AS BIGINT)) END`;
}

function serialTextExpr(text: string): string {
	return `CASE WHEN regexp_full_match(${text}, '\\d{5}(\\.\\d+)?') THEN ${excelSerialExpr(`CAST(${text} AS DOUBLE)`)} END`;
}

/** A DOUBLE (or NULL when it does not parse) from an SQL expression read as `format`. */
export function numberExpr(sql: string, format: NumberFormat): string {
	if (format === null) return `TRY_CAST(${sql} AS DOUBLE)`;
	const text = `trim(${asciiDigitsSql(`CAST(${sql} AS VARCHAR)`)})`;
	const bare = `regexp_replace(${text}, ${quoteLiteral(NUMBER_NOISE)}, '', 'g')`;
	const plain =
		format === 'dot' ? `replace(${bare}, ',', '')` : `replace(replace(${bare}, '.', ''), ',', '.')`;
	const pattern = quoteLiteral(NUMBER_PATTERNS[format]);
	return `CASE WHEN regexp_full_match(${bare}, ${pattern}) THEN TRY_CAST(${plain} AS DOUBLE) END`;
}

/** SQL giving one DateProbeRow for a text column, over up to `sampleSize` rows. */
export function buildDateFormatProbeSql(
	table: string,
	column: string,
	sampleSize = 100_000
): string {
	const shapes = Object.keys(DATE_PATTERNS) as GregorianFormat[];
	const read = (f: GregorianFormat) =>
		`try_strptime(g, [${DATE_PATTERNS[f].map(quoteLiteral).join(', ')}])`;
	const values = `SELECT ${asciiTextExpr(quoteIdent(column))} AS v FROM ${quoteIdent(table)} LIMIT ${checkedSize(sampleSize)}`;
	const split = `SELECT v, CASE WHEN NOT ${looksJalaliSql('v')} THEN v END AS g, CASE WHEN ${looksJalaliSql('v')} THEN v END AS j FROM (${values})`;
	const inner = `(SELECT v, ${shapes.map((f) => `${read(f)} AS ${f}`).join(', ')}, ${serialTextExpr('g')} AS serial, ${jalaliTimestampSql('j')} AS jalali FROM (${split}))`;
	const counts = shapes.map((f) => `count(${f}) AS ${f}`);
	return `SELECT count(v) AS non_empty, ${counts.join(', ')}, count(*) FILTER (WHERE dmy <> mdy) AS either, count(serial) AS serial, count(jalali) AS jalali\nFROM ${inner}`;
}

/** SQL giving one NumberProbeRow for a text column, over up to `sampleSize` rows. */
export function buildNumberFormatProbeSql(
	table: string,
	column: string,
	sampleSize = 100_000
): string {
	const counts = (Object.keys(NUMBER_PATTERNS) as TextNumberFormat[]).map(
		(f) => `count(${numberExpr('v', f)}) AS ${f}`
	);
	counts.push(`count(*) FILTER (WHERE v LIKE '%.%' OR v LIKE '%,%') AS separated`);
	return probeSql(table, column, sampleSize, counts);
}

function probeSql(table: string, column: string, sampleSize: number, counts: string[]): string {
	return [
		`SELECT count(v) AS non_empty, ${counts.join(', ')}`,
		`FROM (SELECT ${asciiTextExpr(quoteIdent(column))} AS v FROM ${quoteIdent(table)} LIMIT ${checkedSize(sampleSize)})`
	].join('\n');
}

function checkedSize(sampleSize: number): number {
	if (!Number.isInteger(sampleSize) || sampleSize < 1) {
		throw new Error(`invalid sampleSize: ${sampleSize}`);
	}
	return sampleSize;
}

/**
 * The date format of a column. Jalali when Jalali dates are more than the Gregorian ones; else,
 * with dates written day or month first, the order that reads more of them (day/month on a tie,
 * `ambiguous` when every one fits both); otherwise year first. `ambiguousCount`: dates that read
 * either way as different days, read in the chosen order.
 */
export function chooseDateFormat(row: DateProbeRow): DateChoice {
	const [dmy, mdy, iso, ymd] = [row.dmy, row.mdy, row.iso, row.ymd].map(Number) as number[];
	const unambiguous = iso! + ymd! + Number(row.serial);
	const jalali = Number(row.jalali);
	if (jalali > 0 && jalali > Math.max(dmy!, mdy!) + unambiguous) {
		const read = jalali + iso! + ymd!;
		return {
			format: 'jalali',
			ambiguous: false,
			ambiguousCount: 0,
			share: share(read, row.non_empty)
		};
	}
	if (dmy! + mdy! === 0) {
		const format = ymd! > iso! ? 'ymd' : 'iso';
		return {
			format,
			ambiguous: false,
			ambiguousCount: 0,
			share: share(unambiguous, row.non_empty)
		};
	}
	const format = mdy! > dmy! ? 'mdy' : 'dmy';
	const parsed = Math.max(dmy!, mdy!);
	return {
		format,
		ambiguous: format === 'dmy' && mdy === dmy,
		ambiguousCount: Number(row.either),
		share: share(parsed + unambiguous, row.non_empty)
	};
}

/** The number format that reads most values; ties with separators (`1,234`) give dot, ambiguous. */
export function chooseNumberFormat(row: NumberProbeRow): FormatChoice<TextNumberFormat> {
	const dot = Number(row.dot);
	const comma = Number(row.comma);
	const format = comma > dot ? 'comma' : 'dot';
	const ambiguous = dot === comma && dot > 0 && Number(row.separated) > 0;
	return { format, ambiguous, share: share(Math.max(dot, comma), row.non_empty) };
}

function share(parsed: number, nonEmpty: Count): number {
	const n = Number(nonEmpty);
	return n === 0 ? 0 : parsed / n;
}
