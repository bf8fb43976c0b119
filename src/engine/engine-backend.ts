import * as duckdb from '@duckdb/duckdb-wasm';
import { selectDuckDbBundle } from './bundles';
import { SESSION_SETTINGS_SQL } from './session-settings';

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
	for (const sql of SESSION_SETTINGS_SQL) await conn.query(sql);
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
