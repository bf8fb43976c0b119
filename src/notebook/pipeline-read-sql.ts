import type { SourceTable } from '../data/types';
import type { FileFormat } from '../engine/file-format';
import { quoteIdent, quoteLiteral } from '../sql/quote';

/**
 * The statement that loads one source file into its table as the app did, for a DuckDB script:
 * CSV through read_csv with the column types the app's DuckDB detected (so a sniffer of another
 * DuckDB version cannot type a column differently); other formats cast to those types.
 */
export function readSourceStatements(
	source: SourceTable,
	format: FileFormat
): { notes: string[]; statements: string[] } {
	const file = quoteLiteral(source.fileName);
	const table = quoteIdent(source.table);
	if (format === 'csv') {
		const types = source.columns.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`);
		return {
			notes: [],
			statements: [
				`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv(${file}, types = {${types.join(', ')}})`
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
