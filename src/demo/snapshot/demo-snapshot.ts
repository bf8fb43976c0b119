import type { CellRun } from '../../notebook/Notebook.svelte';
import type { SourceEntry } from '../../notebook/source-entry';
import type { NotebookDoc } from '../../notebook/document';
import { DEFAULT_DEMO_SEED } from '../generate';

/**
 * The demo notebook as computed when the app was built: what the page shows while DuckDB starts
 * (seconds), until the same notebook, computed again here, replaces it.
 */
export interface DemoSnapshot {
	/** The demo seed and the kinds and options of the default cells it was computed for. */
	key: string;
	/** The file cards of the data cell (no file or text kept). */
	sources: SourceEntry[];
	resolvedAsOf: string | null;
	schema: Record<string, string[]>;
	/** The default notebook's runs, by cell position (null: not kept, shown as waiting). */
	runs: (CellRun | null)[];
}

/**
 * What a snapshot was computed for: the demo data's seed and the notebook's method (the note's
 * text aside, as it is written in the reader's language). A snapshot is shown only for this key.
 */
export function snapshotKey(doc: NotebookDoc): string {
	return JSON.stringify({
		seed: DEFAULT_DEMO_SEED,
		params: doc.params,
		cleaning: doc.cleaning,
		cells: doc.cells.map((c) => (c.kind === 'note' ? { kind: c.kind } : [c.kind, c.options]))
	});
}
