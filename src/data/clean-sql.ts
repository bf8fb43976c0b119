import { quoteIdent, quoteLiteral } from '../sql/quote';
import type { DataKind } from './canonical-schema';
import { eventsPlan, ticketsPlan } from './clean-activity';
import { customersPlan } from './clean-customers';
import { freeName, type CleanInput, type CleanPlan, type TextCopy } from './clean-read';
import { transactionsPlan } from './clean-transactions';
import {
	SET_ASIDE_REASONS,
	type CleaningOptions,
	type SourceMapping,
	type SourceTable
} from './types';

const PLANS: Record<DataKind, (input: CleanInput) => CleanPlan> = {
	transactions: transactionsPlan,
	customers: customersPlan,
	events: eventsPlan,
	tickets: ticketsPlan
};

/** Name of the view of the cleaned rows of source table `source` (what every reader reads). */
export function cleanTableName(source: string): string {
	return `clean_${source}`;
}

/** Name of the table holding what cleaning computed for source table `source`. */
export function cleanValuesTableName(source: string): string {
	return `clean_${source}_values`;
}

/** SQL dropping what buildCleanTableSql made for source table `source`. */
export function buildDropCleanSql(source: string): string {
	return `DROP VIEW IF EXISTS ${quoteIdent(cleanTableName(source))}; DROP TABLE IF EXISTS ${quoteIdent(cleanValuesTableName(source))}`;
}

function planFor(source: SourceTable, mapping: SourceMapping, options: CleaningOptions): CleanPlan {
	if (mapping.kind === 'ignore') throw new Error(`invalid kind: ${mapping.kind}`);
	return PLANS[mapping.kind]({ source, mapping, options });
}

/**
 * The outputs of a source's clean rows that may be read from the source as they are, by name
 * (see CleanPlan.copies): none when the clean rows might not keep the source's order, which
 * reading them beside the source needs.
 */
export function cleanCopies(
	source: SourceTable,
	mapping: SourceMapping,
	options: CleaningOptions
): Record<string, TextCopy> {
	const names = source.columns.map((c) => c.name);
	// Marking duplicates needs a window, and so does numbering lines when a column shadows rowid.
	if (options.setAsideDuplicates || lineNumberSql(names) !== 'rowid + 1') return {};
	return planFor(source, mapping, options).copies ?? {};
}

/**
 * SQL telling, for each copy (columns `c0`, `c1`… in the order given), whether reading leaves
 * every value of its column as it is: then the clean rows can read it from the source.
 */
export function buildCopiesProbeSql(table: string, copies: TextCopy[]): string {
	const flags = copies.map((copy, i) => {
		const column = quoteIdent(copy.column);
		const kept = `(${copy.read}) IS NOT DISTINCT FROM ${column}`;
		const holds = copy.present ? `${kept} AND ${column} IS NOT NULL` : kept;
		return `coalesce(bool_and(${holds}), false) AS c${i}`;
	});
	return `SELECT ${flags.join(', ')} FROM ${quoteIdent(table)}`;
}

/** The outputs of `copies` whose probe flag (buildCopiesProbeSql's row) is true. */
export function copiesKept(
	copies: string[],
	probe: Record<string, unknown> | undefined
): Set<string> {
	return new Set(copies.filter((_, i) => probe?.[`c${i}`] === true));
}

/** A query over a source table adding its 1-based data-line number under the returned name. */
export function numberedSourceSql(table: string, columns: string[]): { sql: string; line: string } {
	const line = freeName('_sb_line', new Set(columns));
	const number = lineNumberSql(columns);
	return { sql: `SELECT *, ${number} AS ${quoteIdent(line)} FROM ${quoteIdent(table)}`, line };
}

/** The expression numbering a source table's rows 1, 2… in file order, given its columns. */
export function lineNumberSql(columns: string[]): string {
	// A column called "rowid" shadows DuckDB's rowid pseudo-column (see
	// tests/unit/regression/rowid-column-shadows-pseudocolumn.test.ts); then fall back to scan
	// order, which for a table just loaded from a file is file order.
	const shadowed = columns.some((c) => c.toLowerCase() === 'rowid');
	return shadowed ? 'row_number() OVER ()' : 'rowid + 1';
}

/**
 * SQL creating the view `clean_<table>`: one row per source row (nothing dropped) with `_line`,
 * `_reason` (NULL when kept, else the first SetAsideReason that applies), the canonical columns
 * of the source's kind and `_duplicate` (an exact copy of an earlier line; NULL unless duplicates
 * are set aside). What cleaning computes is stored in `clean_<table>_values`; the outputs named in
 * `copied` (copies the probe found reading leaves as they are) are read from the source beside
 * it, row by row in order (POSITIONAL JOIN), since writing millions of texts again takes seconds.
 */
export function buildCleanTableSql(
	source: SourceTable,
	mapping: SourceMapping,
	options: CleaningOptions,
	copied: ReadonlySet<string> = new Set()
): string {
	const plan = planFor(source, mapping, options);
	const copies = Object.entries(cleanCopies(source, mapping, options)).filter(([output]) =>
		copied.has(output)
	);
	const fromSource = new Map(copies.map(([output, copy]) => [output, copy.column]));
	const names = source.columns.map((c) => c.name);
	const numbered = numberedSourceSql(source.table, names);
	const line = quoteIdent(numbered.line);
	// Marking which line repeats an earlier one needs a window over every column, the costliest
	// step on millions of lines: it runs only when duplicates are set aside. Otherwise they are
	// counted in the quality report (buildDuplicateCountSql).
	const duplicate =
		names.length && options.setAsideDuplicates
			? `row_number() OVER (PARTITION BY ${names.map(quoteIdent).join(', ')} ORDER BY ${line}) > 1`
			: 'CAST(NULL AS BOOLEAN)';
	const reasons = { ...plan.reasons };
	if (options.setAsideDuplicates) reasons.duplicate = '_duplicate';
	const cases = SET_ASIDE_REASONS.flatMap((r) =>
		reasons[r] ? [`WHEN ${reasons[r]} THEN ${quoteLiteral(r)}`] : []
	);
	const reason = cases.length
		? `CASE\n\t\t${cases.join('\n\t\t')}\n\tEND`
		: 'CAST(NULL AS VARCHAR)';
	const shaped = plan.shaped.map((s) => `,\n\t\t${s}`).join('');
	const values = quoteIdent(cleanValuesTableName(source.table));
	const stored = plan.output.filter((o) => !fromSource.has(o));
	const viewed = plan.output.map((o) =>
		fromSource.has(o) ? `s.${quoteIdent(fromSource.get(o)!)} AS ${o}` : `v.${o}`
	);
	const besideSource = [...new Set(fromSource.values())].map(quoteIdent).join(', ');
	const from = fromSource.size
		? `${values} AS v POSITIONAL JOIN (SELECT ${besideSource} FROM ${quoteIdent(source.table)}) AS s`
		: `${values} AS v`;
	return `CREATE OR REPLACE TABLE ${values} AS
WITH _sb_numbered AS (
	${numbered.sql}
), _sb_parsed AS (
	SELECT ${line} AS _line,
		${duplicate} AS _duplicate,
		${plan.parsed.join(',\n\t\t')}
	FROM _sb_numbered
), _sb_shaped AS (
	SELECT *${shaped}
	FROM _sb_parsed
)
SELECT _line,
	${reason} AS _reason,
	${[...stored, '_duplicate'].join(', ')}
FROM _sb_shaped;
CREATE OR REPLACE VIEW ${quoteIdent(cleanTableName(source.table))} AS
SELECT v._line, v._reason, ${viewed.join(', ')}, v._duplicate
FROM ${from}`;
}
