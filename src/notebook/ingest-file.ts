import type { Table } from 'apache-arrow';
import type { Engine } from '../engine/database';
import { readerClient } from '../engine/readers/reader-client';
import type { MalformedLines, SourceTable } from '../data/types';
import { describeSource } from './describe-source';
import { checkedFormat } from './file-format-check';
import type { TextEncoding } from '../engine/readers/text-sniff';
import { readCsvSource, type CsvRead } from './read-csv-source';
import { english } from '../i18n/english';

/** What to load: a dropped file, or text the app made (the demo). */
export interface IngestInput {
	table: string;
	fileName: string;
	file?: File;
	text?: string;
	/** For workbooks: the sheet to load (default: the first sheet with rows). */
	sheet?: string;
	/** For delimited text: the encoding the user chose (detected when absent). */
	encoding?: TextEncoding;
}

/**
 * A loaded source with its first rows; for workbooks, the sheets to choose from; for delimited
 * text, the encoding it was read in, the lines set aside and notes about its header.
 */
export interface Ingested {
	source: SourceTable;
	preview: Table;
	sheets: string[];
	encoding?: TextEncoding;
	detectedEncoding?: TextEncoding;
	malformed?: MalformedLines;
	readNotes: string[];
}

/** The names under which a source's file is registered with DuckDB (to forget them later). */
export function registeredFileNames(table: string): string[] {
	return [`${table}.csv`, `${table}.sheet.csv`, `${table}.text.csv`];
}

/** Loads one file into DuckDB table `input.table`; throws a message naming the reason. */
export async function ingestFile(engine: Engine, input: IngestInput): Promise<Ingested> {
	const format = checkedFormat(input.fileName, input.file?.size);
	let sheets: string[] = [];
	let sheet: string | undefined;
	let csv: CsvRead | undefined;
	const [fileName, sheetName, textName] = registeredFileNames(input.table) as [
		string,
		string,
		string
	];
	if (format === 'csv') {
		csv = await readCsvSource(
			engine,
			{ ...input, registered: { file: fileName, text: textName } },
			(bytes, encoding) => readerClient.decodeText(bytes, encoding)
		);
	} else if (format === 'workbook') {
		const all = await readerClient.readWorkbook(await fileBytes(input));
		const withRows = all.filter((s) => s.rows > 0);
		if (withRows.length === 0) throw new Error(english('sourceError.noSheetRows'));
		sheets = withRows.map((s) => s.name);
		const chosen = withRows.find((s) => s.name === input.sheet) ?? withRows[0]!;
		sheet = chosen.name;
		csv = await readCsvSource(
			engine,
			{ table: input.table, registered: { file: sheetName, text: sheetName }, text: chosen.csv },
			() => Promise.reject(new Error('a sheet is text already'))
		);
	} else {
		const ipc = await readerClient.readToArrow(format, await fileBytes(input));
		await engine.insertArrowIpc(ipc, input.table);
	}
	const described = await describeSource(engine, input.table, input.fileName, sheet);
	return {
		...described,
		sheets,
		readNotes: csv?.notes ?? [],
		...(format === 'csv' && csv
			? { encoding: csv.encoding, detectedEncoding: csv.detectedEncoding }
			: {}),
		...(csv ? { malformed: csv.malformed } : {})
	};
}

async function fileBytes(input: IngestInput): Promise<ArrayBuffer> {
	if (input.file) return input.file.arrayBuffer();
	return new TextEncoder().encode(input.text ?? '').buffer as ArrayBuffer;
}
