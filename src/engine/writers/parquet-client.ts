import { tableToIPC, type Table } from 'apache-arrow';
import type { ParquetResponse } from './parquet-protocol';
import ParquetWorker from './parquet.worker.ts?worker';

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void };

/** Talks to the Parquet-writer worker (started on first use); replies matched by id. */
class ParquetClient {
	#worker: Worker | undefined;
	#nextId = 1;
	#pending = new Map<number, Pending>();

	/** The Parquet file of an Arrow table, written in the worker. */
	write(table: Table): Promise<Uint8Array> {
		const worker = (this.#worker ??= this.#startWorker());
		const id = this.#nextId++;
		const ipc = tableToIPC(table, 'stream');
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			worker.postMessage({ id, ipc }, [ipc.buffer]);
		});
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
