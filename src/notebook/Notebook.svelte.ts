import { untrack } from 'svelte';
import type { Engine } from '../engine/database';
import { engineErrorMessage, EngineLostError } from '../engine/engine-error';
import type { DataWorkspace } from './DataWorkspace.svelte';
import { PARAM_INPUT, type CellDoc, type NotebookDoc, type NotebookParams } from './document';
import { cellKind } from './kinds/registry';
import { DATA_VIEWS } from './kinds/data';
import { affectedCells, dependentsOf, orderCells } from './dependency-order';
import { newCellId } from './cell-id';
import type { RunContext } from './cell-kind';
import type { CustomerLens } from '../segments/customers-view';
import { defaultAsOf, lensesVisibleTo, readSchema } from './customers-build';
import { shapesCustomers } from './customers-core';
import { CustomersBuild } from './CustomersBuild.svelte';
import { buildPageSql, type PageSort } from './kinds/sql-text';
import { quoteIdent } from '../sql/quote';
import type { Table } from 'apache-arrow';
import { markTiming, timed } from './timings';
import { english } from '../i18n/english';
import type { DemoSnapshot } from '../demo/snapshot/demo-snapshot';

/** Where a cell's last run stands. */
export type CellStatus = 'idle' | 'queued' | 'running' | 'done' | 'error' | 'blocked';

/** A cell's last run: its status, and its result or error. */
export interface CellRun {
	status: CellStatus;
	result?: unknown;
	error?: string;
	elapsedMs?: number;
	/**
	 * The result is the build's snapshot of the demo (see `src/demo/snapshot`): shown, also while
	 * the cell waits and runs here, until its own run replaces it.
	 */
	snapshot?: boolean;
}

const NOT_RUN_UPSTREAM = english('error.notRunUpstream');
const PARAM_NAMES: (keyof NotebookParams)[] = ['asOf', 'currency', 'timeUnit'];
/** Built by the notebook itself after the data or the as-of date change; cells read them. */
export const CUSTOMER_VIEWS = ['customers', 'lens_core'];
const BASE_INPUTS = [...DATA_VIEWS, ...CUSTOMER_VIEWS, ...PARAM_NAMES.map(PARAM_INPUT)];
// What a cell may read before the lens tables behind `customers` are built.
const LENS_FREE_INPUTS = new Set([...DATA_VIEWS, 'lens_core', ...PARAM_NAMES.map(PARAM_INPUT)]);

/**
 * The notebook: its cells, parameters and the runs of its cells. Cells re-run, in dependency
 * order and once each, when the data, a parameter or their own options change.
 */
export class Notebook {
	title = $state('Customer segmentation');
	params = $state.raw<NotebookParams>({ asOf: null, currency: 'USD', timeUnit: 'weeks' });
	cells = $state.raw<CellDoc[]>([]);
	runs = $state.raw<Record<string, CellRun>>({});
	/** The as-of date in force: the parameter, or the day after the last order in the data. */
	resolvedAsOf = $state<string | null>(null);
	/** The cell running now, for the progress line and the cancel button. */
	runningCell = $state<string | null>(null);
	/** Every table and view with its columns, for SQL completions. */
	schema = $state.raw<Record<string, string[]>>({});
	/** Bumped by every change to the document, for autosave. */
	revision = $state(0);
	readonly data: DataWorkspace;
	readonly #engine: Engine;
	#queue: Promise<void> = Promise.resolve();
	// Until the data is loaded and every cell computed once (see `recomputeAfter`), follow-up
	// queries wait: the tables they read are not there yet.
	#computed: Promise<void> = Promise.resolve();
	readonly #customers: CustomersBuild;
	#cancelled = false;
	#engineLost = false;
	#lostIn: string | null = null;

	constructor(engine: Engine, data: DataWorkspace, doc: NotebookDoc) {
		this.#engine = engine;
		this.data = data;
		this.#customers = new CustomersBuild(
			engine,
			() => this.cells,
			(id) => this.#context(id)
		);
		this.load(doc);
	}

	/** Replaces the whole document (an opened file, a share link, the autosaved notebook). */
	load(doc: NotebookDoc): void {
		this.title = doc.title;
		this.params = doc.params;
		this.cells = doc.cells;
		this.runs = {};
		this.data.useSpecs(doc.sources, doc.cleaning);
		this.#touch();
	}

	/** The document as saved: the method, never the data. */
	toDoc(): NotebookDoc {
		return {
			version: 1,
			title: this.title,
			params: this.params,
			sources: this.data.specs(),
			cleaning: this.data.cleaning,
			cells: this.cells
		};
	}

	setTitle(title: string): void {
		this.title = title;
		this.#touch();
	}

	/** Changes global parameters; the cells that read a changed one re-run. */
	setParams(params: NotebookParams): void {
		const changed = PARAM_NAMES.filter((name) => params[name] !== this.params[name]);
		this.params = params;
		this.#touch();
		if (changed.length === 0) return;
		void this.#enqueue(async () => {
			const inputs = changed.map(PARAM_INPUT);
			if (changed.includes('asOf')) {
				await this.#resolveAsOf();
				await this.#buildCustomers();
				inputs.push(...CUSTOMER_VIEWS);
			}
			await this.#runAffected(inputs);
		});
	}

	/** The data views were rebuilt: resolve the as-of date and re-run everything that reads them. */
	dataChanged(): Promise<void> {
		return this.#enqueue(() => this.#computeAll());
	}

	/**
	 * Shows the build's snapshot of this notebook on the demo: each cell's result by its place,
	 * the as-of date and the schema. Call `recomputeAfter` next to compute them here.
	 */
	showSnapshot(snapshot: DemoSnapshot): void {
		const runs: Record<string, CellRun> = {};
		this.cells.forEach((cell, i) => {
			const run = snapshot.runs[i];
			if (run?.status === 'done')
				runs[cell.id] = { status: 'done', result: run.result, snapshot: true };
		});
		this.runs = runs;
		this.resolvedAsOf = snapshot.resolvedAsOf;
		this.schema = snapshot.schema;
	}

	/**
	 * Loads the data with `load` (which must not tell the notebook itself), then computes every
	 * cell, ahead of anything asked meanwhile: edits made while the snapshot shows run after it.
	 */
	recomputeAfter(load: () => Promise<void>): Promise<void> {
		this.#computed = this.#enqueue(async () => {
			await load();
			await this.#computeAll();
		});
		return this.#computed;
	}

	async #computeAll(): Promise<void> {
		await timed('as-of', () => this.#resolveAsOf());
		await timed('customers', () => this.#buildCustomers());
		await this.#runAffected([...DATA_VIEWS, ...CUSTOMER_VIEWS, PARAM_INPUT('asOf')]);
		markTiming('notebook-ready');
		await this.#refreshSchema();
	}

	/** The engine restarted and the data is back: rebuild `customers` and run every cell again. */
	restoreAfterRestart(): Promise<void> {
		return this.#enqueue(async () => {
			await this.#resolveAsOf();
			await this.#buildCustomers();
			// The cell that was running when the engine stopped may be what stopped it: it and its
			// dependants wait for the user to run them again, so a crashing query cannot loop.
			const { nodes, order } = this.#graph();
			const lost = this.#lostIn;
			this.#lostIn = null;
			const wait = new Set(lost ? [lost, ...dependentsOf(nodes, lost)] : []);
			for (const id of wait) {
				if (id !== lost) this.#setRun(id, { status: 'blocked', error: NOT_RUN_UPSTREAM });
			}
			await this.#runIds(order.filter((id) => !wait.has(id)));
			await this.#refreshSchema();
		});
	}

	/** Runs one cell and every cell downstream of it. */
	runCell(id: string): Promise<void> {
		return this.#enqueue(async () => {
			await this.#runAffected([`@cell:${id}`]);
			if (this.#defines(this.#cell(id) ?? { id, kind: '', options: {} }).length) {
				await this.#refreshSchema();
			}
		});
	}

	/** Runs every cell, in order. */
	runAll(): Promise<void> {
		return this.#enqueue(() => this.#runIds(this.#graph().order));
	}

	/** Cancels the running statement and the runs queued behind it. */
	async cancel(): Promise<void> {
		this.#cancelled = true;
		await this.#engine.cancel();
	}

	/** One page of a cell's kept result, optionally sorted by a column. */
	pageOf(table: string, offset: number, limit: number, sort: PageSort | null): Promise<Table> {
		return this.#afterComputed(() => this.#engine.query(buildPageSql(table, offset, limit, sort)));
	}

	/** The first `limit` values of two columns of a kept result, for a quick chart. */
	chartRows(table: string, x: string, y: string, limit = 5000): Promise<Table> {
		const cols = `${quoteIdent(x)} AS x, ${quoteIdent(y)} AS y`;
		const sql = `SELECT ${cols} FROM ${quoteIdent(table)} ORDER BY rowid LIMIT ${Math.floor(limit)}`;
		return this.#afterComputed(() => this.#engine.query(sql));
	}

	/** Runs a cell kind's named follow-up query (e.g. a segment's members) for a panel. */
	cellQuery(id: string, name: string, arg: unknown): Promise<Table> {
		// Panels call this from effects: reading the notebook's state here must not make the
		// panel's effect depend on it (it would re-run the query whenever a cell changed).
		return untrack(() => {
			const cell = this.#cell(id);
			const query = cell && cellKind(cell.kind)?.queries?.[name];
			if (!cell || !query) return Promise.reject(new Error(`invalid query: ${name}`));
			return this.#afterComputed(() =>
				this.customersReady().then(() => query(this.#context(id), cell.options, arg))
			);
		});
	}

	/** Makes a cell kind's named file (an export) for a panel to download. */
	cellFile(id: string, name: string, arg: unknown): Promise<Uint8Array> {
		return untrack(() => {
			const cell = this.#cell(id);
			const make = cell && cellKind(cell.kind)?.files?.[name];
			if (!cell || !make) return Promise.reject(new Error(`invalid file: ${name}`));
			return this.#afterComputed(() =>
				this.customersReady().then(() => make(this.#context(id), cell.options, arg))
			);
		});
	}

	addCell(kind: string, index = this.cells.length): string | undefined {
		const spec = cellKind(kind);
		if (!spec || (spec.single && this.cells.some((c) => c.kind === kind))) return undefined;
		const cell: CellDoc = { id: newCellId(), kind, options: spec.defaultOptions() };
		this.cells = [...this.cells.slice(0, index), cell, ...this.cells.slice(index)];
		this.#touch();
		if (shapesCustomers(spec)) void this.#rebuildCustomersFor(cell.id);
		else if (spec.run) void this.runCell(cell.id);
		return cell.id;
	}

	deleteCell(id: string): void {
		const spec = cellKind(this.#cell(id)?.kind ?? '');
		if (spec?.single) return;
		this.cells = this.cells.filter((c) => c.id !== id);
		const { [id]: _gone, ...rest } = this.runs;
		this.runs = rest;
		this.#touch();
		if (shapesCustomers(spec)) {
			void this.#enqueue(async () => {
				await this.#buildCustomers();
				await this.#runAffected(CUSTOMER_VIEWS);
			});
		}
	}

	moveCell(id: string, delta: -1 | 1): void {
		const from = this.cells.findIndex((c) => c.id === id);
		const to = from + delta;
		if (from < 0 || to < 0 || to >= this.cells.length) return;
		const cells = [...this.cells];
		[cells[from], cells[to]] = [cells[to]!, cells[from]!];
		this.cells = cells;
		this.#touch();
		// Of two cells that shape `customers`, the upper one wins a shared name (a lens, a rule
		// column), and the upper RFM or tiers cell sets lens_core's scoring: swapping them
		// changes the view.
		const [a, b] = [cells[from]!, cells[to]!];
		const sameCore = a.kind === b.kind && Boolean(cellKind(a.kind)?.customersCore);
		if (sameCore || [a, b].every((c) => cellKind(c.kind)?.lenses)) {
			void this.#rebuildCustomersFor(id);
		}
	}

	duplicateCell(id: string): string | undefined {
		const index = this.cells.findIndex((c) => c.id === id);
		const cell = this.cells[index];
		if (!cell || cellKind(cell.kind)?.single) return undefined;
		const copy: CellDoc = { ...cell, id: newCellId(), options: structuredClone(cell.options) };
		this.cells = [...this.cells.slice(0, index + 1), copy, ...this.cells.slice(index + 1)];
		this.#touch();
		if (shapesCustomers(cellKind(cell.kind))) void this.#rebuildCustomersFor(copy.id);
		else if (cellKind(cell.kind)?.run) void this.runCell(copy.id);
		return copy.id;
	}

	toggleCollapsed(id: string): void {
		this.cells = this.cells.map((c) => (c.id === id ? { ...c, collapsed: !c.collapsed } : c));
		this.#touch();
	}

	/** Changes a cell's options; with `run`, the cell and its dependants re-run. */
	setOptions(id: string, options: Record<string, unknown>, run = false): void {
		this.cells = this.cells.map((c) => (c.id === id ? { ...c, options } : c));
		this.#touch();
		if (!run) return;
		const spec = cellKind(this.#cell(id)?.kind ?? '');
		if (shapesCustomers(spec) && !spec?.lensesFromRun) void this.#rebuildCustomersFor(id);
		else void this.runCell(id);
	}

	// A cell that shapes `customers` (a lifecycle threshold, a rule) changed: rebuild it, then
	// re-run the cell and everything that reads `customers`.
	#rebuildCustomersFor(id: string): Promise<void> {
		return this.#enqueue(async () => {
			await this.#buildCustomers();
			await this.#runAffected([`@cell:${id}`, ...CUSTOMER_VIEWS]);
			await this.#ensureLenses();
		});
	}

	#graph() {
		const known = [...BASE_INPUTS, ...this.cells.flatMap((c) => this.#defines(c))];
		const nodes = this.cells.map((c) => ({
			id: c.id,
			reads: cellKind(c.kind)?.reads(c.options, known) ?? [],
			defines: this.#defines(c)
		}));
		return { nodes, ...orderCells(nodes, BASE_INPUTS) };
	}

	#defines(cell: CellDoc): string[] {
		return cellKind(cell.kind)?.defines(cell.options) ?? [];
	}

	async #runAffected(changed: string[]): Promise<void> {
		const { nodes } = this.#graph();
		await this.#runIds(affectedCells(nodes, changed, BASE_INPUTS));
	}

	async #runIds(ids: string[]): Promise<void> {
		const runnable = ids.filter((id) => cellKind(this.#cell(id)?.kind ?? '')?.run);
		for (const id of runnable) this.#setRun(id, { status: 'queued' });
		const blocked = new Set<string>();
		this.#cancelled = false;
		this.#engineLost = false;
		for (const id of runnable) {
			if (this.#cancelled) {
				this.#setRun(id, { status: 'error', error: english('error.cancelledBeforeRun') });
				continue;
			}
			// The engine restarted under this run: the rest waits for the run that follows it.
			if (this.#engineLost) {
				this.#setRun(id, { status: 'queued' });
				continue;
			}
			if (blocked.has(id)) continue;
			const ok = await this.#runOne(id);
			if (!ok) {
				const { nodes } = this.#graph();
				for (const down of dependentsOf(nodes, id)) {
					blocked.add(down);
					this.#setRun(down, {
						status: 'blocked',
						error: NOT_RUN_UPSTREAM
					});
				}
			}
		}
	}

	async #runOne(id: string): Promise<boolean> {
		const cell = this.#cell(id);
		const spec = cell && cellKind(cell.kind);
		if (!cell || !spec?.run) return true;
		const reads = spec.reads(cell.options, CUSTOMER_VIEWS);
		// A cell that shapes `customers` or reads more than the data and lens_core (customers, a
		// lens column, another cell's result) gets the lens tables first.
		const needsLenses = Boolean(spec.lenses) || reads.some((r) => !LENS_FREE_INPUTS.has(r));
		if (needsLenses) await this.#ensureLenses();
		const error = reads.some((r) => CUSTOMER_VIEWS.includes(r))
			? this.#customers.errorFor(needsLenses)
			: null;
		if (error) {
			this.#setRun(id, { status: 'error', error });
			return false;
		}
		this.runningCell = id;
		this.#setRun(id, { status: 'running' });
		const started = performance.now();
		try {
			const result = await timed(`cell:${cell.kind}:${id}`, () =>
				spec.run!(this.#context(id), cell.options)
			);
			this.#setRun(id, { status: 'done', result, elapsedMs: performance.now() - started });
			return true;
		} catch (error) {
			if (error instanceof EngineLostError) {
				this.#engineLost = true;
				this.#lostIn = id;
			}
			const message = this.#cancelled ? english('error.cancelled') : engineErrorMessage(error);
			this.#setRun(id, { status: 'error', error: message, elapsedMs: performance.now() - started });
			return false;
		} finally {
			this.runningCell = null;
		}
	}

	/** The lenses `customers` was last built with, in order (for the SQL export). */
	get customersLenses(): readonly CustomerLens[] {
		return this.#customers.lenses;
	}

	#context(id: string): RunContext {
		return {
			engine: this.#engine,
			cellId: id,
			params: this.params,
			asOf: this.resolvedAsOf,
			cancelled: () => this.#cancelled,
			coreLensOptions: () => this.#customers.coreOptions,
			customersLenses: () => this.#customers.lenses,
			cellsAbove: () => {
				const index = this.cells.findIndex((c) => c.id === id);
				return this.cells.slice(0, Math.max(0, index));
			},
			lensesAbove: () => lensesVisibleTo(this.#customers.lenses, this.cells, id)
		};
	}

	async #resolveAsOf(): Promise<void> {
		this.resolvedAsOf = this.params.asOf ?? (await defaultAsOf(this.#engine));
	}

	/** Resolves once `customers` has every lens of the data and as-of date in force. */
	customersReady(): Promise<void> {
		return this.#customers.lensesPending
			? this.#enqueue(() => this.#ensureLenses())
			: Promise.resolve();
	}

	#buildCustomers(): Promise<void> {
		return this.#customers.buildCore(this.resolvedAsOf);
	}

	// Runs in the queue only (a run, or customersReady), so no core build interleaves with it.
	async #ensureLenses(): Promise<void> {
		if (await this.#customers.buildLenses()) await this.#refreshSchema();
	}

	async #refreshSchema(): Promise<void> {
		// Completions are a convenience; the notebook works without them.
		this.schema = await readSchema(this.#engine).catch(() => this.schema);
	}

	#afterComputed<T>(job: () => Promise<T>): Promise<T> {
		return this.#computed.then(job, job);
	}

	#enqueue(job: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(job, job);
		return this.#queue;
	}

	#cell(id: string): CellDoc | undefined {
		return this.cells.find((c) => c.id === id);
	}

	#setRun(id: string, run: CellRun): void {
		const shown = this.runs[id];
		// A snapshot's result stays on screen while its cell waits and runs here.
		const keep = shown?.snapshot && (run.status === 'queued' || run.status === 'running');
		this.runs = {
			...this.runs,
			[id]: keep ? { ...run, result: shown.result, snapshot: true } : run
		};
	}

	#touch(): void {
		this.revision++;
	}
}
