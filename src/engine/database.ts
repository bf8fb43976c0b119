import * as duckdb from '@duckdb/duckdb-wasm';
import { Table } from 'apache-arrow';
import { quoteIdent } from '../sql/quote';
import { selectDuckDbBundle } from './bundles';
import { SerialQueue } from './serial-queue';

/** Progress of the running statement, 0..1, as DuckDB reports it. */
export type ProgressListener = (fraction: number) => void;

/**
 * The one owner of the DuckDB database. Statements run one at a time (one connection), so a
 * long ingest and a quick preview never interleave their pending-query polling.
 */
export class Engine {
	readonly version: string;
	readonly #db: duckdb.AsyncDuckDB;
	readonly #conn: duckdb.AsyncDuckDBConnection;
	readonly #queue = new SerialQueue();
	readonly #progressListeners = new Set<ProgressListener>();

	private constructor(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection, version: string) {
		this.#db = db;
		this.#conn = conn;
		this.version = version;
	}

	/** Starts DuckDB in its Web Worker from the app's own bundles, with the app's settings. */
	static async start(): Promise<Engine> {
		const bundle = await selectDuckDbBundle();
		const worker = new Worker(bundle.mainWorker!);
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
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
		const engine = new Engine(db, conn, await db.getVersion());
		const listeners = (
			db as unknown as { _onExecutionProgress: ((p: duckdb.ProgressEntry) => void)[] }
		)._onExecutionProgress;
		listeners.push((p) => engine.#emitProgress(Number(p.percentage)));
		return engine;
	}

	/** Runs one SQL text (one or more statements) and returns the last statement's result. */
	query(sql: string): Promise<Table> {
		return this.#queue.run(() => this.#conn.query(sql));
	}

	/** Runs SQL that may take long: reports progress to listeners and can be cancelled. */
	runLong(sql: string): Promise<Table> {
		return this.#queue.run(async () => {
			this.#emitProgress(0);
			const reader = await this.#conn.send(sql, false);
			if (!reader) throw new Error('The query was cancelled.');
			const batches = await reader.readAll();
			this.#emitProgress(100);
			return new Table(batches);
		});
	}

	/** Cancels the statement started with `runLong`, if one is running. */
	async cancel(): Promise<void> {
		await this.#conn.cancelSent();
	}

	/** Listens to statement progress; returns the function that stops listening. */
	onProgress(listener: ProgressListener): () => void {
		this.#progressListeners.add(listener);
		return () => this.#progressListeners.delete(listener);
	}

	/** Makes a dropped file readable by DuckDB under `name` without copying it into memory. */
	registerFile(name: string, file: File): Promise<void> {
		return this.#db.registerFileHandle(
			name,
			file,
			duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
			true
		);
	}

	/** Makes text readable by DuckDB as the file `name`. */
	registerText(name: string, text: string): Promise<void> {
		return this.#db.registerFileText(name, text);
	}

	/** Forgets a registered file. */
	dropFile(name: string): Promise<null> {
		return this.#db.dropFile(name);
	}

	/** Creates (or replaces) table `name` from Arrow IPC stream bytes built in JavaScript. */
	insertArrowIpc(ipc: Uint8Array, name: string): Promise<void> {
		return this.#queue.run(async () => {
			await this.#conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
			await this.#conn.insertArrowFromIPCStream(ipc, { name, create: true });
		});
	}

	/** Runs `copySql` (a `COPY ... TO '<file>'`) and returns the bytes DuckDB wrote. */
	exportFile(copySql: string, file: string): Promise<Uint8Array> {
		return this.#queue.run(async () => {
			await this.#conn.query(copySql);
			const bytes = await this.#db.copyFileToBuffer(file);
			await this.#db.dropFile(file);
			return bytes;
		});
	}

	#lastProgress = 0;
	#emitProgress(percentage: number): void {
		if (!Number.isFinite(percentage) || percentage < 0) return;
		// DuckDB reports progress many times a second; the screen needs a few updates at most.
		const now = performance.now();
		if (percentage > 0 && percentage < 100 && now - this.#lastProgress < 150) return;
		this.#lastProgress = now;
		const fraction = Math.min(1, percentage / 100);
		for (const listener of this.#progressListeners) listener(fraction);
	}
}

let started: Promise<Engine> | undefined;

/** The app's engine: started once, on first use; every caller shares the same promise. */
export function getEngine(): Promise<Engine> {
	started ??= Engine.start();
	return started;
}
