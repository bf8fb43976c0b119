import { describe, expect, it } from 'vitest';
import {
	fileTooLargeMessage,
	formatBytes,
	WASM_MEMORY_BYTES,
	type MemoryLimits
} from '../../../src/engine/file-size-limit';

const GB = 1e9;
const CHROMIUM: MemoryLimits = { wasmBytes: WASM_MEMORY_BYTES, jsHeapBytes: 4 * 1024 ** 3 };

describe('fileTooLargeMessage', () => {
	it.each([
		// 4 GiB × 0.75 headroom / 3 bytes of engine memory per CSV byte ≈ 1.07 GB of CSV: the
		// benchmark's 10M-line file (874 MB) loads and completes.
		{ name: '5M-line CSV (432 MB)', size: 0.432 * GB, format: 'csv', ok: true },
		{ name: '10M-line CSV (874 MB)', size: 0.874 * GB, format: 'csv', ok: true },
		{ name: '1.2 GB CSV', size: 1.2 * GB, format: 'csv', ok: false },
		// JSON: the JS heap allows 4 GiB × 0.75 / 4 ≈ 805 MB, before the engine's 1.07 GB bound.
		{ name: '800 MB JSON', size: 0.8 * GB, format: 'json', ok: true },
		{ name: '850 MB JSON', size: 0.85 * GB, format: 'json', ok: false },
		// Workbooks unzip to many times their size: 4 GiB × 0.75 / 12 ≈ 268 MB.
		{ name: '250 MB workbook', size: 0.25 * GB, format: 'workbook', ok: true },
		{ name: '300 MB workbook', size: 0.3 * GB, format: 'workbook', ok: false }
	] as const)('$name: loads = $ok', ({ size, format, ok }) => {
		expect(fileTooLargeMessage(size, format, CHROMIUM) === null).toBe(ok);
	});

	it('without a reported JS heap limit, only the engine bound applies', () => {
		const limits = { wasmBytes: WASM_MEMORY_BYTES, jsHeapBytes: null };
		expect(fileTooLargeMessage(0.3 * GB, 'workbook', limits)).toBeNull();
	});

	it('says how large the file is, what fits, and suggests the SQL export', () => {
		expect(fileTooLargeMessage(6 * GB, 'csv', CHROMIUM)).toBe(
			'the file is 6.0 GB, more than this browser can hold in memory (about 1.1 GB for this ' +
				'kind of file). Load its first part under the same name to set the analysis up, then ' +
				'“Export SQL” above: the DuckDB command-line tool runs the same analysis on the whole ' +
				'file.'
		);
		expect(fileTooLargeMessage(1 * GB, 'parquet', CHROMIUM)).toContain(
			'(CSV goes further: DuckDB reads it straight from disk)'
		);
	});
});

describe('formatBytes', () => {
	it.each([
		[512, '1 MB'],
		[340_000_000, '340 MB'],
		[1_073_741_824, '1.1 GB']
	])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
