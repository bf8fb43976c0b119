import type { TextEncoding } from './text-sniff';

/** Messages between the app and the file-reader worker (workbooks, JSON, Parquet, text, the demo). */
export type ReaderRequest =
	| { id: number; type: 'demo' }
	| { id: number; type: 'workbook'; bytes: ArrayBuffer }
	| { id: number; type: 'json'; bytes: ArrayBuffer }
	| { id: number; type: 'parquet'; bytes: ArrayBuffer }
	| { id: number; type: 'text'; bytes: ArrayBuffer; encoding: TextEncoding };

/** One sheet of a workbook, as CSV text with ISO dates. */
export interface SheetCsv {
	name: string;
	rows: number;
	csv: string;
}

export type ReaderResponse =
	| { id: number; type: 'demo'; files: { name: string; text: string }[] }
	| { id: number; type: 'sheets'; sheets: SheetCsv[] }
	| { id: number; type: 'arrow'; ipc: Uint8Array; rows: number }
	| { id: number; type: 'text'; text: string }
	| { id: number; type: 'error'; message: string };
