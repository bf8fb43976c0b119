import type { Engine } from '../engine/database';
import type { RunContext } from './cell-kind';
import type { CellDoc } from './document';
import { cellKind } from './kinds/registry';
import { defaultLenses } from './default-lenses';
import { buildSchemaSql } from './catalog-sql';
import { timed } from './timings';
import { buildDefaultAsOfSql } from '../segments/as-of';
import {
	buildCoreLensSql,
	buildLensTablesSql,
	type CustomerLens,
	type CustomersCoreOptions
} from '../segments/customers-view';

/** The day after the last order date (yyyy-mm-dd), or null when no order is loaded. */
export async function defaultAsOf(engine: Engine): Promise<string | null> {
	try {
		const row = (await engine.query(buildDefaultAsOfSql())).get(0)?.toJSON();
		const value: unknown = row?.['as_of_date'];
		// DATE arrives from Arrow as epoch milliseconds.
		return typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : null;
	} catch {
		return null;
	}
}

const layered = (cell: CellDoc) => cellKind(cell.kind)?.lensesLast === true;

/**
 * Cells' own lenses first (in notebook order); a default lens fills in each name none gives;
 * then the layered cells' lenses (rules, clusters, lifetime value, personas), in notebook order,
 * each seeing the lenses collected before it. Every cell's lens names it as its owner.
 */
export async function collectLenses(
	engine: Engine,
	cells: readonly CellDoc[],
	contextOf: (id: string) => RunContext,
	asOf: string,
	/** Materialises the lenses so far (a layered cell's hook may read their tables). */
	built: (lenses: readonly CustomerLens[]) => Promise<void> = async () => {}
): Promise<CustomerLens[]> {
	const lenses: CustomerLens[] = [];
	const add = (lens: CustomerLens) => {
		if (!lenses.some((l) => l.name === lens.name)) lenses.push(lens);
	};
	const collect = async (cell: CellDoc) => {
		const provide = cellKind(cell.kind)?.lenses;
		const ctx = { ...contextOf(cell.id), asOf, earlierLenses: [...lenses] };
		for (const lens of provide ? await provide(ctx, cell.options) : []) {
			add({ ...lens, owner: cell.id });
		}
	};
	for (const cell of cells) if (!layered(cell)) await collect(cell);
	for (const lens of await defaultLenses(engine, asOf)) add(lens);
	// Lenses over other lenses' columns come after the lenses they read, and after those of the
	// layered cells above only: a rule reads a persona above it, a persona a rule above it.
	for (const cell of cells) {
		if (!layered(cell)) continue;
		await built(lenses);
		await collect(cell);
	}
	return lenses;
}

/**
 * The lenses of `lenses` (as collectLenses gave them) that a layered cell `id` sees: the
 * defaults, those of the other cells, and those of the layered cells above it.
 */
export function lensesVisibleTo(
	lenses: readonly CustomerLens[],
	cells: readonly CellDoc[],
	id: string
): CustomerLens[] {
	const index = cells.findIndex((c) => c.id === id);
	const hidden = new Set(
		cells.flatMap((c, i) => (layered(c) && (i >= index || index < 0) ? [c.id] : []))
	);
	return lenses.filter((l) => l.owner === undefined || !hidden.has(l.owner));
}

/**
 * Collects the cells' lenses (see collectLenses) and builds every lens table and `customers`
 * over `lens_core` (built already), each table as soon as its lens is known, so that a layered
 * cell's hook can read the tables of the lenses before it (the columns a rule may use). Returns
 * the lenses.
 */
export async function collectAndBuildLenses(
	engine: Engine,
	cells: readonly CellDoc[],
	contextOf: (id: string) => RunContext,
	asOf: string
): Promise<CustomerLens[]> {
	let done = 0; // lens tables built, in order
	const build = async (lenses: readonly CustomerLens[]) => {
		const tables = buildLensTablesSql(lenses).slice(0, -1);
		for (const [i, sql] of tables.entries()) {
			if (i >= done) await timed(`lens:${lenses[i]!.name}`, () => engine.runLong(sql));
		}
		done = tables.length;
	};
	const lenses = await collectLenses(engine, cells, contextOf, asOf, build);
	await build(lenses);
	await timed('lens:view', () => engine.runLong(buildLensTablesSql(lenses).at(-1)!));
	return lenses;
}

/** Builds `lens_core`, then collects and builds every lens and `customers` (see above). */
export async function collectAndBuildCustomers(
	engine: Engine,
	cells: readonly CellDoc[],
	contextOf: (id: string) => RunContext,
	asOf: string,
	core: CustomersCoreOptions = {}
): Promise<CustomerLens[]> {
	await buildCoreLens(engine, asOf, core);
	return collectAndBuildLenses(engine, cells, contextOf, asOf);
}

/** Builds `lens_core`, with the cells' core settings (RFM scoring, tier shares, VIP rule). */
export async function buildCoreLens(
	engine: Engine,
	asOf: string,
	core: CustomersCoreOptions = {}
): Promise<void> {
	await timed('lens:core', () => engine.runLong(buildCoreLensSql({ ...core, asOf })));
}

/** Builds every lens table and the `customers` view over them (after `lens_core`). */
export async function buildLensTables(engine: Engine, lenses: CustomerLens[]): Promise<void> {
	const statements = buildLensTablesSql(lenses);
	const names = [...lenses.map((l) => l.name), 'view'];
	for (const [i, sql] of statements.entries()) {
		await timed(`lens:${names[i]}`, () => engine.runLong(sql));
	}
}

/** Builds `lens_core`, every lens table and `customers`, in that order. */
export async function buildCustomers(
	engine: Engine,
	asOf: string,
	lenses: CustomerLens[],
	core: CustomersCoreOptions = {}
): Promise<void> {
	await buildCoreLens(engine, asOf, core);
	await buildLensTables(engine, lenses);
}

/** Every user-visible table and view with its columns, for SQL completions. */
export async function readSchema(engine: Engine): Promise<Record<string, string[]>> {
	const rows = (await engine.query(buildSchemaSql())).toArray();
	const schema: Record<string, string[]> = {};
	for (const row of rows) {
		const table = String(row['table_name']);
		(schema[table] ??= []).push(String(row['column_name']));
	}
	return schema;
}
