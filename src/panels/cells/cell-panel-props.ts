import type { CellDoc } from '../../notebook/document';
import type { CellRun, Notebook } from '../../notebook/Notebook.svelte';

/** What every cell panel receives. */
export interface CellPanelProps {
	cell: CellDoc;
	run: CellRun | undefined;
	notebook: Notebook;
	/** Changes the cell's options; with `run`, the cell and its dependants re-run. */
	onoptions: (options: Record<string, unknown>, run?: boolean) => void;
	/** Data files the user dropped or picked in the cell. */
	onfiles: (files: File[]) => void;
}
