import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineBackend, EngineWorker } from '../src/engine/engine-backend';
import { openWithAppSettings } from '../src/engine/engine-backend';

// The async (worker) build of duckdb-wasm for Node: the same engine and message protocol as the
// browser's, in a worker thread that can really be terminated or made to trap.
const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node.cjs');
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node.cjs'));

type Listener = (event: { data?: unknown; message?: string }) => void;

/** A worker thread running DuckDB-WASM's Node worker, shaped like a Web Worker. */
export interface NodeDuckDbWorker extends EngineWorker {
	/** Makes the worker throw an uncaught error, as a crashed Web Worker reports one. */
	crash(): void;
}

function nodeWorker(): NodeDuckDbWorker {
	const script = join(dist, 'duckdb-node-eh.worker.cjs');
	const thread = new Worker(
		`const { parentPort } = require('node:worker_threads');
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
parentPort.on('message', (data) => {
	if (data === 'crash') setTimeout(() => { throw new Error('worker crashed on purpose'); });
	else globalThis.onmessage({ data });
});
require(${JSON.stringify(script)});`,
		{ eval: true }
	);
	const listeners: Record<string, Listener[]> = { message: [], error: [] };
	thread.on('message', (data) => listeners['message']!.forEach((l) => l({ data })));
	thread.on('error', (error) => listeners['error']!.forEach((l) => l({ message: error.message })));
	return {
		postMessage: (message: unknown, transfer?: Transferable[]) =>
			thread.postMessage(message, transfer as never),
		addEventListener: (type: string, listener: Listener) => listeners[type]?.push(listener),
		removeEventListener: (type: string, listener: Listener) => {
			listeners[type] = (listeners[type] ?? []).filter((l) => l !== listener);
		},
		terminate: () => void thread.terminate(),
		crash: () => thread.postMessage('crash')
	} as NodeDuckDbWorker;
}

/** Starts DuckDB-WASM in a Node worker thread with the app's settings; records its workers. */
export function nodeBackends(): {
	start: () => Promise<EngineBackend>;
	workers: NodeDuckDbWorker[];
} {
	const workers: NodeDuckDbWorker[] = [];
	return {
		workers,
		async start() {
			const worker = nodeWorker();
			workers.push(worker);
			const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
			await db.instantiate(join(dist, 'duckdb-eh.wasm'));
			return openWithAppSettings(worker, db);
		}
	};
}
