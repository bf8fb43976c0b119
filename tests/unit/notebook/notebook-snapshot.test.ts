import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/database';
import type { DataWorkspace } from '../../../src/notebook/DataWorkspace.svelte';
import { Notebook, type CellRun } from '../../../src/notebook/Notebook.svelte';
import { DEFAULT_CLEANING } from '../../../src/data/types';
import type { DemoSnapshot } from '../../../src/demo/snapshot/demo-snapshot';
import { openSegmentsDb, SEGMENTS_FIXTURES, type SegmentsDb } from '../segments/segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb(SEGMENTS_FIXTURES);
});
afterAll(() => db.close());

// The notebook reads only the saved method of its data workspace.
const data = { useSpecs: () => undefined, specs: () => [], cleaning: DEFAULT_CLEANING };
const SQL = 'SELECT count(*) AS n FROM transactions';

function snapshotOf(result: unknown): DemoSnapshot {
	return {
		key: '',
		sources: [],
		resolvedAsOf: '2024-07-01',
		schema: { transactions: ['customer_id'] },
		runs: [null, { status: 'done', result, elapsedMs: 5 }]
	};
}

describe('a notebook started from the demo snapshot', () => {
	it('shows the snapshot by cell position, keeps it while the cell runs, then shows its own run', async () => {
		const seen: (CellRun | undefined)[] = [];
		const run = async (sql: string) => {
			if (sql.includes(SQL)) seen.push(notebook.runs['c-sql00001']);
			return db.table(sql);
		};
		const engine = { query: run, runLong: run } as unknown as Engine;
		const notebook: Notebook = new Notebook(engine, data as unknown as DataWorkspace, {
			version: 1,
			title: 'Demo',
			params: { asOf: null, currency: 'USD', timeUnit: 'weeks' },
			sources: [],
			cleaning: DEFAULT_CLEANING,
			cells: [
				{ id: 'c-note0001', kind: 'note', options: { markdown: 'hi' } },
				{ id: 'c-sql00001', kind: 'sql', options: { sql: SQL, resultName: null, chart: null } }
			]
		});
		const fromBuild = { rowCount: 1, columns: [], elapsedMs: 5, table: null, rows: null };
		notebook.showSnapshot(snapshotOf(fromBuild));
		expect(notebook.runs['c-note0001']).toBeUndefined();
		// The build's time is not this page's: the status says where the result comes from instead.
		expect(notebook.runs['c-sql00001']).toEqual({
			status: 'done',
			result: fromBuild,
			snapshot: true
		});
		expect(notebook.resolvedAsOf).toBe('2024-07-01');

		let loaded = false;
		await notebook.recomputeAfter(async () => {
			expect(notebook.runs['c-sql00001']?.snapshot).toBe(true);
			loaded = true;
		});
		expect(loaded).toBe(true);
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatchObject({ status: 'running', result: fromBuild, snapshot: true });
		const live = notebook.runs['c-sql00001']!;
		expect(live.status).toBe('done');
		expect(live.snapshot).toBeUndefined();
		expect(live.result).not.toBe(fromBuild);
		expect((live.result as { rowCount: number }).rowCount).toBe(1);
		// The as-of date is resolved from the data now: the day after its last order.
		const [last] = db.rows<{ d: string }>(
			"SELECT strftime(max(order_date) + 1, '%Y-%m-%d') AS d FROM transactions"
		);
		expect(notebook.resolvedAsOf).toBe(last!.d);
	});

	it('lets a follow-up query asked for during the snapshot wait until the data is computed', async () => {
		const order: string[] = [];
		const run = async (sql: string) => {
			order.push(sql.includes('snap_page') ? 'page' : 'other');
			return db.table(sql);
		};
		const engine = { query: run, runLong: run } as unknown as Engine;
		const notebook = new Notebook(engine, data as unknown as DataWorkspace, {
			version: 1,
			title: 'Demo',
			params: { asOf: null, currency: 'USD', timeUnit: 'weeks' },
			sources: [],
			cleaning: DEFAULT_CLEANING,
			cells: []
		});
		let finishLoad!: () => void;
		const loading = new Promise<void>((resolve) => (finishLoad = resolve));
		const computed = notebook.recomputeAfter(() => loading);
		db.table('CREATE OR REPLACE TEMP TABLE snap_page AS SELECT 1 AS page');
		const page = notebook.pageOf('snap_page', 0, 10, null);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(order).toEqual([]);
		finishLoad();
		await computed;
		await page;
		// The as-of date, customers and the schema first; the page only once they are done.
		expect(order.indexOf('page')).toBe(order.length - 1);
		expect(order.length).toBeGreaterThan(2);
	});
});
