import type { Table } from 'apache-arrow';
import type { Engine } from '../engine/database';
import { fileFormatOf } from '../engine/file-format';
import { browserMemoryLimits, fileTooLargeMessage } from '../engine/file-size-limit';
import { readerClient } from '../engine/readers/reader-client';
import {
	buildCountSql,
	buildDescribeSql,
	buildPreviewSql,
	buildReadCsvSql
} from '../data/read-source-sql';
import type { SourceColumn, SourceTable } from '../data/types';

/** What to load: a dropped file, or text the app made (the demo). */
export interface IngestInput {
	table: string;
	fileName: string;
	file?: File;
	text?: string;
	/** For workbooks: the sheet to load (default: the first sheet with rows). */
	sheet?: string;
}

/** A loaded source with its first rows and, for workbooks, the sheets to choose from. */
export interface Ingested {
	source: SourceTable;
	preview: Table;
	sheets: string[];
}

/** The names under which a source's file is registered with DuckDB (to forget them later). */
export function registeredFileNames(table: string): string[] {
	return [`${table}.csv`, `${table}.sheet.csv`];
}

/** Loads one file into DuckDB table `input.table`; throws a message naming the reason. */
export async function ingestFile(engine: Engine, input: IngestInput): Promise<Ingested> {
	const format = fileFormatOf(input.fileName) ?? (input.text !== undefined ? 'csv' : null);
	if (!format) {
		throw new Error(
			'this kind of file is not read: use CSV, TSV, TXT, Excel (.xlsx, .xls), JSON or Parquet'
		);
	}
	if (input.file && input.file.size === 0) throw new Error('the file is empty (0 bytes)');
	const tooLarge = input.file
		? fileTooLargeMessage(input.file.size, format, browserMemoryLimits())
		: null;
	if (tooLarge) throw new Error(tooLarge);
	let sheets: string[] = [];
	let sheet: string | undefined;
	if (format === 'csv') {
		const [registered] = registeredFileNames(input.table) as [string];
		if (input.file) await engine.registerFile(registered, input.file);
		else await engine.registerText(registered, input.text ?? '');
		await readCsv(engine, input.table, registered);
	} else if (format === 'workbook') {
		const all = await readerClient.readWorkbook(await fileBytes(input));
		const withRows = all.filter((s) => s.rows > 0);
		if (withRows.length === 0) throw new Error('no sheet of the workbook holds any rows');
		sheets = withRows.map((s) => s.name);
		const chosen = withRows.find((s) => s.name === input.sheet) ?? withRows[0]!;
		sheet = chosen.name;
		const registered = registeredFileNames(input.table)[1]!;
		await engine.registerText(registered, chosen.csv);
		await readCsv(engine, input.table, registered);
	} else {
		const ipc = await readerClient.readToArrow(format, await fileBytes(input));
		await engine.insertArrowIpc(ipc, input.table);
	}
	return { ...(await describeSource(engine, input.table, input.fileName, sheet)), sheets };
}

// A value deep in a file can break the type DuckDB sniffed from its first lines; reading every
// column as text then still loads the file, and cleaning parses the values and counts failures.
async function readCsv(engine: Engine, table: string, registered: string): Promise<void> {
	try {
		await engine.runLong(buildReadCsvSql(table, registered));
	} catch (error) {
		const message = (error as Error).message ?? '';
		if (!/convert|cast|conversion/i.test(message)) throw error;
		await engine.runLong(buildReadCsvSql(table, registered, { allVarchar: true }));
	}
}

async function fileBytes(input: IngestInput): Promise<ArrayBuffer> {
	if (input.file) return input.file.arrayBuffer();
	return new TextEncoder().encode(input.text ?? '').buffer as ArrayBuffer;
}

/** Reads a loaded table's columns, row count and first rows. */
export async function describeSource(
	engine: Engine,
	table: string,
	fileName: string,
	sheet?: string
): Promise<{ source: SourceTable; preview: Table }> {
	const described = (await engine.query(buildDescribeSql(table))).toArray();
	const count = Number((await engine.query(buildCountSql(table))).get(0)?.['n'] ?? 0);
	const preview = await engine.query(buildPreviewSql(table, 20));
	const columns: SourceColumn[] = described.map((row) => {
		const name = String(row['column_name']);
		return { name, type: String(row['column_type']), samples: samplesOf(preview, name) };
	});
	return { source: { table, fileName, sheet, columns, rowCount: count }, preview };
}

function samplesOf(preview: Table, column: string): string[] {
	const vector = preview.getChild(column);
	if (!vector) return [];
	const values: string[] = [];
	for (let i = 0; i < vector.length && values.length < 8; i++) {
		const value: unknown = vector.get(i);
		if (value !== null && value !== undefined && value !== '') values.push(String(value));
	}
	return values;
}
