import { quoteIdent } from '../sql/quote';
import { asciiTextExpr, dateExpr, excelSerialExpr, numberExpr, textExpr } from './detect-formats';
import { isNumericType } from './value-shapes';
import type {
	CleaningOptions,
	Role,
	SetAsideReason,
	SourceColumn,
	SourceMapping,
	SourceTable
} from './types';

/** What one kind of source contributes to its clean table (stages: see buildCleanTableSql). */
export interface CleanPlan {
	/** `expr AS name` over the source columns. */
	parsed: string[];
	/** `expr AS name` over the parsed columns (values that need other parsed values). */
	shaped: string[];
	/** Columns of the clean table after `_line` and `_reason`, as SQL names. */
	output: string[];
	/** The condition that sets a row aside, per reason (over parsed and shaped columns). */
	reasons: Partial<Record<SetAsideReason, string>>;
	/**
	 * Outputs that are one text column as `read` reads it, by output name. Where reading leaves
	 * every value as it is, the clean table reads them from the source instead of storing them
	 * again (see buildCleanTableSql). Only for plans whose rows keep the source's order.
	 */
	copies?: Record<string, TextCopy>;
}

/** An output that is a text column's value as read by `read` (and, if `present`, never NULL). */
export interface TextCopy {
	column: string;
	read: string;
	present?: boolean;
}

/** The copies of the text columns among `outputs` (output name → column, read as id or text). */
export function textCopies(
	outputs: Record<
		string,
		{ column: SourceColumn | undefined; as: 'id' | 'text'; present?: boolean }
	>
): Record<string, TextCopy> {
	const copies: Record<string, TextCopy> = {};
	for (const [output, { column, as, present }] of Object.entries(outputs)) {
		// Reading writes a typed column out as text: its values change type.
		if (!column || column.type !== 'VARCHAR') continue;
		const read = as === 'id' ? readId(column) : readText(column);
		copies[output] = { column: column.name, read, ...(present ? { present } : {}) };
	}
	return copies;
}

/** Everything a plan is built from. */
export interface CleanInput {
	source: SourceTable;
	mapping: SourceMapping;
	options: CleaningOptions;
}

/** The first source column (in file order) that plays `role`, if any. */
export function columnFor(input: CleanInput, role: Role): SourceColumn | undefined {
	return input.source.columns.find((c) => input.mapping.roles[c.name] === role);
}

/** Whether DuckDB typed the column as text (so its format decides how it is read). */
export function isText(column: SourceColumn): boolean {
	return /CHAR|TEXT|STRING/i.test(column.type);
}

/** A column as trimmed text, NULL when empty or absent. */
export function readText(column: SourceColumn | undefined): string {
	return column ? textExpr(quoteIdent(column.name)) : 'CAST(NULL AS VARCHAR)';
}

/**
 * What tells an empty value from a present one: the trimmed text of a text column (NULL when
 * empty); for a typed column a stand-in, NULL exactly where the value is, since writing millions
 * of numbers and timestamps out as text only to test them for emptiness costs seconds.
 */
export function readPresence(column: SourceColumn | undefined): string {
	if (!column || isText(column)) return readText(column);
	return `CASE WHEN ${quoteIdent(column.name)} IS NOT NULL THEN '' END`;
}

/**
 * A column as an id: trimmed text, with whole floats written without `.0`, and Persian and
 * Arabic-Indic digits written 0–9, so `۱۲۳` in one file and `123` in another are one customer.
 */
export function readId(column: SourceColumn | undefined): string {
	const float = /^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC)/i;
	if (!column) return readText(column);
	if (!float.test(column.type)) return asciiTextExpr(quoteIdent(column.name));
	// Exports often carry ids as floats (17850.0); written as text they would not match `17850`
	// in another file.
	const x = quoteIdent(column.name);
	const whole = `CASE WHEN ${x} = trunc(${x}) THEN CAST(TRY_CAST(${x} AS HUGEINT) AS VARCHAR) END`;
	return `coalesce(${whole}, ${textExpr(x)})`;
}

/**
 * A column as TIMESTAMP (NULL when empty, absent or unparsable), read with its mapped format;
 * a numeric column holds Excel serial day numbers (spreadsheets lose the date format).
 */
export function readDate(input: CleanInput, column: SourceColumn | undefined): string {
	if (!column) return 'CAST(NULL AS TIMESTAMP)';
	if (isNumericType(column.type))
		return excelSerialExpr(`CAST(${quoteIdent(column.name)} AS DOUBLE)`);
	const format = isText(column) ? (input.mapping.dateFormats[column.name] ?? 'iso') : null;
	return dateExpr(quoteIdent(column.name), format);
}

/** A column as DOUBLE (NULL when empty, absent or unparsable), read with its mapped format. */
export function readNumber(input: CleanInput, column: SourceColumn | undefined): string {
	if (!column) return 'CAST(NULL AS DOUBLE)';
	const format = isText(column) ? (input.mapping.numberFormats[column.name] ?? 'dot') : null;
	return numberExpr(quoteIdent(column.name), format);
}

/** A yes/no column as BOOLEAN: 1/true/yes/y/returned/return are true, anything else false. */
export function readFlag(column: SourceColumn | undefined): string {
	if (!column) return 'false';
	// The same answer as the text test below (only 1 reads as '1'), without writing out text.
	if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/i.test(column.type)) {
		return `coalesce(${quoteIdent(column.name)} = 1, false)`;
	}
	const yes = `('1', 't', 'true', 'yes', 'y', 'returned', 'return')`;
	return `coalesce(lower(${readText(column)}) IN ${yes}, false)`;
}

/** The missing/unparsable date reasons for a date read into `_sb_date_text` and `value`. */
export function dateReasons(column: SourceColumn | undefined, value: string): CleanPlan['reasons'] {
	if (!column) return {};
	return { missing_date: '_sb_date_text IS NULL', unparsable_date: `${value} IS NULL` };
}

/** `name`, or `name_2`, `name_3`... : the first not yet taken (case-insensitive); marks it taken. */
export function freeName(name: string, taken: Set<string>): string {
	const lower = new Set([...taken].map((t) => t.toLowerCase()));
	let candidate = name;
	for (let i = 2; lower.has(candidate.toLowerCase()); i++) {
		candidate = `${name}_${i}`;
	}
	taken.add(candidate);
	return candidate;
}
