import { describe, expect, it } from 'vitest';
import { AnalysisClient, type WorkerLike } from '../../../src/engine/analysis/analysis-client';
import { handleAnalysisRequest } from '../../../src/engine/analysis/analysis-handler';
import type { FeatureInput } from '../../../src/engine/analysis/analysis-protocol';

// Two well-separated groups of three customers: k = 2 puts each group in its own cluster.
function twoGroups(): FeatureInput {
	return {
		numeric: [
			{ name: 'spend', values: new Float64Array([1, 2, 3, 101, 102, 103]) },
			{ name: 'orders', values: new Float64Array([1, 1, 2, 40, 41, 40]) }
		],
		categorical: [],
		revenue: null,
		missing: 'drop-row',
		transforms: { spend: 'none', orders: 'none' },
		seed: 7,
		restarts: 3
	};
}

/**
 * Workers in this process: the first `dying` of them fail as a crashed worker does (an `error`
 * event instead of a reply, on a later task); the others answer with the real handler.
 */
function workers(dying: number) {
	const log = { started: 0, terminated: 0 };
	const create = (): WorkerLike => {
		const dies = log.started++ < dying;
		const worker: WorkerLike = {
			onmessage: null,
			onerror: null,
			postMessage(message, transfer) {
				const request = structuredClone(message, { transfer });
				setTimeout(() => {
					if (dies) {
						worker.onerror?.({
							message: 'Uncaught RangeError: Array buffer allocation failed'
						} as ErrorEvent);
						return;
					}
					handleAnalysisRequest(request, (response) =>
						worker.onmessage?.({ data: response } as MessageEvent)
					);
				});
			},
			terminate() {
				log.terminated++;
			}
		};
		return worker;
	};
	return { log, create };
}

describe('the analysis worker dying mid-job', () => {
	it('fails that job with a clear message, and the next job gets a fresh worker', async () => {
		const { log, create } = workers(1);
		const client = new AnalysisClient(create);
		const first = client.cluster(twoGroups(), 2);
		await expect(first.result).rejects.toThrow(
			'The analysis worker stopped (Uncaught RangeError: Array buffer allocation failed). ' +
				'Run the cell again: it starts a fresh worker.'
		);
		expect(log).toEqual({ started: 1, terminated: 1 });

		const second = await client.cluster(twoGroups(), 2).result;
		expect(log).toEqual({ started: 2, terminated: 1 });
		const [a, b, c, d, e, f] = second.labels;
		expect([a, b].every((l) => l === c)).toBe(true);
		expect([e, f].every((l) => l === d)).toBe(true);
		expect(c).not.toBe(d);
	});

	it('fails only the running job: one queued behind it runs on the fresh worker', async () => {
		const { log, create } = workers(1);
		const client = new AnalysisClient(create);
		const first = client.cluster(twoGroups(), 2);
		const queued = client.cluster(twoGroups(), 2);
		await expect(first.result).rejects.toThrow(/The analysis worker stopped/);
		const result = await queued.result;
		expect(new Set(result.labels).size).toBe(2);
		expect(log.started).toBe(2);
	});
});
