import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import { SESSION_SETTINGS_SQL } from '../../src/engine/session-settings';

// The Node build of duckdb-wasm runs the same wasm engine as the browser, so SQL that passes
// here behaves the same in the app.
const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

export interface TestDb {
	/** Runs SQL and returns the result as plain row objects (small test results only). */
	rows<T = Record<string, unknown>>(sql: string): T[];
	/** Runs SQL and returns the Arrow table. */
	table(sql: string): Table;
	/**
	 * Runs SQL and returns the result as Arrow IPC file bytes: for this module's apache-arrow to
	 * read, where the bundle's own copy of Arrow will not do (building new tables from batches).
	 */
	ipc(sql: string): Uint8Array;
	/** Makes a file's bytes visible to DuckDB under `name`. */
	registerText(name: string, text: string): void;
	registerBuffer(name: string, bytes: Uint8Array): void;
	close(): void;
}

/** Starts an in-memory DuckDB (wasm, in this process) with the app's start-up settings. */
export async function openTestDb(): Promise<TestDb> {
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-mvp.wasm'),
			mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const logger = new duckdb.VoidLogger();
	const db = await duckdb.createDuckDB(bundles, logger, duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = db.connect();
	for (const sql of SESSION_SETTINGS_SQL) conn.query(sql);
	return {
		table: (sql) => conn.query(sql) as Table,
		ipc: (sql) =>
			conn.useUnsafe((bindings: { runQuery(c: unknown, q: string): Uint8Array }, c: unknown) =>
				bindings.runQuery(c, sql)
			),
		rows: (sql) =>
			(conn.query(sql) as Table).toArray().map((r: { toJSON(): unknown }) => r.toJSON()) as never,
		registerText: (name, text) => db.registerFileText(name, text),
		registerBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
		close: () => {
			conn.close();
			db.reset();
		}
	};
}

let scratchDir: string | undefined;

/**
 * A path for a file DuckDB writes (COPY … TO): the Node build writes to the real file system,
 * so tests write into a temporary folder, never into the working tree.
 */
export function scratchFile(name: string): string {
	scratchDir ??= mkdtempSync(join(tmpdir(), 'segmentbook-test-'));
	return join(scratchDir, name);
}
