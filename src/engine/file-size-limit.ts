import type { FileFormat } from './file-format';
import { english } from '../i18n/english';

/** What the browser lets the page hold, in bytes. */
export interface MemoryLimits {
	/** DuckDB-WASM's linear memory: 32-bit WebAssembly addresses at most 4 GiB. */
	wasmBytes: number;
	/** The JavaScript heap limit Chromium reports (`performance.memory`), or null elsewhere. */
	jsHeapBytes: number | null;
}

/** 4 GiB: the most a 32-bit WebAssembly memory can grow to. */
export const WASM_MEMORY_BYTES = 4 * 1024 ** 3;

// How many bytes of memory a byte of file costs while it is loaded, cleaned and segmented.
// CSV is read from disk by DuckDB: the source table, the clean table and the lens tables live
// in DuckDB's memory, compressed (SESSION_SETTINGS_SQL). `npm run bench` measured about 2.2:
// the renderer's peak grew by 1.9 GB for the 874 MB file of 10M lines, which loads and
// completes (bench/README.md); uncompressed it was 4.8 and that file failed. The other formats are
// read whole into JavaScript and turned into Arrow columns first: file bytes, decoded values
// and the Arrow copy are alive together, and a workbook's XML unzips to many times its size.
const ENGINE_BYTES_PER_FILE_BYTE = 3;
const JS_BYTES_PER_FILE_BYTE: Record<Exclude<FileFormat, 'csv'>, number> = {
	parquet: 6,
	json: 4,
	workbook: 12
};
// DuckDB and the page need room of their own besides the data.
const HEADROOM = 0.75;

/** Why a file is too large for this browser, or null when it should load. */
export function fileTooLargeMessage(
	size: number,
	format: FileFormat,
	limits: MemoryLimits
): string | null {
	const engineMax = (limits.wasmBytes * HEADROOM) / ENGINE_BYTES_PER_FILE_BYTE;
	const jsMax =
		format === 'csv' || limits.jsHeapBytes === null
			? Infinity
			: (limits.jsHeapBytes * HEADROOM) / JS_BYTES_PER_FILE_BYTE[format];
	const max = Math.min(engineMax, jsMax);
	if (size <= max) return null;
	const key = format === 'csv' ? 'sourceError.tooLarge' : 'sourceError.tooLargeNotCsv';
	return english(key, { size: formatBytes(size), max: formatBytes(max) });
}

/** The limits of the browser the page runs in. */
export function browserMemoryLimits(): MemoryLimits {
	// performance.memory is Chromium-only and not in the DOM typings.
	const memory = (performance as { memory?: { jsHeapSizeLimit?: number } }).memory;
	return { wasmBytes: WASM_MEMORY_BYTES, jsHeapBytes: memory?.jsHeapSizeLimit ?? null };
}

/** Bytes as "340 MB" or "1.2 GB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
	if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
	return `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}
