import { Engine } from '../src/engine/database';
import type { StartBackend } from '../src/engine/engine-backend';
import { DataWorkspace } from '../src/notebook/DataWorkspace.svelte';
import { Notebook } from '../src/notebook/Notebook.svelte';
import { defaultNotebook } from '../src/notebook/default-notebook';

/** One statement the app ran, how long it took, and the step it belonged to. */
export interface StatementTiming {
	step: 'data' | 'notebook';
	ms: number;
	sql: string;
}

/**
 * Loads `fileName` (its text given) into the app's DataWorkspace and computes the default
 * notebook on it, recording every statement the engine ran. Runs in Node through Vite's SSR
 * loader (see profile-load.ts), on DuckDB-WASM's Node build: one thread, as in the page.
 */
export async function timeStatements(
	start: StartBackend,
	fileName: string,
	text: string
): Promise<StatementTiming[]> {
	const engine = await Engine.start(start);
	const timings: StatementTiming[] = [];
	let step: StatementTiming['step'] = 'data';
	for (const method of ['query', 'runLong'] as const) {
		const run = engine[method].bind(engine);
		engine[method] = async (sql: string) => {
			const started = performance.now();
			try {
				return await run(sql);
			} finally {
				timings.push({ step, ms: performance.now() - started, sql });
			}
		};
	}
	const data = new DataWorkspace(engine);
	const notebook = new Notebook(engine, data, defaultNotebook());
	let computed: Promise<void> = Promise.resolve();
	data.onViewsChanged(() => {
		step = 'notebook';
		computed = notebook.dataChanged();
	});
	await data.loadDemo(Promise.resolve([{ name: fileName, text }]));
	await computed;
	const failed = data.sources.find((s) => s.status === 'error' || s.reportError);
	if (failed) throw new Error(`${failed.fileName}: ${failed.error ?? failed.reportError}`);
	return timings;
}
