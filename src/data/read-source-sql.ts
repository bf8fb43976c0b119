import { quoteIdent, quoteLiteral } from '../sql/quote';

/** Options for reading a delimited text file; DuckDB's sniffer decides what is left unset. */
export interface ReadCsvOptions {
	/** Read every column as text: the fallback when a value deep in the file breaks a sniffed type. */
	allVarchar?: boolean;
}

/** SQL that creates table `table` from the registered CSV/TSV/TXT file `registeredName`. */
export function buildReadCsvSql(
	table: string,
	registeredName: string,
	options: ReadCsvOptions = {}
): string {
	const args = [quoteLiteral(registeredName)];
	if (options.allVarchar) args.push('all_varchar = true');
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
