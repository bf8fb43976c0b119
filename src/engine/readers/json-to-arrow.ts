import { tableFromJSON, tableToIPC } from 'apache-arrow';
import { english } from '../../i18n/english';

/** Reads a JSON array of records (or newline-delimited JSON) as Arrow IPC stream bytes. */
export function jsonToArrow(text: string): { ipc: Uint8Array; rows: number } {
	const records = parseRecords(text);
	if (records.length === 0) throw new Error(english('sourceError.noRecords'));
	const flat = records.map(flattenRecord);
	return { ipc: tableToIPC(tableFromJSON(flat), 'stream'), rows: flat.length };
}

function parseRecords(text: string): Record<string, unknown>[] {
	const trimmed = text.trim();
	if (trimmed.startsWith('[')) return asRecords(JSON.parse(trimmed));
	if (trimmed.startsWith('{')) {
		try {
			const single = JSON.parse(trimmed) as unknown;
			const nested = firstArray(single);
			return asRecords(nested ?? [single]);
		} catch {
			return asRecords(
				trimmed
					.split(/\r?\n/)
					.filter((line) => line.trim() !== '')
					.map((line, i) => parseLine(line, i + 1))
			);
		}
	}
	throw new Error(english('sourceError.notJson'));
}

function parseLine(line: string, lineNumber: number): unknown {
	try {
		return JSON.parse(line);
	} catch (error) {
		throw new Error(
			english('sourceError.badJsonLine', { line: lineNumber, error: (error as Error).message })
		);
	}
}

// Exports often wrap the records: {"data": [...]} or {"customers": [...]}.
function firstArray(value: unknown): unknown[] | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	return Object.values(value).find((v): v is unknown[] => Array.isArray(v));
}

function asRecords(values: unknown[]): Record<string, unknown>[] {
	return values.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object');
}

// Nested objects and arrays are kept as JSON text so every column has one plain type.
function flattenRecord(record: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		out[key] = value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
	}
	return out;
}
