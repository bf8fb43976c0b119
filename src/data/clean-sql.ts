import { quoteIdent, quoteLiteral } from '../sql/quote';
import type { DataKind } from './canonical-schema';
import { eventsPlan, ticketsPlan } from './clean-activity';
import { customersPlan } from './clean-customers';
import { freeName, type CleanInput, type CleanPlan } from './clean-read';
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

/** Name of the table holding the cleaned rows of source table `source`. */
export function cleanTableName(source: string): string {
	return `clean_${source}`;
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
 * SQL creating `clean_<table>`: one row per source row (nothing dropped) with `_line`, `_reason`
 * (NULL when kept, else the first SetAsideReason that applies), the canonical columns of the
 * source's kind and `_duplicate` (an exact copy of an earlier line; NULL unless duplicates are
 * set aside).
 */
export function buildCleanTableSql(
	source: SourceTable,
	mapping: SourceMapping,
	options: CleaningOptions
): string {
	if (mapping.kind === 'ignore') throw new Error(`invalid kind: ${mapping.kind}`);
	const plan = PLANS[mapping.kind]({ source, mapping, options });
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
	return `CREATE OR REPLACE TABLE ${quoteIdent(cleanTableName(source.table))} AS
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
	${plan.output.join(', ')},
	_duplicate
FROM _sb_shaped`;
}
