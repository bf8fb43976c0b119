import { quoteIdent, quoteLiteral } from '../sql/quote';
import { dateColumn } from './canonical-schema';
import { cleanTableName, lineNumberSql, numberedSourceSql } from './clean-sql';
import { freeName } from './clean-read';
import type { Count } from './detect-formats';
import {
	SET_ASIDE_REASONS,
	type QualityReport,
	type SetAsideReason,
	type SourceMapping,
	type SourceTable
} from './types';

/** One row of buildQualityReportSql: counts, one per reason, and the kept date range. */
export type QualityRow = Record<SetAsideReason, Count> & {
	read: Count;
	kept: Count;
	duplicates: Count;
	first_date: string | null;
	last_date: string | null;
	customers: Count;
};

/**
 * SQL giving one QualityRow for a source, from its clean table. `malformedLines` counts the
 * file's lines that never reached the table (they did not fit the header's columns): they are
 * read and set aside too, so read = kept + set aside still holds.
 */
export function buildQualityReportSql(mapping: SourceMapping, malformedLines = 0): string {
	if (mapping.kind === 'ignore') throw new Error(`invalid kind: ${mapping.kind}`);
	if (!Number.isInteger(malformedLines) || malformedLines < 0) {
		throw new Error(`invalid malformedLines: ${malformedLines}`);
	}
	const kept = 'FILTER (WHERE _reason IS NULL)';
	const date = dateColumn(mapping.kind, Object.values(mapping.roles));
	const day = (fn: string) =>
		date ? `strftime(${fn}(${date}) ${kept}, '%Y-%m-%d')` : 'CAST(NULL AS VARCHAR)';
	const columns = [
		`count(*) + ${malformedLines} AS ${quoteIdent('read')}`,
		`count(*) ${kept} AS kept`,
		...SET_ASIDE_REASONS.map((r) =>
			r === 'malformed_line'
				? `CAST(${malformedLines} AS BIGINT) AS ${r}`
				: `count(*) FILTER (WHERE _reason = ${quoteLiteral(r)}) AS ${r}`
		),
		`(${buildDuplicateCountSql(mapping.table, Object.keys(mapping.roles))}) AS duplicates`,
		`${day('min')} AS first_date`,
		`${day('max')} AS last_date`,
		`count(DISTINCT customer_id) ${kept} AS customers`
	];
	return `SELECT ${columns.join(',\n\t')}\nFROM ${quoteIdent(cleanTableName(mapping.table))}`;
}

/**
 * SQL counting exact duplicate lines of a source: lines equal in every column to an earlier one.
 * `columns` are the source's column names.
 */
export function buildDuplicateCountSql(table: string, columns: string[]): string {
	// A DISTINCT over every column holds each line's text in a hash table: on millions of lines
	// it is the costliest step of the report, and the memory it grows is never given back. A
	// 64-bit hash of each line finds the few lines that may repeat another; only those are
	// compared in full, so the count stays exact when two different lines share a hash.
	const t = quoteIdent(table);
	const line = quoteIdent(freeName('_sb_line', new Set(columns)));
	const number = lineNumberSql(columns);
	return `WITH _sb_hashed AS MATERIALIZED (
	SELECT ${number} AS ${line}, hash(*COLUMNS(*)) AS _sb_hash FROM ${t}
), _sb_candidates AS (
	SELECT ${line} FROM _sb_hashed
	WHERE _sb_hash IN (SELECT _sb_hash FROM _sb_hashed GROUP BY _sb_hash HAVING count(*) > 1)
)
SELECT (SELECT count(*) FROM _sb_candidates) - (
	SELECT count(*) FROM (
		SELECT DISTINCT * EXCLUDE (${line})
		FROM (SELECT *, ${number} AS ${line} FROM ${t})
		WHERE ${line} IN (SELECT ${line} FROM _sb_candidates)
	)
)`;
}

/** The QualityReport of a source from its QualityRow; setAside lists reasons that occurred. */
export function toQualityReport(
	row: QualityRow,
	source: SourceTable,
	mapping: SourceMapping
): QualityReport {
	const setAside: QualityReport['setAside'] = {};
	for (const reason of SET_ASIDE_REASONS) {
		const n = Number(row[reason]);
		if (n > 0) setAside[reason] = n;
	}
	return {
		table: source.table,
		fileName: source.fileName,
		kind: mapping.kind,
		read: Number(row.read),
		kept: Number(row.kept),
		setAside,
		duplicates: Number(row.duplicates),
		firstDate: row.first_date,
		lastDate: row.last_date,
		customers: Number(row.customers)
	};
}

/**
 * SQL giving up to `limit` set-aside rows as they are in the file: `_line`, `_reason`, then
 * every source column; only rows set aside for `reason` when one is given.
 */
export function buildSetAsideSampleSql(
	mapping: SourceMapping,
	reason: SetAsideReason | null,
	limit: number
): string {
	if (!Number.isInteger(limit) || limit < 0) throw new Error(`invalid limit: ${limit}`);
	const numbered = numberedSourceSql(mapping.table, Object.keys(mapping.roles));
	const line = quoteIdent(numbered.line);
	const which = reason === null ? 'c._reason IS NOT NULL' : `c._reason = ${quoteLiteral(reason)}`;
	return `SELECT c._line, c._reason, s.* EXCLUDE (${line})
FROM (${numbered.sql}) AS s
JOIN ${quoteIdent(cleanTableName(mapping.table))} AS c ON c._line = s.${line}
WHERE ${which}
ORDER BY c._line
LIMIT ${limit}`;
}
