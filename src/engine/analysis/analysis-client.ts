import {
	inputTransferables,
	type AnalysisRequest,
	type AnalysisResponse,
	type AnalysisStage,
	type ClusterResult,
	type FeatureInput,
	type SweepResult
} from './analysis-protocol';
import { clvInputTransferables, type ClvInput, type ClvResult } from './clv-protocol';
import { english } from '../../i18n/english';

/** What the client needs of a worker (a real Worker, or an in-process stand-in in tests). */
export interface WorkerLike {
	postMessage(message: AnalysisRequest, transfer: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/** Progress of a request: its stage and `done` of `total` steps of it. */
export type AnalysisProgressListener = (stage: AnalysisStage, done: number, total: number) => void;

/** A request on its way: its id, its answer, and how to cancel it. */
export interface AnalysisJob<T> {
	readonly id: number;
	readonly result: Promise<T>;
	/** Stops the request: the promise rejects with AnalysisCancelled. */
	cancel(): void;
}

/** The rejection of a cancelled request. */
export class AnalysisCancelled extends Error {
	constructor() {
		super('The analysis was cancelled.');
		this.name = 'AnalysisCancelled';
	}
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Entry {
	id: number;
	request: WithoutId<AnalysisRequest>;
	transfer: Transferable[];
	onProgress?: AnalysisProgressListener;
	resolve: (response: AnalysisResponse) => void;
	reject: (error: Error) => void;
}

/**
 * Talks to the analysis worker. Requests run one at a time, in order: only the running one has
 * been posted, so its buffers are the only ones handed over. The models run synchronously in
 * the worker, where no message could interrupt them; cancelling the running request therefore
 * terminates the worker (instantly, whatever it was doing) and the next request starts a new
 * one. Cancelling a waiting request just takes it out of the queue.
 */
export class AnalysisClient {
	readonly #createWorker: () => WorkerLike;
	#worker: WorkerLike | undefined;
	#nextId = 1;
	#queue: Entry[] = [];
	#active: Entry | undefined;

	constructor(createWorker: () => WorkerLike) {
		this.#createWorker = createWorker;
	}

	/** WSS and mean silhouette for k = kMin…kMax, and the suggested k. */
	kSweep(
		input: FeatureInput,
		range: { kMin: number; kMax: number },
		onProgress?: AnalysisProgressListener
	): AnalysisJob<SweepResult> {
		return this.#submit({ type: 'kSweep', input, ...range }, onProgress, (r) =>
			r.type === 'kSweep' ? r.result : undefined
		);
	}

	/** k-means for `k`, PCA and the cluster profiles. */
	cluster(
		input: FeatureInput,
		k: number,
		onProgress?: AnalysisProgressListener
	): AnalysisJob<ClusterResult> {
		return this.#submit({ type: 'cluster', input, k }, onProgress, (r) =>
			r.type === 'cluster' ? r.result : undefined
		);
	}

	/** BG/NBD and Gamma-Gamma fitted on a customer summary, with checks and scores. */
	clv(input: ClvInput, onProgress?: AnalysisProgressListener): AnalysisJob<ClvResult> {
		return this.#submit({ type: 'clv', input }, onProgress, (r) =>
			r.type === 'clv' ? r.result : undefined
		);
	}

	/** Cancels a request by id; an unknown or finished id is ignored. */
	cancel(id: number): void {
		const queued = this.#queue.findIndex((e) => e.id === id);
		if (queued >= 0) {
			const [entry] = this.#queue.splice(queued, 1);
			entry!.reject(new AnalysisCancelled());
			return;
		}
		if (this.#active?.id !== id) return;
		const entry = this.#active;
		this.#active = undefined;
		this.#stopWorker();
		entry.reject(new AnalysisCancelled());
		this.#next();
	}

	/** Rejects every request and stops the worker. */
	dispose(): void {
		for (const entry of [...this.#queue, ...(this.#active ? [this.#active] : [])]) {
			entry.reject(new AnalysisCancelled());
		}
		this.#queue = [];
		this.#active = undefined;
		this.#stopWorker();
	}

	#submit<T>(
		request: WithoutId<AnalysisRequest>,
		onProgress: AnalysisProgressListener | undefined,
		pick: (response: AnalysisResponse) => T | undefined
	): AnalysisJob<T> {
		const id = this.#nextId++;
		const result = new Promise<T>((resolve, reject) => {
			this.#queue.push({
				id,
				request,
				transfer:
					request.type === 'clv'
						? clvInputTransferables(request.input)
						: inputTransferables(request.input),
				onProgress,
				resolve: (response) => {
					const value = pick(response);
					if (value === undefined) reject(new Error(english('engine.unexpectedReply')));
					else resolve(value);
				},
				reject
			});
		});
		this.#next();
		return { id, result, cancel: () => this.cancel(id) };
	}

	#next(): void {
		if (this.#active) return;
		const entry = this.#queue.shift();
		if (!entry) return;
		this.#active = entry;
		const worker = (this.#worker ??= this.#startWorker());
		try {
			worker.postMessage({ ...entry.request, id: entry.id } as AnalysisRequest, entry.transfer);
		} catch (error) {
			this.#finish(entry.id, () => entry.reject(error as Error));
		}
	}

	#startWorker(): WorkerLike {
		const worker = this.#createWorker();
		worker.onmessage = (event) => {
			const response = event.data;
			const entry = this.#active;
			// A reply to a request cancelled since: the worker that sent it is gone or going.
			if (!entry || entry.id !== response.id) return;
			if (response.type === 'progress') {
				entry.onProgress?.(response.stage, response.done, response.total);
			} else if (response.type === 'error') {
				this.#finish(entry.id, () => entry.reject(new Error(response.message)));
			} else {
				this.#finish(entry.id, () => entry.resolve(response));
			}
		};
		worker.onerror = (event) => {
			// The worker itself failed (out of memory, a load error): it cannot be trusted again.
			const entry = this.#active;
			this.#active = undefined;
			this.#stopWorker();
			const cause = event.message || 'unknown error';
			entry?.reject(new Error(english('engine.workerStopped', { reason: cause })));
			this.#next();
		};
		return worker;
	}

	#finish(id: number, settle: () => void): void {
		if (this.#active?.id === id) this.#active = undefined;
		settle();
		this.#next();
	}

	#stopWorker(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}

let shared: AnalysisClient | undefined;

/** The app's analysis client, with its worker started on first use. */
export function getAnalysisClient(): AnalysisClient {
	shared ??= new AnalysisClient(
		() =>
			new Worker(new URL('./analysis.worker.ts', import.meta.url), {
				type: 'module',
				name: 'segmentbook-analysis'
			}) as WorkerLike
	);
	return shared;
}
