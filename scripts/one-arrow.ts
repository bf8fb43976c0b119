import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let installed = false;

/**
 * Makes DuckDB-WASM's Node build use apache-arrow's ES build, the one the app's modules import.
 * It requires Arrow's CommonJS build otherwise: two copies of Arrow whose classes do not know each
 * other's instances (the engine's `new Table(batches)` then recurses until the stack overflows).
 * Call it before anything loads `@duckdb/duckdb-wasm` in this process; it lasts for the process.
 */
export function useOneArrow(): void {
	if (installed) return;
	installed = true;
	const esm = join(dirname(require.resolve('apache-arrow')), 'Arrow.node.mjs');
	// The CommonJS loader itself (an `import` of node:module may hand over a copy of it).
	const loader = require('node:module') as {
		_resolveFilename: (
			request: string,
			parent: { filename?: string } | undefined,
			...rest: unknown[]
		) => string;
	};
	const resolve = loader._resolveFilename;
	loader._resolveFilename = (request, parent, ...rest) =>
		request === 'apache-arrow' && /[\\/]@duckdb[\\/]duckdb-wasm[\\/]/.test(parent?.filename ?? '')
			? esm
			: resolve.call(loader, request, parent, ...rest);
}
