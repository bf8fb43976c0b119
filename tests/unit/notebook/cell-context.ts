import type { Engine } from '../../../src/engine/database';
import type { RunContext } from '../../../src/notebook/cell-kind';
import type { CellDoc } from '../../../src/notebook/document';
import { lensesVisibleTo } from '../../../src/notebook/customers-build';
import type { CustomerLens, CustomersCoreOptions } from '../../../src/segments/customers-view';
import type { TestDb } from '../node-duckdb';

/** The part of the engine cell kinds use, over a test DuckDB. */
export function testEngine(db: TestDb): Engine {
	const run = async (sql: string) => db.table(sql);
	return { query: run, runLong: run } as unknown as Engine;
}

/** A cell's run context as the notebook gives it, for `cells` in notebook order. */
export function cellContext(
	engine: Engine,
	cells: readonly CellDoc[],
	id: string,
	asOf: string,
	lenses: () => readonly CustomerLens[] = () => [],
	/** The settings lens_core was built with (null: as if it were being rebuilt). */
	core: CustomersCoreOptions | null = null
): RunContext {
	const index = cells.findIndex((c) => c.id === id);
	return {
		engine,
		cellId: id,
		params: { asOf, currency: 'EUR', timeUnit: 'days' },
		asOf,
		cancelled: () => false,
		coreLensOptions: () => core,
		customersLenses: lenses,
		cellsAbove: () => cells.slice(0, Math.max(0, index)),
		lensesAbove: () => lensesVisibleTo(lenses(), cells, id)
	};
}
