// Derivative-free minimisation: Nelder–Mead with the dimension-adaptive coefficients of Gao &
// Han (2012), "Implementing the Nelder-Mead simplex algorithm with adaptive parameters",
// Comput. Optim. Appl. 51, 259-277, and restarts from the best vertex, since a simplex can
// collapse before it reaches the minimum (McKinnon 1998). The models use it as a fallback when
// BFGS fails; non-finite values count as +Infinity, so it tolerates failed evaluations.
import type { MinimizeResult } from './optimize';

/** Options for minimizeNelderMead. */
export interface NelderMeadOptions {
	/** Initial simplex edge along each coordinate (default 0.5). */
	step?: number;
	/** Stop when vertex values and positions agree to these (defaults 1e-12 and 1e-9). */
	valueTolerance?: number;
	positionTolerance?: number;
	maxIterations?: number;
	/** Fresh simplices built around the best point after convergence (default 3). */
	restarts?: number;
}

/** Minimises f from x0 by Nelder–Mead with restarts. */
export function minimizeNelderMead(
	f: (x: Float64Array) => number,
	x0: ArrayLike<number>,
	options: NelderMeadOptions = {}
): MinimizeResult {
	const { step = 0.5, restarts = 3 } = options;
	let evaluations = 0;
	const safe = (x: Float64Array) => {
		evaluations++;
		const v = f(x);
		return Number.isFinite(v) ? v : Infinity;
	};
	let best = run(safe, Float64Array.from(x0), step, options);
	let iterations = best.iterations;
	for (let r = 0; r < restarts; r++) {
		const next = run(safe, best.x, step, options);
		iterations += next.iterations;
		const improved = best.value - next.value;
		if (next.value <= best.value) best = next;
		if (!(improved > (options.valueTolerance ?? 1e-12) * (1 + Math.abs(best.value)))) break;
	}
	return { ...best, iterations, evaluations };
}

function run(
	f: (x: Float64Array) => number,
	x0: Float64Array,
	step: number,
	options: NelderMeadOptions
): MinimizeResult {
	const n = x0.length;
	const { valueTolerance = 1e-12, positionTolerance = 1e-9, maxIterations = 2000 * n } = options;
	const alpha = 1;
	const beta = 1 + 2 / n;
	const gamma = 0.75 - 1 / (2 * n);
	const delta = Math.max(0.5, 1 - 1 / n); // Gao & Han's 1 - 1/n would collapse a 1-D simplex
	const simplex: Float64Array[] = [Float64Array.from(x0)];
	for (let i = 0; i < n; i++) {
		const v = Float64Array.from(x0);
		v[i] = v[i]! + step;
		simplex.push(v);
	}
	let values = simplex.map(f);
	const point = (from: Float64Array, towards: Float64Array, t: number) =>
		from.map((fi, i) => fi + t * (towards[i]! - fi));
	let iteration = 0;
	for (; iteration < maxIterations; iteration++) {
		const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
		const sorted = order.map((i) => simplex[i]!);
		values = order.map((i) => values[i]!);
		simplex.splice(0, simplex.length, ...sorted);
		const spread = Math.abs(values[n]! - values[0]!);
		let size = 0;
		for (let k = 1; k <= n; k++) {
			for (let i = 0; i < n; i++)
				size = Math.max(size, Math.abs(simplex[k]![i]! - simplex[0]![i]!));
		}
		if (spread <= valueTolerance * (1 + Math.abs(values[0]!)) && size <= positionTolerance) break;
		const centroid = new Float64Array(n);
		for (let k = 0; k < n; k++) {
			for (let i = 0; i < n; i++) centroid[i] = centroid[i]! + simplex[k]![i]! / n;
		}
		const worst = simplex[n]!;
		const reflected = point(centroid, worst, -alpha);
		const fr = f(reflected);
		if (fr < values[0]!) {
			const expanded = point(centroid, worst, -alpha * beta);
			const fe = f(expanded);
			[simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
		} else if (fr < values[n - 1]!) {
			[simplex[n], values[n]] = [reflected, fr];
		} else {
			// Contract outside (towards the reflected point) or inside (towards the worst one).
			const outside = fr < values[n]!;
			const contracted = point(centroid, outside ? reflected : worst, gamma);
			const fc = f(contracted);
			if (fc < (outside ? fr : values[n]!)) {
				[simplex[n], values[n]] = [contracted, fc];
			} else {
				for (let k = 1; k <= n; k++) {
					simplex[k] = point(simplex[0]!, simplex[k]!, delta);
					values[k] = f(simplex[k]!);
				}
			}
		}
	}
	const bestIndex = values.indexOf(Math.min(...values));
	return {
		x: simplex[bestIndex]!,
		value: values[bestIndex]!,
		iterations: iteration,
		evaluations: 0,
		converged: iteration < maxIterations && Number.isFinite(values[bestIndex]!),
		message: iteration < maxIterations ? 'simplex converged' : 'iteration limit reached'
	};
}
