/** Points on screen, bucketed by square cells, to find the one under the pointer quickly. */
export interface PointIndex {
	/** Screen positions, one per point. */
	readonly px: Float32Array;
	readonly py: Float32Array;
	readonly cell: number;
	readonly cols: number;
	readonly rows: number;
	/** Points sorted by cell; `start[c]`…`start[c + 1]` are the points of cell c. */
	readonly order: Int32Array;
	readonly start: Int32Array;
}

/**
 * A grid over `width × height` pixels in cells of `cell` pixels, built in two passes (a counting
 * sort), so 500,000 points are indexed in a few milliseconds. Points off the grid are left out.
 */
export function buildPointIndex(
	px: Float32Array,
	py: Float32Array,
	width: number,
	height: number,
	cell = 16
): PointIndex {
	if (px.length !== py.length) throw new Error(`invalid points: ${px.length} x, ${py.length} y`);
	const cols = Math.max(1, Math.ceil(width / cell));
	const rows = Math.max(1, Math.ceil(height / cell));
	const cellOf = new Int32Array(px.length);
	const counts = new Int32Array(cols * rows + 1);
	for (let i = 0; i < px.length; i++) {
		const c = Math.floor(px[i]! / cell);
		const r = Math.floor(py[i]! / cell);
		if (!(c >= 0 && c < cols && r >= 0 && r < rows)) {
			cellOf[i] = -1;
			continue;
		}
		cellOf[i] = r * cols + c;
		counts[cellOf[i]! + 1]!++;
	}
	const start = new Int32Array(cols * rows + 1);
	for (let c = 0; c < cols * rows; c++) start[c + 1] = start[c]! + counts[c + 1]!;
	const fill = start.slice(0, cols * rows);
	const order = new Int32Array(start[cols * rows]!);
	for (let i = 0; i < px.length; i++) if (cellOf[i]! >= 0) order[fill[cellOf[i]!]!++] = i;
	return { px, py, cell, cols, rows, order, start };
}

/** The point nearest to (x, y) within `radius` pixels, or −1 when there is none. */
export function nearestPoint(index: PointIndex, x: number, y: number, radius = 12): number {
	const { px, py, cell, cols, rows, order, start } = index;
	const reach = Math.ceil(radius / cell);
	const c0 = Math.floor(x / cell);
	const r0 = Math.floor(y / cell);
	let best = -1;
	let bestDistance = radius * radius;
	for (let r = Math.max(0, r0 - reach); r <= Math.min(rows - 1, r0 + reach); r++) {
		for (let c = Math.max(0, c0 - reach); c <= Math.min(cols - 1, c0 + reach); c++) {
			const at = r * cols + c;
			for (let j = start[at]!; j < start[at + 1]!; j++) {
				const i = order[j]!;
				const dx = px[i]! - x;
				const dy = py[i]! - y;
				const distance = dx * dx + dy * dy;
				if (distance <= bestDistance) [best, bestDistance] = [i, distance];
			}
		}
	}
	return best;
}
