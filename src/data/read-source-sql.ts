import { quoteIdent, quoteLiteral } from '../sql/quote';

/** Options for reading a delimited text file; DuckDB's sniffer decides what is left unset. */
export interface ReadCsvOptions {
	/** Read every column as text: the fallback when a value deep in the file breaks a sniffed type. */
	allVarchar?: boolean;
	/**
	 * Lines that do not split into the header's columns (or hold bad bytes) go to this table
	 * instead of failing the read; see buildRejectedLinesSql. Its scan table is `<name>_scan`.
	 */
	rejectsTable?: string;
}

/** SQL that creates table `table` from the registered CSV/TSV/TXT file `registeredName`. */
export function buildReadCsvSql(
	table: string,
	registeredName: string,
	options: ReadCsvOptions = {}
): string {
	const args = [quoteLiteral(registeredName)];
	if (options.allVarchar) args.push('all_varchar = true');
	if (options.rejectsTable) {
		args.push(
			'store_rejects = true',
			`rejects_table = ${quoteLiteral(options.rejectsTable)}`,
			`rejects_scan = ${quoteLiteral(options.rejectsTable + '_scan')}`
		);
	}
	return `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${args.join(', ')})`;
}

/** SQL that lists a table's columns and their DuckDB types. */
export function buildDescribeSql(table: string): string {
	return `SELECT column_name, column_type FROM (DESCRIBE ${quoteIdent(table)})`;
}

/** SQL that counts a table's rows. */
export function buildCountSql(table: string): string {
	return `SELECT count(*) AS n FROM ${quoteIdent(table)}`;
}

/** SQL for the first rows of a table, in file order. */
export function buildPreviewSql(table: string, limit = 20): string {
	return `SELECT * FROM ${quoteIdent(table)} ORDER BY rowid LIMIT ${Math.max(0, Math.floor(limit))}`;
}

/** SQL dropping the tables a read with `rejectsTable` made. */
export function buildDropRejectsSql(rejectsTable: string): string {
	return [rejectsTable, rejectsTable + '_scan']
		.map((t) => `DROP TABLE IF EXISTS ${quoteIdent(t)}`)
		.join('; ');
}

/**
 * SQL listing the rejected lines of a read, one row per line: `line` (in the file, the header
 * being line 1), `kind` (DuckDB's error type), `problem` and `text`, then `n`: how many lines
 * in all.
 */
export function buildRejectedLinesSql(rejectsTable: string, limit: number): string {
	if (!Number.isInteger(limit) || limit < 0) throw new Error(`invalid limit: ${limit}`);
	return `SELECT line, kind, problem, text, count(*) OVER () AS n
FROM (
	SELECT line, first(error_type ORDER BY column_idx) AS kind,
		first(error_message ORDER BY column_idx) AS problem, first(csv_line) AS text
	FROM ${quoteIdent(rejectsTable)}
	GROUP BY line
)
ORDER BY line
LIMIT ${limit}`;
}

/** SQL listing the distinct kinds of rejected lines (DuckDB's error types) of a read. */
export function buildRejectKindsSql(rejectsTable: string): string {
	return `SELECT DISTINCT error_type AS kind FROM ${quoteIdent(rejectsTable)}`;
}

/** SQL for a delimited file's first line as values (`column0`, `column1`...), split at `delim`. */
export function buildHeaderLineSql(registeredName: string, delim: string, skip: number): string {
	if (!Number.isInteger(skip) || skip < 0) throw new Error(`invalid skip: ${skip}`);
	const args = [
		quoteLiteral(registeredName),
		'header = false',
		'all_varchar = true',
		'ignore_errors = true',
		`delim = ${quoteLiteral(delim)}`,
		`skip = ${skip}`
	];
	return `SELECT * FROM read_csv(${args.join(', ')}) LIMIT 1`;
}

/** SQL for the delimiter and skipped lines DuckDB's sniffer finds in a registered file. */
export function buildSniffSql(registeredName: string): string {
	return `SELECT Delimiter AS delim, SkipRows AS skip FROM sniff_csv(${quoteLiteral(registeredName)})`;
}
