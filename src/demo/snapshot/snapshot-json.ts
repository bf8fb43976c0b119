import { tableFromIPC, tableToIPC, Table } from 'apache-arrow';

// Cell results and file cards are plain data with Arrow tables inside (previews, small query
// results): JSON with each table tagged and written as Arrow IPC, so it comes back as a Table.
const TABLE_TAG = '$arrowIpc';

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(text);
}

function fromBase64(text: string): Uint8Array {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

// Tables made by another copy of apache-arrow (DuckDB-WASM's Node build) are tables too.
function isTable(value: object): value is Table {
	return value instanceof Table || (value.constructor?.name === 'Table' && 'batches' in value);
}

/** Writes plain data holding Arrow tables as JSON text. */
export function writeSnapshotJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v !== null && typeof v === 'object' && isTable(v)) {
			return { [TABLE_TAG]: toBase64(tableToIPC(v as Table, 'file')) };
		}
		if (typeof v === 'bigint') return Number(v);
		return v;
	});
}

/** Reads what `writeSnapshotJson` wrote, tables again as Arrow tables. */
export function readSnapshotJson(text: string): unknown {
	return JSON.parse(text, (_key, v: unknown) => {
		if (v !== null && typeof v === 'object' && TABLE_TAG in v) {
			return tableFromIPC(fromBase64((v as Record<string, string>)[TABLE_TAG]!));
		}
		return v;
	});
}
