import type { Table } from 'apache-arrow';
import {
	binaryMessage,
	isBinary,
	legacyEncodingOf,
	sniffText,
	type TextEncoding
} from '../engine/readers/text-sniff';
import {
	buildCountSql,
	buildDescribeSql,
	buildDropRejectsSql,
	buildHeaderLineSql,
	buildReadCsvSql,
	buildRejectedLinesSql,
	buildRejectKindsSql,
	buildSniffSql
} from '../data/read-source-sql';
import { mayBeRenamed, renamedHeaderNotes } from '../data/header-notes';
import type { MalformedLines } from '../data/types';
import { english } from '../i18n/english';

/** What reading a delimited file needs from the engine (the app's Engine, or a test's DuckDB). */
export interface CsvEngine {
	query(sql: string): Promise<Table>;
	runLong(sql: string): Promise<Table>;
	registerFile(name: string, file: File): Promise<void>;
	registerText(name: string, text: string): Promise<void>;
}

/** Decodes a whole file to text with `\n` line endings (in the app: in the reader worker). */
export type DecodeText = (bytes: ArrayBuffer, encoding: TextEncoding) => Promise<string>;

/** One delimited file to read into `table`. */
export interface CsvInput {
	table: string;
	/** The names under which the file's bytes, or its decoded text, are registered. */
	registered: { file: string; text: string };
	file?: File;
	text?: string;
	/** The user's choice of encoding; detected when absent. */
	encoding?: TextEncoding;
}

/** How a delimited file was read: its encoding, the lines set aside, notes about its header. */
export interface CsvRead {
	encoding: TextEncoding;
	detectedEncoding: TextEncoding;
	malformed: MalformedLines;
	notes: string[];
}

// Enough lines to see the encoding, the line endings and a binary file for what it is.
const SAMPLE_BYTES = 64 * 1024;
const SHOWN_LINES = 20;
const BLANK = english('sourceError.blank');

/**
 * Reads a CSV/TSV/TXT file into DuckDB table `input.table`. Valid UTF-8 with one kind of line
 * ending is read by DuckDB straight from disk; anything else (UTF-16, Windows code pages, mixed
 * line endings) is decoded first. Lines that do not fit the header are set aside, not fatal.
 * Throws a message naming the problem (and the line, where there is one).
 */
export async function readCsvSource(
	engine: CsvEngine,
	input: CsvInput,
	decode: DecodeText
): Promise<CsvRead> {
	if (!input.file) {
		await engine.registerText(input.registered.text, input.text ?? '');
		await readTable(engine, input.table, input.registered.text);
		return finish(engine, input.table, input.registered.text, 'utf-8', 'utf-8');
	}
	const file = input.file;
	const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
	const sniff = sniffText(sample, file.size <= SAMPLE_BYTES);
	if (isBinary(sniff)) throw new Error(binaryMessage(sniff));
	if (sniff.blank && file.size <= SAMPLE_BYTES) throw new Error(BLANK);
	let detected = sniff.encoding;
	const encoding = input.encoding ?? detected;
	if (encoding === 'utf-8' && sniff.lineEndings !== 'mixed') {
		await engine.registerFile(input.registered.file, file);
		const direct = await tryDirectRead(engine, input.table, input.registered.file);
		if (direct === 'ok')
			return finish(engine, input.table, input.registered.file, 'utf-8', detected);
		// Bytes past the sample that are not UTF-8: the whole file decides the code page.
		if (direct === 'not-utf-8' && !input.encoding) {
			detected = legacyEncodingOf(new Uint8Array(await file.arrayBuffer()));
		}
	}
	const used = input.encoding ?? detected;
	const text = await decode(await file.arrayBuffer(), used);
	if (text.trim() === '') throw new Error(BLANK);
	await engine.registerText(input.registered.text, text);
	await readTable(engine, input.table, input.registered.text);
	return finish(engine, input.table, input.registered.text, used, detected);
}

async function tryDirectRead(
	engine: CsvEngine,
	table: string,
	registered: string
): Promise<'ok' | 'not-utf-8' | 'retry'> {
	try {
		const kinds = await readTable(engine, table, registered);
		// DuckDB 1.4 says INVALID ENCODING; earlier versions INVALID UNICODE.
		const notUtf8 = [...kinds].some((k) => /^INVALID (ENCODING|UNICODE)$/.test(k));
		return notUtf8 ? 'not-utf-8' : 'ok';
	} catch (error) {
		// The sniffer gives up on, for example, line endings that change after the first lines.
		if (/sniff/i.test((error as Error).message ?? '')) return 'retry';
		throw error;
	}
}

// Returns the kinds of rejected lines. A value deep in a file can break the type DuckDB sniffed
// from its first lines (a CAST reject): reading every column as text then keeps the line, and
// cleaning parses the values and counts failures.
async function readTable(
	engine: CsvEngine,
	table: string,
	registered: string
): Promise<Set<string>> {
	const rejectsTable = rejectsTableOf(table);
	await engine.query(buildDropRejectsSql(rejectsTable));
	try {
		await engine.runLong(buildReadCsvSql(table, registered, { rejectsTable }));
	} catch (error) {
		throw new Error(readFailure((error as Error).message ?? String(error)));
	}
	let kinds = await rejectKinds(engine, rejectsTable);
	if (kinds.has('CAST')) {
		await engine.query(buildDropRejectsSql(rejectsTable));
		await engine.runLong(buildReadCsvSql(table, registered, { rejectsTable, allVarchar: true }));
		kinds = await rejectKinds(engine, rejectsTable);
	}
	return kinds;
}

function rejectsTableOf(table: string): string {
	return `${table}_rejects`;
}

async function rejectKinds(engine: CsvEngine, rejectsTable: string): Promise<Set<string>> {
	const rows = (await engine.query(buildRejectKindsSql(rejectsTable))).toArray();
	return new Set(rows.map((r) => String(r['kind'])));
}

function readFailure(message: string): string {
	if (!/sniff/i.test(message)) return message;
	return english('sourceError.noSplit');
}

async function finish(
	engine: CsvEngine,
	table: string,
	registered: string,
	encoding: TextEncoding,
	detectedEncoding: TextEncoding
): Promise<CsvRead> {
	const rejectsTable = rejectsTableOf(table);
	const rejected = (await engine.query(buildRejectedLinesSql(rejectsTable, SHOWN_LINES))).toArray();
	await engine.query(buildDropRejectsSql(rejectsTable));
	const malformed: MalformedLines = {
		count: Number(rejected[0]?.['n'] ?? 0),
		lines: rejected.map((r) => ({
			line: Number(r['line']),
			problem: String(r['problem']),
			text: String(r['text'] ?? '')
		}))
	};
	const names = (await engine.query(buildDescribeSql(table)))
		.toArray()
		.map((r) => String(r['column_name']));
	const rows = Number((await engine.query(buildCountSql(table))).get(0)?.['n'] ?? 0);
	if (rows === 0 && malformed.count === 0) {
		throw new Error(english('sourceError.headerOnly', { names: names.join(', ') }));
	}
	const notes = mayBeRenamed(names) ? await headerNotes(engine, registered, names) : [];
	return { encoding, detectedEncoding, malformed, notes };
}

async function headerNotes(engine: CsvEngine, registered: string, names: string[]) {
	const sniffed = (await engine.query(buildSniffSql(registered))).get(0);
	if (!sniffed) return [];
	const delim = String(sniffed['delim']);
	const header = (
		await engine.query(buildHeaderLineSql(registered, delim, Number(sniffed['skip'])))
	)
		.get(0)
		?.toJSON();
	if (!header) return [];
	return renamedHeaderNotes(Object.values(header) as (string | null)[], names);
}
