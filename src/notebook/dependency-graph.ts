/** What the dependency order knows of a cell: the names it reads and the names it defines. */
export interface CellIO {
	id: string;
	/** Views and `@param:` inputs the cell reads. */
	reads: readonly string[];
	/** Views the cell creates for other cells. */
	defines: readonly string[];
}

/** Cells as a graph over their notebook positions. */
export interface CellGraph {
	/** For each cell, the cells it reads from, in notebook order. */
	providers: number[][];
	/** For each cell, the cells that read from it, in notebook order. */
	consumers: number[][];
	/** For each cell, the names it reads that no other cell defines. */
	undefinedReads: string[][];
}

/**
 * Links each read to the cell that defines the name. As in a Jupyter notebook read top to
 * bottom, the nearest definition above a cell wins; a name defined only further down is read
 * from the first cell below that defines it (which then runs first).
 */
export function buildCellGraph(cells: readonly CellIO[]): CellGraph {
	const definers = new Map<string, number[]>();
	cells.forEach((cell, i) => {
		for (const name of new Set(cell.defines))
			definers.set(name, [...(definers.get(name) ?? []), i]);
	});
	const providers = cells.map(() => new Set<number>());
	const undefinedReads = cells.map((): string[] => []);
	cells.forEach((cell, i) => {
		for (const name of new Set(cell.reads)) {
			const others = (definers.get(name) ?? []).filter((j) => j !== i);
			const above = others.filter((j) => j < i);
			const from = above.length ? above[above.length - 1] : others[0];
			if (from === undefined) undefinedReads[i]!.push(name);
			else providers[i]!.add(from);
		}
	});
	const consumers = cells.map((): number[] => []);
	const sorted = providers.map((set) => [...set].sort((a, b) => a - b));
	sorted.forEach((from, i) => from.forEach((j) => consumers[j]!.push(i)));
	return { providers: sorted, consumers, undefinedReads };
}

/** The strongly connected groups of more than one cell (the cycles), each in notebook order. */
export function cycleGroups(graph: CellGraph): number[][] {
	const n = graph.providers.length;
	const index = new Array<number>(n).fill(-1);
	const low = new Array<number>(n).fill(0);
	const onStack = new Array<boolean>(n).fill(false);
	const stack: number[] = [];
	const groups: number[][] = [];
	let next = 0;
	// Tarjan's algorithm; notebooks hold tens of cells, so recursion depth is no concern.
	const visit = (v: number) => {
		index[v] = low[v] = next++;
		stack.push(v);
		onStack[v] = true;
		for (const w of graph.providers[v]!) {
			if (index[w] === -1) {
				visit(w);
				low[v] = Math.min(low[v]!, low[w]!);
			} else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
		}
		if (low[v] !== index[v]) return;
		const group: number[] = [];
		let w: number;
		do {
			w = stack.pop()!;
			onStack[w] = false;
			group.push(w);
		} while (w !== v);
		if (group.length > 1) groups.push(group.sort((a, b) => a - b));
	};
	for (let v = 0; v < n; v++) if (index[v] === -1) visit(v);
	return groups.sort((a, b) => a[0]! - b[0]!);
}

/** Every cell downstream of the `from` cells (transitively), themselves excluded unless reached. */
export function downstream(graph: CellGraph, from: Iterable<number>): Set<number> {
	const seen = new Set<number>();
	const queue = [...from];
	while (queue.length) {
		for (const next of graph.consumers[queue.pop()!]!) {
			if (seen.has(next)) continue;
			seen.add(next);
			queue.push(next);
		}
	}
	return seen;
}
