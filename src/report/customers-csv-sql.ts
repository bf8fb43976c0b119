import { quoteIdent, quoteLiteral } from '../sql/quote';
import { isTextColumn, type ExportColumn } from './export-columns';

// A spreadsheet runs a cell that starts with one of these as a formula (or, for tab and carriage
// return, may shift it into one). OWASP's advice: start such a cell with a single quote.
// https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_STARTS = ["'='", "'+'", "'-'", "'@'", 'chr(9)', 'chr(13)'];

/** A text column's value with a leading `'` when it would start a formula; other values as they are. */
export function neutralisedColumnSql(column: ExportColumn): string {
	const id = quoteIdent(column.name);
	if (!isTextColumn(column)) return id;
	const text = /^VARCHAR$/i.test(column.type.trim()) ? id : `CAST(${id} AS VARCHAR)`;
	return `CASE WHEN left(${text}, 1) IN (${FORMULA_STARTS.join(', ')}) THEN '''' || ${text} ELSE ${text} END AS ${id}`;
}

/** Options of an export's SELECT: the table, its columns in output order, an optional filter. */
export interface ExportSelectOptions {
	table: string;
	columns: readonly ExportColumn[];
	/** A boolean SQL expression (built by this folder's builders, never from raw user text). */
	where?: string;
	orderBy?: string;
}

/** SELECT of the columns, text neutralised against formula injection, one row per table row. */
export function buildExportSelectSql(opts: ExportSelectOptions): string {
	if (opts.columns.length === 0) throw new Error(`invalid export: ${opts.table} has no columns`);
	const where = opts.where ? `\nWHERE ${opts.where}` : '';
	const order = opts.orderBy ? `\nORDER BY ${quoteIdent(opts.orderBy)}` : '';
	return `SELECT ${opts.columns.map(neutralisedColumnSql).join(',\n\t')}
FROM ${quoteIdent(opts.table)}${where}${order}`;
}

/** `COPY (select) TO 'file'` as CSV with a header row, written by DuckDB into its file system. */
export function buildCsvCopySql(selectSql: string, file: string): string {
	return `COPY (${selectSql}) TO ${quoteLiteral(file)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"')`;
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The bytes with a UTF-8 byte-order mark in front: Excel then reads Persian or Vietnamese right. */
export function withUtf8Bom(bytes: Uint8Array): Uint8Array {
	const out = new Uint8Array(UTF8_BOM.length + bytes.length);
	out.set(UTF8_BOM, 0);
	out.set(bytes, UTF8_BOM.length);
	return out;
}
