import {
	buildCellGraph,
	cycleGroups,
	downstream,
	type CellGraph,
	type CellIO
} from './dependency-graph';

export type { CellIO } from './dependency-graph';

/** The input name that stands for a cell's own options: pass it to `affectedCells` on an edit. */
export const CELL_INPUT = (id: string) => `@cell:${id}`;

/** How a notebook's cells can run. */
export interface CellOrder {
	/** Ids of the cells that can run, each after every cell it reads from. */
	order: string[];
	/** Cells that read from each other in a loop; none of them can run. */
	cycles: string[][];
	/** Cells outside any loop that read (directly or not) from a cell in one, so cannot run. */
	blocked: string[];
	/** Per cell id, the names it reads that no cell defines and that are not base inputs. */
	unresolved: Record<string, string[]>;
}

interface Plan {
	graph: CellGraph;
	order: number[];
	cycles: number[][];
	blocked: number[];
}

function plan(cells: readonly CellIO[]): Plan {
	const graph = buildCellGraph(cells);
	const waiting = graph.providers.map((p) => p.length);
	const done = new Array<boolean>(cells.length).fill(false);
	const order: number[] = [];
	// Of the cells ready to run, the highest in the notebook goes first: the top-to-bottom order
	// a notebook user expects, changed only where a cell reads from one further down.
	for (;;) {
		const next = waiting.findIndex((w, i) => w === 0 && !done[i]);
		if (next === -1) break;
		done[next] = true;
		order.push(next);
		for (const c of graph.consumers[next]!) waiting[c]!--;
	}
	const cycles = cycleGroups(graph);
	const inCycle = new Set(cycles.flat());
	const blocked = cells.flatMap((_, i) => (done[i] || inCycle.has(i) ? [] : [i]));
	return { graph, order, cycles, blocked };
}

/** The order to run cells in, the cycles that cannot run, and reads nothing provides. */
export function orderCells(cells: readonly CellIO[], base: Iterable<string> = []): CellOrder {
	const { graph, order, cycles, blocked } = plan(cells);
	const known = new Set(base);
	const id = (i: number) => cells[i]!.id;
	const unresolved: Record<string, string[]> = {};
	graph.undefinedReads.forEach((names, i) => {
		const missing = names.filter((name) => !known.has(name));
		if (missing.length) unresolved[id(i)] = missing;
	});
	return {
		order: order.map(id),
		cycles: cycles.map((group) => group.map(id)),
		blocked: blocked.map(id),
		unresolved
	};
}

/**
 * The cells to re-run, in run order and once each, when `changed` inputs change: every cell
 * that reads a changed name or whose `CELL_INPUT(id)` is listed, and every cell downstream.
 * Cells in or behind a cycle are left out: they cannot run (see `orderCells`). `base` is
 * accepted for symmetry with `orderCells`; a read of a changed name counts wherever it resolves.
 */
export function affectedCells(
	cells: readonly CellIO[],
	changed: Iterable<string>,
	_base?: Iterable<string>
): string[] {
	const { graph, order } = plan(cells);
	const names = new Set(changed);
	const seeds = cells.flatMap((cell, i) =>
		names.has(CELL_INPUT(cell.id)) || cell.reads.some((r) => names.has(r)) ? [i] : []
	);
	const hit = downstream(graph, seeds);
	for (const i of seeds) hit.add(i);
	return order.filter((i) => hit.has(i)).map((i) => cells[i]!.id);
}

/**
 * The cells downstream of cell `id` (not itself): to mark stale or blocked when it fails.
 * Runnable ones come in run order, then any in or behind a cycle in notebook order.
 */
export function dependentsOf(cells: readonly CellIO[], id: string): string[] {
	const start = cells.findIndex((c) => c.id === id);
	if (start === -1) return [];
	const { graph, order } = plan(cells);
	const down = downstream(graph, [start]);
	down.delete(start);
	const ordered = new Set([...order, ...cells.map((_, i) => i)]);
	return [...ordered].filter((i) => down.has(i)).map((i) => cells[i]!.id);
}
