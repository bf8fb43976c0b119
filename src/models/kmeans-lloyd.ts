import { squaredDistance, type DenseMatrix } from './dense-matrix';

/** The outcome of one k-means run from one set of starting centres. */
export interface LloydRun {
	readonly labels: Int32Array;
	readonly centres: Float64Array;
	readonly wss: number;
	readonly iterations: number;
	readonly converged: boolean;
}

/**
 * Lloyd's iterations from the given centres (flat k×d, updated in place), accelerated with
 * Hamerly's bounds (SIAM SDM 2010, https://doi.org/10.1137/1.9781611972801.12): each point keeps an
 * upper bound on the distance to its centre and a lower bound on the distance to any other, so
 * once clusters settle most points skip the k distance computations. The steps are those of plain
 * Lloyd; only the work is smaller. Stops when no label changes, or when the centres move less than
 * `threshold` in total squared distance (after one more assignment); the centres returned are the
 * exact means of the labels returned.
 */
export function lloyd(
	matrix: DenseMatrix,
	centres: Float64Array,
	k: number,
	maxIterations: number,
	threshold: number
): LloydRun {
	const { rows, cols } = matrix;
	const labels = new Int32Array(rows);
	const upper = new Float64Array(rows).fill(Infinity);
	const lower = new Float64Array(rows);
	const half = new Float64Array(k);
	const moved = new Float64Array(k);
	const sums = new Float64Array(k * cols);
	const counts = new Int32Array(k);
	const state = { labels, upper, lower, half, moved, sums, counts };
	assign(matrix, centres, k, state);
	accumulate(matrix, labels, sums, counts);
	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations && !converged) {
		iterations++;
		const shift = moveCentres(matrix, centres, k, upper, moved, sums, counts);
		if (shift === 0) {
			converged = true;
			break;
		}
		converged = shift <= threshold;
		halfGaps(centres, k, cols, half);
		const changed = assign(matrix, centres, k, state);
		if (changed === 0) converged = true;
	}
	// Exact means of the final labels: the running sums carry rounding from many small updates.
	accumulate(matrix, labels, sums, counts);
	for (let c = 0; c < k; c++) {
		for (let j = 0; j < cols && counts[c]! > 0; j++) {
			centres[c * cols + j] = sums[c * cols + j]! / counts[c]!;
		}
	}
	return {
		labels,
		centres,
		wss: withinSumOfSquares(matrix, centres, labels),
		iterations,
		converged
	};
}

interface State {
	labels: Int32Array;
	upper: Float64Array;
	lower: Float64Array;
	half: Float64Array;
	moved: Float64Array;
	sums: Float64Array;
	counts: Int32Array;
}

// One pass over the points: loosen each point's bounds by how far the centres moved, and
// reassign it only if they no longer rule out a closer centre. Returns how many changed cluster.
function assign(matrix: DenseMatrix, centres: Float64Array, k: number, state: State): number {
	const { data, rows, cols } = matrix;
	const { labels, upper, lower, half, moved, sums, counts } = state;
	// After the centres move, a point's own centre may be `moved` farther away, any other that much nearer.
	let most = 0;
	let largest = 0;
	let nextLargest = 0;
	moved.forEach((m, c) => {
		if (m > largest) [nextLargest, largest, most] = [largest, m, c];
		else if (m > nextLargest) nextLargest = m;
	});
	let changed = 0;
	for (let i = 0; i < rows; i++) {
		const current = labels[i]!;
		const row = i * cols;
		let nearest = current;
		upper[i]! += moved[current]!;
		lower[i]! -= current === most ? nextLargest : largest;
		const bound = Math.max(half[current]!, lower[i]!);
		if (upper[i]! > bound) {
			upper[i] = Math.sqrt(squaredDistance(data, row, centres, current * cols, cols));
			if (upper[i]! > bound) {
				let first = Infinity;
				let second = Infinity;
				for (let c = 0; c < k; c++) {
					const s = squaredDistance(data, row, centres, c * cols, cols);
					if (s < first) {
						second = first;
						first = s;
						nearest = c;
					} else if (s < second) second = s;
				}
				labels[i] = nearest;
				upper[i] = Math.sqrt(first);
				lower[i] = Math.sqrt(second);
			}
		}
		if (nearest === current) continue;
		// The sums follow the points that move, so a pass costs O(n) once clusters settle.
		changed++;
		counts[current]!--;
		counts[nearest]!++;
		for (let j = 0; j < cols; j++) {
			sums[current * cols + j]! -= data[row + j]!;
			sums[nearest * cols + j]! += data[row + j]!;
		}
	}
	return changed;
}

function accumulate(
	matrix: DenseMatrix,
	labels: Int32Array,
	sums: Float64Array,
	counts: Int32Array
) {
	const { data, rows, cols } = matrix;
	sums.fill(0);
	counts.fill(0);
	for (let i = 0; i < rows; i++) {
		const c = labels[i]!;
		counts[c]!++;
		for (let j = 0; j < cols; j++) sums[c * cols + j]! += data[i * cols + j]!;
	}
}

// Centres to the means of their points (an empty one takes the worst-fitted point); returns the
// total squared move and fills `moved` with each centre's distance moved.
function moveCentres(
	matrix: DenseMatrix,
	centres: Float64Array,
	k: number,
	upper: Float64Array,
	moved: Float64Array,
	sums: Float64Array,
	counts: Int32Array
): number {
	const { data, cols } = matrix;
	const taken = new Set<number>();
	let shift = 0;
	for (let c = 0; c < k; c++) {
		const far = counts[c] === 0 ? worstFitted(upper, taken) : -1;
		let squares = 0;
		for (let j = 0; j < cols; j++) {
			const next = far >= 0 ? data[far * cols + j]! : sums[c * cols + j]! / counts[c]!;
			const t = next - centres[c * cols + j]!;
			squares += t * t;
			centres[c * cols + j] = next;
		}
		moved[c] = Math.sqrt(squares);
		shift += squares;
	}
	// A point that became a centre must be looked at again in the next pass.
	for (const i of taken) upper[i] = Infinity;
	return shift;
}

function worstFitted(upper: Float64Array, taken: Set<number>): number {
	let worst = -1;
	for (let i = 0; i < upper.length; i++) {
		if (!taken.has(i) && (worst < 0 || upper[i]! > upper[worst]!)) worst = i;
	}
	taken.add(worst);
	return worst;
}

// Half the distance from each centre to its nearest other centre: a point closer than that stays.
function halfGaps(centres: Float64Array, k: number, cols: number, half: Float64Array) {
	half.fill(Infinity);
	for (let a = 0; a < k; a++) {
		for (let b = a + 1; b < k; b++) {
			const gap = Math.sqrt(squaredDistance(centres, a * cols, centres, b * cols, cols)) / 2;
			if (gap < half[a]!) half[a] = gap;
			if (gap < half[b]!) half[b] = gap;
		}
	}
}

function withinSumOfSquares(
	matrix: DenseMatrix,
	centres: Float64Array,
	labels: Int32Array
): number {
	const { data, rows, cols } = matrix;
	let wss = 0;
	for (let i = 0; i < rows; i++)
		wss += squaredDistance(data, i * cols, centres, labels[i]! * cols, cols);
	return wss;
}
