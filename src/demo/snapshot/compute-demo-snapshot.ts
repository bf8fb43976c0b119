import { Engine } from '../../engine/database';
import type { StartBackend } from '../../engine/engine-backend';
import { DataWorkspace } from '../../notebook/DataWorkspace.svelte';
import { Notebook, type CellRun } from '../../notebook/Notebook.svelte';
import { defaultNotebook } from '../../notebook/default-notebook';
import type { SqlResult } from '../../notebook/kinds/sql';
import { buildPageSql } from '../../notebook/kinds/sql-text';
import { generateDemoData } from '../generate';
import { snapshotKey, type DemoSnapshot } from './demo-snapshot';
import { writeSnapshotJson } from './snapshot-json';

// A SQL cell's result lives in a table of the engine; the snapshot holds its rows instead, when
// they are few enough to show whole.
const MAX_SQL_ROWS = 100;

/** Computes the default notebook on the demo data, as the page would, and writes its snapshot. */
export async function computeDemoSnapshot(start: StartBackend): Promise<string> {
	const engine = await Engine.start(start);
	const data = new DataWorkspace(engine);
	const doc = defaultNotebook();
	const notebook = new Notebook(engine, data, doc);
	let computed: Promise<void> = Promise.resolve();
	data.onViewsChanged(() => {
		computed = notebook.dataChanged();
	});
	await data.loadDemo(Promise.resolve(generateDemoData()));
	await computed;
	const runs = await Promise.all(
		doc.cells.map((cell) => keptRun(engine, cell.kind, notebook.runs[cell.id]))
	);
	const snapshot: DemoSnapshot = {
		key: snapshotKey(doc),
		sources: data.sources.map(({ file: _file, text: _text, ...card }) => card),
		resolvedAsOf: notebook.resolvedAsOf,
		schema: notebook.schema,
		runs
	};
	return writeSnapshotJson(snapshot);
}

async function keptRun(
	engine: Engine,
	kind: string,
	run: CellRun | undefined
): Promise<CellRun | null> {
	if (!run || run.status !== 'done') return null;
	const result = run.result as SqlResult;
	if (kind !== 'sql' || !result.table) return run;
	if (result.rowCount > MAX_SQL_ROWS) return null;
	const rows = await engine.query(buildPageSql(result.table, 0, MAX_SQL_ROWS, null));
	return { ...run, result: { ...result, table: null, rows } };
}
