import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

// Served from the app's own files, never a CDN. The multithreaded `coi` bundle is left out:
// it failed intermittently with registered file handles and gains little on 2 cores.
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Picks the best DuckDB-WASM bundle this browser supports (exception handling when it can). */
export function selectDuckDbBundle(): Promise<duckdb.DuckDBBundle> {
	return duckdb.selectBundle(BUNDLES);
}
