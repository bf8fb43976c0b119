import { runCluster, runSweep } from './analysis-jobs';
import { runClvJob } from './clv-job';
import { clvResultTransferables } from './clv-protocol';
import {
	clusterTransferables,
	type AnalysisRequest,
	type AnalysisResponse
} from './analysis-protocol';

/** Sends one reply, transferring the listed buffers. */
export type Reply = (response: AnalysisResponse, transfer?: Transferable[]) => void;

/**
 * Answers one request: progress messages, then the result or an error, all carrying its id.
 * Kept apart from the worker file so that tests can run it in Node.
 */
export function handleAnalysisRequest(request: AnalysisRequest, reply: Reply): void {
	const { id } = request;
	const progress = (stage: AnalysisResponse & { type: 'progress' }) => reply(stage);
	try {
		if (request.type === 'kSweep') {
			const result = runSweep(request.input, request, (stage, done, total) =>
				progress({ id, type: 'progress', stage, done, total })
			);
			reply({ id, type: 'kSweep', result });
		} else if (request.type === 'cluster') {
			const result = runCluster(request.input, request.k, (stage, done, total) =>
				progress({ id, type: 'progress', stage, done, total })
			);
			reply({ id, type: 'cluster', result }, clusterTransferables(result));
		} else if (request.type === 'clv') {
			const result = runClvJob(request.input, (stage, done, total) =>
				progress({ id, type: 'progress', stage, done, total })
			);
			reply({ id, type: 'clv', result }, clvResultTransferables(result));
		} else {
			const unknown: { type?: unknown } = request;
			reply({ id, type: 'error', message: `invalid request type: ${String(unknown.type)}` });
		}
	} catch (error) {
		reply({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
}
