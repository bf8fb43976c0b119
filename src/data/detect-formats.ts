import { quoteIdent, quoteLiteral } from '../sql/quote';
import type { DateFormat, NumberFormat } from './types';

/** A count as it comes back from DuckDB (BIGINT may arrive as bigint or number). */
export type Count = number | bigint;

/** One row of buildDateFormatProbeSql: non-empty values and how many each format reads. */
export interface DateProbeRow {
	non_empty: Count;
	iso: Count;
	dmy: Count;
	mdy: Count;
	ymd: Count;
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

type TextDateFormat = Exclude<DateFormat, null>;
type TextNumberFormat = Exclude<NumberFormat, null>;

const withTimes = (dates: string[]) => dates.flatMap((d) => [d, d + ' %H:%M', d + ' %H:%M:%S']);

/** strptime formats tried for each way of writing a date; DuckDB takes the first that fits. */
export const DATE_PATTERNS: Record<TextDateFormat, string[]> = {
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

// After stripping currency symbols, spaces and apostrophes, a number must be written in one of
// these shapes; anything else (`12,5` read as decimal dot, `4.5O`) is unparsable, not misread.
const NUMBER_PATTERNS: Record<TextNumberFormat, string> = {
	dot: '[+-]?(\\d{1,3}(,\\d{3})+(\\.\\d*)?|\\d+(\\.\\d*)?|\\.\\d+)',
	comma: '[+-]?(\\d{1,3}(\\.\\d{3})+(,\\d*)?|\\d+(,\\d*)?|,\\d+)'
};
// \s is ASCII-only in RE2: no-break and narrow no-break spaces (French `1 234,56 €`) are listed.
const NUMBER_NOISE = "[\\s\\x{00A0}\\x{202F}\\p{Sc}']|^[A-Z]{3}|[A-Z]{3}$";

/** The trimmed text of a value, NULL when empty. `sql` is an SQL expression. */
export function textExpr(sql: string): string {
	return `NULLIF(trim(CAST(${sql} AS VARCHAR)), '')`;
}

/** A TIMESTAMP (or NULL when it does not parse) from an SQL expression read as `format`. */
export function dateExpr(sql: string, format: DateFormat): string {
	if (format === null) return `TRY_CAST(${sql} AS TIMESTAMP)`;
	const list = DATE_PATTERNS[format].map(quoteLiteral).join(', ');
	return `try_strptime(trim(CAST(${sql} AS VARCHAR)), [${list}])`;
}

/** A DOUBLE (or NULL when it does not parse) from an SQL expression read as `format`. */
export function numberExpr(sql: string, format: NumberFormat): string {
	if (format === null) return `TRY_CAST(${sql} AS DOUBLE)`;
	const bare = `regexp_replace(trim(CAST(${sql} AS VARCHAR)), ${quoteLiteral(NUMBER_NOISE)}, '', 'g')`;
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
	const counts = (Object.keys(DATE_PATTERNS) as TextDateFormat[]).map(
		(f) => `count(${dateExpr('v', f)}) AS ${f}`
	);
	return probeSql(table, column, sampleSize, counts);
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
	if (!Number.isInteger(sampleSize) || sampleSize < 1) {
		throw new Error(`invalid sampleSize: ${sampleSize}`);
	}
	return [
		`SELECT count(v) AS non_empty, ${counts.join(', ')}`,
		`FROM (SELECT ${textExpr(quoteIdent(column))} AS v FROM ${quoteIdent(table)} LIMIT ${sampleSize})`
	].join('\n');
}

/** The date format that reads most values; dmy vs mdy ties (all days ≤ 12) give dmy, ambiguous. */
export function chooseDateFormat(row: DateProbeRow): FormatChoice<TextDateFormat> {
	const order: TextDateFormat[] = ['iso', 'dmy', 'mdy', 'ymd'];
	const best = order.reduce((a, b) => (Number(row[b]) > Number(row[a]) ? b : a));
	const parsed = Number(row[best]);
	const ambiguous = best === 'dmy' && parsed > 0 && Number(row.mdy) === parsed;
	return { format: best, ambiguous, share: share(parsed, row.non_empty) };
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
