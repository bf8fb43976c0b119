import type { SourceTable } from '../data/types';
import type { FileFormat } from '../engine/file-format';
import { quoteIdent, quoteLiteral } from '../sql/quote';

/**
 * The statement that loads one source file into its table as the app did, for a DuckDB script:
 * CSV through read_csv with the column types the app's DuckDB detected (so a sniffer of another
 * DuckDB version cannot type a column differently) and, as in the app, lines that do not fit
 * the header set aside (store_rejects) instead of failing the read; other formats cast to those
 * types. `encoding` is the text encoding the app read a delimited file in.
 */
export function readSourceStatements(
	source: SourceTable,
	format: FileFormat,
	encoding = 'utf-8'
): { notes: string[]; statements: string[] } {
	const file = quoteLiteral(source.fileName);
	const table = quoteIdent(source.table);
	if (format === 'csv') {
		const types = source.columns.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`);
		const utf16 = encoding.startsWith('utf-16') ? ", encoding = 'utf-16'" : '';
		const convert = encoding !== 'utf-8' && !utf16;
		return {
			notes: convert
				? [
						`The app read this file as ${encoding}: convert it to UTF-8 first, e.g.`,
						`iconv -f ${encoding} -t utf-8 (DuckDB reads UTF-8 and UTF-16 as they are).`
					]
				: [],
			statements: [
				`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv(${file}, types = {${types.join(', ')}}, store_rejects = true${utf16})`
			]
		};
	}
	const casts = source.columns
		.map((c) => `CAST(${quoteIdent(c.name)} AS ${c.type}) AS ${quoteIdent(c.name)}`)
		.join(',\n\t');
	const select = (reader: string) =>
		`CREATE OR REPLACE TABLE ${table} AS SELECT\n\t${casts}\nFROM ${reader}`;
	if (format === 'parquet') {
		return { notes: [], statements: [select(`read_parquet(${file})`)] };
	}
	if (format === 'json') {
		return {
			notes: ['The json extension reads an array of records or one record per line.'],
			statements: [select(`read_json_auto(${file})`)]
		};
	}
	const sheet = source.sheet ? `, sheet = ${quoteLiteral(source.sheet)}` : '';
	return {
		notes: [
			'Workbooks need the excel extension (INSTALL excel once). Or save the sheet as CSV and',
			`read it with read_csv instead of read_xlsx.`
		],
		statements: [
			'INSTALL excel',
			'LOAD excel',
			select(`read_xlsx(${file}${sheet}, header = true, all_varchar = true)`)
		]
	};
}
