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
		// 4 GiB × 0.75 headroom / 3 bytes of engine memory per CSV byte ≈ 1.07 GB of CSV.
		{ name: '5M-line CSV (340 MB)', size: 0.34 * GB, format: 'csv', ok: true },
		{ name: '1.0 GB CSV', size: 1.0 * GB, format: 'csv', ok: true },
		{ name: '1.2 GB CSV', size: 1.2 * GB, format: 'csv', ok: false },
		// JSON: the JS heap (4 GiB × 0.75 / 4) ≈ 805 MB, below the engine's bound.
		{ name: '700 MB JSON', size: 0.7 * GB, format: 'json', ok: true },
		{ name: '900 MB JSON', size: 0.9 * GB, format: 'json', ok: false },
		// Workbooks unzip to many times their size: 4 GiB × 0.75 / 12 ≈ 268 MB.
		{ name: '250 MB workbook', size: 0.25 * GB, format: 'workbook', ok: true },
		{ name: '300 MB workbook', size: 0.3 * GB, format: 'workbook', ok: false }
	] as const)('$name: loads = $ok', ({ size, format, ok }) => {
		expect(fileTooLargeMessage(size, format, CHROMIUM) === null).toBe(ok);
	});

	it('without a reported JS heap limit, only the engine bound applies', () => {
		const limits = { wasmBytes: WASM_MEMORY_BYTES, jsHeapBytes: null };
		expect(fileTooLargeMessage(0.9 * GB, 'json', limits)).toBeNull();
	});

	it('says how large the file is, what fits, and suggests the SQL export', () => {
		expect(fileTooLargeMessage(6 * GB, 'csv', CHROMIUM)).toBe(
			'the file is 6.0 GB, more than this browser can hold in memory (about 1.1 GB for this ' +
				'kind of file). Load a part of it, or use “Export SQL” above to run the same analysis ' +
				'with the DuckDB command-line tool.'
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
