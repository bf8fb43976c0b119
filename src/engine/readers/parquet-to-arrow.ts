import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { tableFromJSON, tableToIPC } from 'apache-arrow';
import { english } from '../../i18n/english';

/** Reads a Parquet file (any common compression) as Arrow IPC stream bytes. */
export async function parquetToArrow(
	bytes: ArrayBuffer
): Promise<{ ipc: Uint8Array; rows: number }> {
	const rows = (await parquetReadObjects({ file: bytes, compressors })) as Record<
		string,
		unknown
	>[];
	if (rows.length === 0) throw new Error(english('sourceError.noRows'));
	const plain = rows.map((row) => {
		const out: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(row)) out[key] = plainValue(value);
		return out;
	});
	return { ipc: tableToIPC(tableFromJSON(plain), 'stream'), rows: plain.length };
}

// Parquet INT64 arrives as BigInt; money and counts fit a double, and Arrow's JSON inference
// wants one JS type per column.
function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value;
	if (value !== null && typeof value === 'object') return JSON.stringify(value, bigintSafe);
	return value;
}

function bigintSafe(_key: string, value: unknown): unknown {
	return typeof value === 'bigint' ? Number(value) : value;
}
