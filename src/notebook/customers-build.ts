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

/** Cells' own lenses first (in notebook order); a default lens fills in each name none gives. */
export async function collectLenses(
	engine: Engine,
	cells: readonly CellDoc[],
	contextOf: (id: string) => RunContext,
	asOf: string
): Promise<CustomerLens[]> {
	const lenses: CustomerLens[] = [];
	const add = (lens: CustomerLens) => {
		if (!lenses.some((l) => l.name === lens.name)) lenses.push(lens);
	};
	const collect = async (cell: CellDoc) => {
		const provide = cellKind(cell.kind)?.lenses;
		const ctx = { ...contextOf(cell.id), asOf, earlierLenses: [...lenses] };
		for (const lens of provide ? await provide(ctx, cell.options) : []) add(lens);
	};
	const last = (cell: CellDoc) => cellKind(cell.kind)?.lensesLast === true;
	for (const cell of cells) if (!last(cell)) await collect(cell);
	for (const lens of await defaultLenses(engine, asOf)) add(lens);
	// Lenses over other lenses' columns (personas) come after the lenses they read.
	for (const cell of cells) if (last(cell)) await collect(cell);
	return lenses;
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
