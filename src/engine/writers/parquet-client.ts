import { Table, tableToIPC, type RecordBatch, type Schema } from 'apache-arrow';
import type { ParquetRequest, ParquetResponse } from './parquet-protocol';
import ParquetWorker from './parquet.worker.ts?worker';

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void };

/** A Parquet file being written in the worker, fed one Arrow batch at a time. */
export interface ParquetStream {
	/** Sends a batch on (encoded as Arrow IPC and transferred: the page keeps nothing of it). */
	add(batch: RecordBatch): void;
	/** Ends the file; `schema` names its columns when no batch came. */
	finish(schema: Schema): Promise<Uint8Array>;
	/** Drops the file (after a failed query). */
	abort(): void;
}

/** Talks to the Parquet-writer worker (started on first use); replies matched by id. */
class ParquetClient {
	#worker: Worker | undefined;
	#nextId = 1;
	#pending = new Map<number, Pending>();

	/** Starts a Parquet file in the worker. */
	start(): ParquetStream {
		const worker = (this.#worker ??= this.#startWorker());
		const id = this.#nextId++;
		const done = new Promise<Uint8Array>((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
		});
		// A batch may fail before `finish` is awaited: the rejection waits for it, unreported.
		done.catch(() => undefined);
		const post = (message: ParquetRequest, transfer: Transferable[] = []) =>
			worker.postMessage(message, transfer);
		return {
			add(batch) {
				const ipc = tableToIPC(new Table([batch]), 'stream');
				post({ id, type: 'batch', ipc }, [ipc.buffer]);
			},
			finish(schema) {
				const ipc = tableToIPC(new Table(schema), 'stream');
				post({ id, type: 'finish', schema: ipc }, [ipc.buffer]);
				return done;
			},
			abort: () => {
				post({ id, type: 'abort' });
				this.#pending.delete(id);
			}
		};
	}

	#startWorker(): Worker {
		const worker = new ParquetWorker();
		worker.onmessage = (event: MessageEvent<ParquetResponse>) => {
			const pending = this.#pending.get(event.data.id);
			this.#pending.delete(event.data.id);
			if (!pending) return;
			if (event.data.type === 'error') pending.reject(new Error(event.data.message));
			else pending.resolve(event.data.bytes);
		};
		worker.onerror = (event) => {
			for (const pending of this.#pending.values()) pending.reject(new Error(event.message));
			this.#pending.clear();
			this.#worker = undefined;
		};
		return worker;
	}
}

export const parquetClient = new ParquetClient();
