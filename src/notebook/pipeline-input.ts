import type { Notebook } from './Notebook.svelte';
import type { PipelineInput, PipelineSource } from './pipeline-sql';

/** The pipeline the notebook last ran: its files as read and mapped, as-of date, lenses, cells. */
export function pipelineInputOf(notebook: Notebook): PipelineInput {
	const sources: PipelineSource[] = notebook.data.sources.flatMap((entry) =>
		entry.status === 'ready' && entry.source && entry.mapping && entry.report
			? [{ source: entry.source, mapping: entry.mapping, encoding: entry.encoding }]
			: []
	);
	return {
		title: notebook.title,
		sources,
		cleaning: notebook.data.cleaning,
		asOf: notebook.resolvedAsOf,
		lenses: notebook.customersLenses,
		cells: notebook.cells
	};
}
