import type { Message } from '../../translate';

/**
 * English texts of why a dropped file could not be read, and of the reading steps: written by
 * the ingest code through `english()`, shown in the interface language by the source card.
 */
export const sourcesEn = {
	'sourceError.unknownKind':
		'this kind of file is not read: use CSV, TSV, TXT, Excel (.xlsx, .xls), JSON or Parquet',
	'sourceError.empty': 'the file is empty (0 bytes)',
	'sourceError.noSheetRows': 'no sheet of the workbook holds any rows',
	'sourceError.blank': 'it holds no text, only blank lines: there is no header and no data.',
	'sourceError.noSplit':
		'no way of splitting its lines into columns fits (tried comma, semicolon, tab and pipe): it may not be a table.',
	'sourceError.headerOnly': 'line 1 is a header ({names}) and no data lines follow it.',
	'sourceError.binary':
		'this is not a text table: it holds binary data (line {line}, byte {byte} is not text). Nothing was loaded from it.',
	'sourceError.looksLike':
		'this is not a text table: it looks like {what} (line {line}, byte {byte} is not text). Nothing was loaded from it.',
	'sourceError.tooLarge':
		'the file is {size}, more than this browser can hold in memory (about {max} for this kind of file). Load its first part under the same name to set the analysis up, then “Export SQL” above: the DuckDB command-line tool runs the same analysis on the whole file.',
	'sourceError.tooLargeNotCsv':
		'the file is {size}, more than this browser can hold in memory (about {max} for this kind of file (CSV goes further: DuckDB reads it straight from disk)). Load its first part under the same name to set the analysis up, then “Export SQL” above: the DuckDB command-line tool runs the same analysis on the whole file.',
	'sourceError.noRecords': 'it holds no records',
	'sourceError.notJson': 'it is not a JSON array of records nor newline-delimited JSON',
	'sourceError.badJsonLine': 'line {line} is not valid JSON ({error})',
	'sourceError.noRows': 'it holds no rows',
	// What a binary file looks like, by its first bytes
	'looksLike.zip': 'a ZIP archive (an .xlsx workbook is one: give it its .xlsx name)',
	'looksLike.xls': 'an old Excel workbook (.xls: give it its .xls name)',
	'looksLike.pdf': 'a PDF document',
	'looksLike.png': 'a PNG image',
	'looksLike.jpeg': 'a JPEG image',
	'looksLike.gzip': 'a gzip-compressed file',
	'looksLike.parquet': 'a Parquet file (give it its .parquet name)',
	// Above the page while a file is read
	'progress.reading': 'Reading {name}',
	'progress.cleaning': 'Cleaning {name}'
} satisfies Record<string, Message>;
