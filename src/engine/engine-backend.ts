import * as duckdb from '@duckdb/duckdb-wasm';
import { selectDuckDbBundle } from './bundles';

/** What the engine needs of the worker DuckDB runs in: to hear it fail, and to stop it. */
export interface EngineWorker {
	addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
	terminate(): void;
}

/** One running DuckDB: its worker, the database in it and the app's one connection. */
export interface EngineBackend {
	worker: EngineWorker;
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
}

/** Starts a DuckDB backend; the engine calls it at start-up and again after each restart. */
export type StartBackend = () => Promise<EngineBackend>;

/** Opens the database in `db` and its connection with the app's settings. */
export async function openWithAppSettings(
	worker: EngineWorker,
	db: duckdb.AsyncDuckDB
): Promise<EngineBackend> {
	await db.open({
		// BIGINT and DECIMAL reach JavaScript as doubles: counts and money fit well within 2^53,
		// and plain numbers spare every panel from BigInt handling.
		// https://duckdb.org/docs/api/wasm/query#arrow-conversion
		query: { castBigIntToDouble: true, castDecimalToDouble: true }
	});
	const conn = await db.connect();
	// Extensions would be downloaded from DuckDB's servers on first use: nothing may leave
	// the page, so autoloading is off and extension features fail fast with a catalog error.
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	await conn.query('SET enable_progress_bar = true');
	return { worker, db, conn };
}

/** Starts DuckDB in a Web Worker of the page from the app's own bundles. */
export async function startBrowserBackend(): Promise<EngineBackend> {
	const bundle = await selectDuckDbBundle();
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	return openWithAppSettings(worker, db);
}
