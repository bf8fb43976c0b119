import type { Table } from 'apache-arrow';
import type { MalformedLines, QualityReport, SourceMapping, SourceTable } from '../data/types';
import type { TextEncoding } from '../engine/readers/text-sniff';

/** One file the user gave the app, from the moment it is dropped until it is removed. */
export interface SourceEntry {
	/** The DuckDB table that holds its rows; also its key. */
	table: string;
	fileName: string;
	/** Size in bytes, for the loading line. */
	size: number;
	status: 'loading' | 'ready' | 'error';
	/** Why the file could not be read (names the reason; shown on its card). */
	error?: string;
	/** Workbooks: the sheets that hold rows, and the one loaded. */
	sheets: string[];
	source?: SourceTable;
	preview?: Table;
	mapping?: SourceMapping;
	report?: QualityReport;
	/** Why cleaning or the report failed for this source, in DuckDB's words. */
	reportError?: string;
	/** Notes on how text dates and numbers were read (e.g. an ambiguous day/month order). */
	formatNotes: string[];
	/** Delimited text: the encoding read in (the user's choice, else detected) and the detected one. */
	encoding?: TextEncoding;
	detectedEncoding?: TextEncoding;
	/** Delimited text: lines that did not fit the header's columns, set aside. */
	malformed?: MalformedLines;
	/** Notes on how the file was read (header names made unique or given). */
	readNotes?: string[];
	/** Kept to re-read the file when the user picks another sheet. */
	file?: File;
	text?: string;
}
