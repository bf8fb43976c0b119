import type { AnalysisStage } from './analysis-protocol';
import { t } from '../../i18n/t';

/** What a cell's analysis is doing now, for its progress bar. */
export interface AnalysisActivity {
	label: string;
	/** 0..1, or null while the size of the work is not known. */
	fraction: number | null;
}

/** The label of a worker stage, in the interface language. */
export function stageLabel(stage: AnalysisStage): string {
	return t(`progress.${stage}`);
}

/** A stage's activity whose label is read when shown, so it follows a language switch. */
export function stageActivity(stage: AnalysisStage, fraction: number | null): AnalysisActivity {
	return {
		get label() {
			return stageLabel(stage);
		},
		fraction
	};
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
