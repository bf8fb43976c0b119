import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Table } from 'apache-arrow';
import { decodeText } from '../../../../src/engine/readers/decode-text';
import type { TextEncoding } from '../../../../src/engine/readers/text-sniff';
import { workbookToCsv } from '../../../../src/engine/readers/workbook-to-csv';
import { readCsvSource, type CsvEngine } from '../../../../src/notebook/read-csv-source';
import { describeSource } from '../../../../src/notebook/describe-source';
import { prepareSource } from '../../../../src/notebook/prepare-source';
import { checkedFormat } from '../../../../src/notebook/file-format-check';
import { detectMapping } from '../../../../src/data/detect-roles';
import { DEFAULT_CLEANING } from '../../../../src/data/types';
import type { SourceEntry } from '../../../../src/notebook/source-entry';
import type { TestDb } from '../../node-duckdb';

const DIR = fileURLToPath(new URL('../../../fixtures/messy/', import.meta.url));

/** The app's engine calls, answered by the test's DuckDB (same wasm engine, in this process). */
export function testEngine(db: TestDb): CsvEngine {
	return {
		query: async (sql) => db.table(sql) as Table,
		runLong: async (sql) => db.table(sql) as Table,
		registerFile: async (name, file) =>
			db.registerBuffer(name, new Uint8Array(await file.arrayBuffer())),
		registerText: async (name, text) => db.registerText(name, text)
	};
}

/**
 * Reads a messy fixture the way the app does (sniff, decode, read_csv with rejects, describe,
 * detect the mapping, probe formats, clean, report) and returns its source entry.
 */
export function ingestFixture(
	db: TestDb,
	table: string,
	fileName: string,
	encoding?: TextEncoding
): Promise<SourceEntry> {
	return ingestBytes(db, table, fileName, readFileSync(DIR + fileName), encoding);
}

/** As ingestFixture, for bytes made by the test. */
export async function ingestBytes(
	db: TestDb,
	table: string,
	fileName: string,
	bytes: Buffer,
	encoding?: TextEncoding
): Promise<SourceEntry> {
	// The checks the app makes before reading a byte (a kind it does not read, 0 bytes…).
	checkedFormat(fileName, bytes.length);
	const engine = testEngine(db);
	// A copy in a plain ArrayBuffer, as a browser's File gives.
	const data = new Uint8Array(bytes);
	const file = new File([data], fileName);
	const registered = { file: `${table}.csv`, text: `${table}.text.csv` };
	const read = fileName.endsWith('.xlsx')
		? await readCsvSource(
				engine,
				{ table, registered, text: workbookToCsv(data.buffer)[0]!.csv },
				() => Promise.reject(new Error('a sheet is text already'))
			)
		: await readCsvSource(engine, { table, registered, file, encoding }, async (b, e) =>
				decodeText(b, e)
			);
	const described = await describeSource(engine, table, fileName);
	const entry: SourceEntry = {
		table,
		fileName,
		size: bytes.length,
		status: 'ready',
		sheets: [],
		formatNotes: [],
		...described,
		encoding: read.encoding,
		detectedEncoding: read.detectedEncoding,
		malformed: read.malformed,
		readNotes: read.notes,
		mapping: detectMapping(described.source)
	};
	return prepareSource(engine, entry, DEFAULT_CLEANING);
}
