import * as duckdb from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch, type Schema } from 'apache-arrow';
import { quoteIdent } from '../sql/quote';
import { classifyEngineError, EngineLostError } from './engine-error';
import { startBrowserBackend, type EngineBackend, type StartBackend } from './engine-backend';
import { SerialQueue } from './serial-queue';
import { english } from '../i18n/english';

/** Progress of the running statement, 0..1, as DuckDB reports it. */
export type ProgressListener = (fraction: number) => void;

/** The engine's life after a fatal failure: restarting, back (empty), or unable to start. */
export type EngineEvent =
	| { type: 'restarting'; reason: string }
	| { type: 'restarted'; reason: string }
	| { type: 'failed'; reason: string; error: string };

// How long a health check waits for `SELECT 1` before calling the engine lost. Only used after
// an error of unknown shape; a healthy DuckDB answers in milliseconds even when busy elsewhere,
// because the check runs in the engine's queue where nothing else is running.
const HEALTH_CHECK_MS = 10_000;
// A connection id DuckDB-WASM never hands out: running a query on it makes the WebAssembly
// instance read outside its memory, a real trap, for the `?debug=engine` tools.
const NO_SUCH_CONNECTION = 12345;

/**
 * The one owner of the DuckDB database. Statements run one at a time (one connection), so a
 * long ingest and a quick preview never interleave their pending-query polling. When the worker
 * dies or the WebAssembly instance traps, the engine starts a fresh DuckDB and tells its
 * listeners, who load the data again; the call that was running rejects with EngineLostError.
 */
export class Engine {
	readonly version: string;
	readonly #start: StartBackend;
	readonly #queue = new SerialQueue();
	readonly #progressListeners = new Set<ProgressListener>();
	readonly #eventListeners = new Set<(event: EngineEvent) => void>();
	#backend!: EngineBackend;
	#lost!: Promise<never>;
	#restarting: Promise<void> | null = null;
	#startError: string | null = null;

	private constructor(start: StartBackend, backend: EngineBackend, version: string) {
		this.#start = start;
		this.version = version;
		this.#adopt(backend);
	}

	/** Starts DuckDB (by default in a Web Worker from the app's own bundles). */
	static async start(start: StartBackend = startBrowserBackend): Promise<Engine> {
		const backend = await start();
		return new Engine(start, backend, await backend.db.getVersion());
	}

	/** Runs one SQL text (one or more statements) and returns the last statement's result. */
	query(sql: string): Promise<Table> {
		return this.#call((b) => b.conn.query(sql));
	}

	/** Runs SQL that may take long: reports progress to listeners and can be cancelled. */
	runLong(sql: string): Promise<Table> {
		return this.#call(async (b) => {
			this.#emitProgress(0);
			const reader = await b.conn.send(sql, false);
			if (!reader) throw new Error(english('engine.queryCancelled'));
			const batches = await reader.readAll();
			this.#emitProgress(100);
			return new Table(batches);
		});
	}

	/**
	 * Runs a query and hands its result to `onBatch` one Arrow batch at a time, fetched from
	 * DuckDB as they are consumed, so the whole result is never held on the page; returns its
	 * schema (also when there are no rows).
	 */
	streamQuery(sql: string, onBatch: (batch: RecordBatch) => void): Promise<Schema> {
		return this.#call(async (b) => {
			const reader = await b.conn.send(sql, true);
			if (!reader) throw new Error('The query was cancelled.');
			for await (const batch of reader) onBatch(batch);
			return reader.schema;
		});
	}

	/** Cancels the statement started with `runLong`, if one is running. */
	async cancel(): Promise<void> {
		await this.#backend.conn.cancelSent();
	}

	/** Listens to statement progress; returns the function that stops listening. */
	onProgress(listener: ProgressListener): () => void {
		this.#progressListeners.add(listener);
		return () => this.#progressListeners.delete(listener);
	}

	/** Listens to restarts after fatal failures; returns the function that stops listening. */
	onEvent(listener: (event: EngineEvent) => void): () => void {
		this.#eventListeners.add(listener);
		return () => this.#eventListeners.delete(listener);
	}

	/** Makes a dropped file readable by DuckDB under `name` without copying it into memory. */
	registerFile(name: string, file: File): Promise<void> {
		return this.#guarded((b) =>
			b.db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true)
		);
	}

	/** Makes text readable by DuckDB as the file `name`. */
	registerText(name: string, text: string): Promise<void> {
		return this.#guarded((b) => b.db.registerFileText(name, text));
	}

	/** Forgets a registered file. */
	dropFile(name: string): Promise<null> {
		return this.#guarded((b) => b.db.dropFile(name));
	}

	/** Creates (or replaces) table `name` from Arrow IPC stream bytes built in JavaScript. */
	insertArrowIpc(ipc: Uint8Array, name: string): Promise<void> {
		return this.#call(async (b) => {
			await b.conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
			await b.conn.insertArrowFromIPCStream(ipc, { name, create: true });
		});
	}

	/** Runs `copySql` (a `COPY ... TO '<file>'`) and returns the bytes DuckDB wrote. */
	exportFile(copySql: string, file: string): Promise<Uint8Array> {
		return this.#call(async (b) => {
			await b.conn.query(copySql);
			const bytes = await b.db.copyFileToBuffer(file);
			await b.db.dropFile(file);
			return bytes;
		});
	}

	/** Makes the WebAssembly instance trap, as a crash would (the `?debug=engine` tools). */
	trapForDebug(): Promise<unknown> {
		return this.#call((b) => b.db.runQuery(NO_SUCH_CONNECTION, 'SELECT 1'));
	}

	#call<T>(job: (backend: EngineBackend) => Promise<T>): Promise<T> {
		return this.#queue.run(() => this.#guarded(job));
	}

	// Runs `job` on the current DuckDB; when it fails in a way that leaves the engine unusable,
	// restarts the engine before rejecting, so whatever is queued next runs on the new one.
	async #guarded<T>(job: (backend: EngineBackend) => Promise<T>): Promise<T> {
		await this.#ready();
		const backend = this.#backend;
		try {
			return await Promise.race([job(backend), this.#lost]);
		} catch (error) {
			const kind = classifyEngineError(error);
			if (kind === 'engine-lost') {
				const reason = lostReason(error);
				await this.#restart(backend, reason);
				throw error instanceof EngineLostError ? error : new EngineLostError(reason);
			}
			if (kind === 'unknown' && !(await this.#healthy(backend))) {
				const reason = `it stopped answering after: ${lostReason(error)}`;
				await this.#restart(backend, reason);
				throw new EngineLostError(reason);
			}
			throw error;
		}
	}

	async #ready(): Promise<void> {
		if (this.#restarting) await this.#restarting;
		// The last restart failed: try once more for this call before giving up on it.
		if (this.#startError) await this.#restart(this.#backend, this.#startError);
		if (this.#startError) throw new EngineLostError(this.#startError);
	}

	#healthy(backend: EngineBackend): Promise<boolean> {
		const answer = backend.conn.query('SELECT 1 AS ok').then(
			(t) => t.numRows === 1,
			() => false
		);
		const lost = this.#lost.catch(() => false);
		const silence = new Promise<boolean>((resolve) => setTimeout(resolve, HEALTH_CHECK_MS, false));
		return Promise.race([answer, lost, silence]);
	}

	#restart(dead: EngineBackend, reason: string): Promise<void> {
		if (this.#restarting) return this.#restarting;
		if (dead !== this.#backend) return Promise.resolve();
		this.#restarting = (async () => {
			this.#emit({ type: 'restarting', reason });
			try {
				dead.worker.terminate();
			} catch {
				// Already gone.
			}
			try {
				this.#adopt(await this.#start());
				this.#startError = null;
				this.#emit({ type: 'restarted', reason });
			} catch (error) {
				this.#startError = error instanceof Error ? error.message : String(error);
				this.#emit({ type: 'failed', reason, error: this.#startError });
			}
		})().finally(() => {
			this.#restarting = null;
		});
		return this.#restarting;
	}

	#adopt(backend: EngineBackend): void {
		this.#backend = backend;
		// DuckDB-WASM forgets its pending requests when its worker reports an error, so their
		// promises never settle: every call races this one, which rejects instead.
		this.#lost = new Promise<never>((_, reject) => {
			backend.worker.addEventListener('error', (event) => {
				reject(new EngineLostError(`its worker failed: ${event.message || 'unknown error'}`));
			});
		});
		this.#lost.catch((error: EngineLostError) => {
			// Nothing may be running to notice: restart now, not at the next call.
			if (!this.#restarting) void this.#restart(backend, error.reason);
		});
		const listeners = (
			backend.db as unknown as { _onExecutionProgress: ((p: duckdb.ProgressEntry) => void)[] }
		)._onExecutionProgress;
		listeners.push((p) => this.#emitProgress(Number(p.percentage)));
	}

	#emit(event: EngineEvent): void {
		for (const listener of this.#eventListeners) listener(event);
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

function lostReason(error: unknown): string {
	if (error instanceof EngineLostError) return error.reason;
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]!.trim();
}

let started: Promise<Engine> | undefined;

/** The app's engine: started once, on first use; every caller shares the same promise. */
export function getEngine(): Promise<Engine> {
	started ??= Engine.start();
	return started;
}
