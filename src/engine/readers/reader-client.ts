import type { ReaderRequest, ReaderResponse, SheetCsv } from './reader-protocol';
import type { TextEncoding } from './text-sniff';
import ReaderWorker from './reader.worker.ts?worker';

/** One file of the demo store, as CSV text. */
export interface DemoFile {
	name: string;
	text: string;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (r: ReaderResponse) => void; reject: (e: Error) => void };

/** Talks to the file-reader worker; replies are matched to requests by id. */
class ReaderClient {
	#worker: Worker | undefined;
	#nextId = 1;
	#pending = new Map<number, Pending>();

	#send(request: WithoutId<ReaderRequest>, bytes?: ArrayBuffer): Promise<ReaderResponse> {
		const worker = (this.#worker ??= this.#startWorker());
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			worker.postMessage({ ...request, id }, bytes ? [bytes] : []);
		});
	}

	#startWorker(): Worker {
		const worker = new ReaderWorker();
		worker.onmessage = (event: MessageEvent<ReaderResponse>) => {
			const pending = this.#pending.get(event.data.id);
			this.#pending.delete(event.data.id);
			if (!pending) return;
			if (event.data.type === 'error') pending.reject(new Error(event.data.message));
			else pending.resolve(event.data);
		};
		worker.onerror = (event) => {
			for (const pending of this.#pending.values()) pending.reject(new Error(event.message));
			this.#pending.clear();
			this.#worker = undefined;
		};
		return worker;
	}

	/** Every sheet of a workbook as CSV text. */
	async readWorkbook(bytes: ArrayBuffer): Promise<SheetCsv[]> {
		const response = await this.#send({ type: 'workbook', bytes }, bytes);
		if (response.type !== 'sheets') throw new Error('unexpected reply from the reader');
		return response.sheets;
	}

	/** A delimited file's bytes as text with `\n` line endings, decoded from `encoding`. */
	async decodeText(bytes: ArrayBuffer, encoding: TextEncoding): Promise<string> {
		const response = await this.#send({ type: 'text', bytes, encoding }, bytes);
		if (response.type !== 'text') throw new Error('unexpected reply from the reader');
		return response.text;
	}

	/** The demo store's four CSV files, made in the worker so the page stays responsive. */
	async makeDemo(): Promise<DemoFile[]> {
		const response = await this.#send({ type: 'demo' });
		if (response.type !== 'demo') throw new Error('unexpected reply from the reader');
		return response.files;
	}

	/** A JSON or Parquet file as Arrow IPC stream bytes. */
	async readToArrow(type: 'json' | 'parquet', bytes: ArrayBuffer): Promise<Uint8Array> {
		const response = await this.#send({ type, bytes }, bytes);
		if (response.type !== 'arrow') throw new Error('unexpected reply from the reader');
		return response.ipc;
	}
}

export const readerClient = new ReaderClient();
