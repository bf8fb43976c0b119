import type { RunContext } from '../cell-kind';
import type { AnalysisJob, AnalysisProgressListener } from '../../engine/analysis/analysis-client';
import { analysisProgress, stageActivity } from '../../engine/analysis/AnalysisProgress.svelte';

/** Runs a worker request with its progress shown on the cell, cancelled with the notebook. */
export async function runWorkerJob<T>(
	ctx: Pick<RunContext, 'cellId' | 'cancelled'>,
	start: (progress: AnalysisProgressListener) => AnalysisJob<T>
): Promise<T> {
	const job = start((stage, done, total) =>
		analysisProgress.set(ctx.cellId, stageActivity(stage, total > 0 ? done / total : null))
	);
	const poll = setInterval(() => {
		if (ctx.cancelled()) job.cancel();
	}, 100);
	try {
		return await job.result;
	} finally {
		clearInterval(poll);
		analysisProgress.clear(ctx.cellId);
	}
}
