import { squaredDistance, type DenseMatrix } from './dense-matrix';
import { randomInt, type Random } from './seeded-random';

/**
 * Greedy k-means++ starting centres (flat k×d), as scikit-learn: each new centre is the best of
 * 2 + ln k candidates drawn with probability ∝ squared distance to the nearest centre so far.
 */
export function kmeansPlusPlus(matrix: DenseMatrix, k: number, random: Random): Float64Array {
	const { data, rows, cols } = matrix;
	const centres = new Float64Array(k * cols);
	const trials = 2 + Math.floor(Math.log(k));
	let closest = new Float64Array(rows);
	let best = new Float64Array(rows);
	let candidate = new Float64Array(rows);
	const first = randomInt(random, rows);
	centres.set(data.subarray(first * cols, (first + 1) * cols), 0);
	let potential = distancesTo(matrix, first, closest, null);
	for (let c = 1; c < k; c++) {
		let bestPotential = Infinity;
		let bestIndex = 0;
		for (let t = 0; t < trials; t++) {
			const index = drawWeighted(closest, random() * potential, random);
			const next = distancesTo(matrix, index, candidate, closest);
			if (next < bestPotential) {
				bestPotential = next;
				bestIndex = index;
				[best, candidate] = [candidate, best];
			}
		}
		centres.set(data.subarray(bestIndex * cols, (bestIndex + 1) * cols), c * cols);
		[closest, best] = [best, closest];
		potential = bestPotential;
	}
	return centres;
}

// Squared distance of every row to row `index`, capped by `cap` when given; returns the sum.
function distancesTo(
	matrix: DenseMatrix,
	index: number,
	out: Float64Array,
	cap: Float64Array | null
): number {
	const { data, rows, cols } = matrix;
	const centre = index * cols;
	let sum = 0;
	for (let i = 0; i < rows; i++) {
		let s = squaredDistance(data, i * cols, data, centre, cols);
		if (cap && cap[i]! < s) s = cap[i]!;
		out[i] = s;
		sum += s;
	}
	return sum;
}

function drawWeighted(weights: Float64Array, target: number, random: Random): number {
	// Every point already sits on a centre (fewer distinct points than k): any point will do.
	if (!(target > 0)) return randomInt(random, weights.length);
	let last = 0;
	for (let i = 0; i < weights.length; i++) {
		if (weights[i]! <= 0) continue;
		target -= weights[i]!;
		last = i;
		if (target < 0) return i;
	}
	return last;
}
