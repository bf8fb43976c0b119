import type { AnalysisStage } from './analysis-protocol';

/** What a cell's analysis is doing now, for its progress bar. */
export interface AnalysisActivity {
	label: string;
	/** 0..1, or null while the size of the work is not known. */
	fraction: number | null;
}

const STAGE_LABELS: Record<AnalysisStage, string> = {
	sweep: 'Trying k = 2…10 (k-means and silhouette for each)',
	kmeans: 'Clustering (k-means++ restarts)',
	pca: 'Projecting on the principal components',
	profiles: 'Profiling the clusters',
	bgnbd: 'Fitting BG/NBD (purchase counts)',
	gammaGamma: 'Fitting Gamma-Gamma (order values)',
	holdout: 'Checking the holdout period',
	curve: 'Expected cumulative repeat purchases',
	scores: 'Scoring every customer'
};

/** The label of a worker stage. */
export function stageLabel(stage: AnalysisStage): string {
	return STAGE_LABELS[stage];
}

/** Progress of the analyses running in the worker, per cell; panels read it, cells write it. */
export class AnalysisProgress {
	#byCell = $state.raw<Record<string, AnalysisActivity>>({});

	/** The activity of a cell, or null when it runs nothing in the worker. */
	of(cellId: string): AnalysisActivity | null {
		return this.#byCell[cellId] ?? null;
	}

	set(cellId: string, activity: AnalysisActivity): void {
		const now = this.#byCell[cellId];
		if (now && now.label === activity.label && now.fraction === activity.fraction) return;
		this.#byCell = { ...this.#byCell, [cellId]: activity };
	}

	clear(cellId: string): void {
		if (!(cellId in this.#byCell)) return;
		const { [cellId]: _gone, ...rest } = this.#byCell;
		this.#byCell = rest;
	}
}

/** The app's one progress record. */
export const analysisProgress = new AnalysisProgress();
