import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let installed: Promise<void> | null = null;

interface CommonJsLoader {
	_resolveFilename: (
		request: string,
		parent: { filename?: string } | undefined,
		...rest: unknown[]
	) => string;
	new (id: string): { filename: string; exports: unknown; loaded: boolean };
}

/**
 * Makes DuckDB-WASM's Node build use the apache-arrow the app's modules import (its ES build).
 * It requires Arrow's CommonJS build otherwise: two copies of Arrow whose classes do not know each
 * other's instances (the engine's `new Table(batches)` then recurses until the stack overflows).
 * Await it before anything loads `@duckdb/duckdb-wasm` in this process; it lasts for the process.
 */
export function useOneArrow(): Promise<void> {
	installed ??= install();
	return installed;
}

async function install(): Promise<void> {
	const esm = join(dirname(require.resolve('apache-arrow')), 'Arrow.node.mjs');
	// The ES module instance itself goes into require's cache: a loader such as tsx would
	// otherwise compile Arrow.node.mjs to CommonJS for `require`, a copy of its own.
	const arrow: unknown = await import('apache-arrow');
	const loader = require('node:module') as CommonJsLoader;
	const cached = new loader(esm);
	cached.filename = esm;
	cached.exports = arrow;
	cached.loaded = true;
	require.cache[esm] = cached as never;
	const resolve = loader._resolveFilename;
	loader._resolveFilename = (request, parent, ...rest) =>
		request === 'apache-arrow' && /[\\/]@duckdb[\\/]duckdb-wasm[\\/]/.test(parent?.filename ?? '')
			? esm
			: resolve.call(loader, request, parent, ...rest);
}
