// Unconstrained minimisation by BFGS (Nocedal & Wright, "Numerical Optimization", 2nd ed.,
// Algorithm 6.1) with a backtracking Armijo line search. The models optimise the logs of their
// parameters, so every parameter stays positive without constraints.
//
// No npm optimiser fitted cleanly: fmin (0.0.4) is unmaintained and untyped, and
// ml-levenberg-marquardt solves least squares, not likelihoods. Analytic gradients make BFGS
// fast on 250,000 customers; numericalGradient covers objectives without one.

/** An objective that returns f(x) and writes ∇f(x) into `gradient`. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

/** The outcome of a minimisation. */
export interface MinimizeResult {
	x: Float64Array;
	value: number;
	iterations: number;
	evaluations: number;
	converged: boolean;
	message: string;
}

/** Options for minimizeBfgs. */
export interface BfgsOptions {
	/** Stop when the largest gradient component is below this (default 1e-9). */
	gradientTolerance?: number;
	/**
	 * Also stop when two successive steps each change f by less than this times max(1, |f|)
	 * while the gradient is below √gradientTolerance (default 1e-12): a sum over many customers
	 * carries rounding noise that no step can get under.
	 */
	valueTolerance?: number;
	maxIterations?: number;
	/** The longest step in any coordinate (default 5: a factor e⁵ on a log-parameter). */
	maxStep?: number;
}

const EPS = Number.EPSILON;
const dot = (u: Float64Array, v: Float64Array) => u.reduce((sum, ui, i) => sum + ui * v[i]!, 0);
const maxAbs = (v: Float64Array) => v.reduce((m, vi) => Math.max(m, Math.abs(vi)), 0);

/** Central-difference gradient for an objective without an analytic one. */
export function numericalGradient(
	f: (x: Float64Array) => number,
	relativeStep = 1e-6
): ObjectiveWithGradient {
	return (x, gradient) => {
		const probe = Float64Array.from(x);
		for (let i = 0; i < x.length; i++) {
			const h = relativeStep * Math.max(1, Math.abs(x[i]!));
			probe[i] = x[i]! + h;
			const up = f(probe);
			probe[i] = x[i]! - h;
			gradient[i] = (up - f(probe)) / (2 * h);
			probe[i] = x[i]!;
		}
		return f(x);
	};
}

/** Minimises f from x0 by BFGS; a non-finite value is treated as "step too long". */
export function minimizeBfgs(
	f: ObjectiveWithGradient,
	x0: ArrayLike<number>,
	options: BfgsOptions = {}
): MinimizeResult {
	const {
		gradientTolerance = 1e-9,
		valueTolerance = 1e-12,
		maxIterations = 500,
		maxStep = 5
	} = options;
	const n = x0.length;
	let x = Float64Array.from(x0);
	let g = new Float64Array(n);
	let value = f(x, g);
	let evaluations = 1;
	const result = (converged: boolean, message: string, iterations: number): MinimizeResult => ({
		x,
		value,
		iterations,
		evaluations,
		converged,
		message
	});
	if (!Number.isFinite(value)) return result(false, 'objective is not finite at the start', 0);
	// H approximates the inverse Hessian, row-major.
	const H = new Float64Array(n * n);
	const resetH = (scale: number) => {
		H.fill(0);
		for (let i = 0; i < n; i++) H[i * n + i] = scale;
	};
	resetH(1);
	const p = new Float64Array(n);
	const xNew = new Float64Array(n);
	let gNew = new Float64Array(n);
	let stalled = 0;
	for (let iteration = 0; iteration < maxIterations; iteration++) {
		if (maxAbs(g) <= gradientTolerance) return result(true, 'gradient below tolerance', iteration);
		for (let i = 0; i < n; i++) {
			let s = 0;
			for (let j = 0; j < n; j++) s -= H[i * n + j]! * g[j]!;
			p[i] = s;
		}
		let slope = dot(p, g);
		if (!(slope < 0)) {
			// Not a descent direction (H lost positive definiteness): restart from steepest descent.
			resetH(1);
			for (let i = 0; i < n; i++) p[i] = -g[i]!;
			slope = dot(p, g);
		}
		// Backtracking until the Armijo condition f(x + t p) ≤ f(x) + 1e-4 t ∇f·p holds.
		let t = Math.min(1, maxStep / maxAbs(p));
		let valueNew = NaN;
		for (;;) {
			for (let i = 0; i < n; i++) xNew[i] = x[i]! + t * p[i]!;
			valueNew = f(xNew, gNew);
			evaluations++;
			if (Number.isFinite(valueNew) && valueNew <= value + 1e-4 * t * slope) break;
			// Near the minimum the decrease falls below the rounding of f; a step that keeps f
			// within a few ulps and shrinks the gradient still makes progress.
			if (valueNew <= value + 8 * EPS * Math.abs(value) && maxAbs(gNew) < maxAbs(g)) break;
			t *= Number.isFinite(valueNew) ? 0.5 : 0.1;
			if (t * maxAbs(p) < 1e-14 * Math.max(1, maxAbs(x))) {
				// No decrease is representable: x is a minimum to working precision if ∇f is small.
				const small = maxAbs(g) <= Math.sqrt(gradientTolerance);
				return result(small, 'line search could not decrease the objective', iteration);
			}
		}
		const s = new Float64Array(n);
		const y = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			s[i] = xNew[i]! - x[i]!;
			y[i] = gNew[i]! - g[i]!;
		}
		x = Float64Array.from(xNew);
		[g, gNew] = [gNew, g];
		const change = Math.abs(value - valueNew);
		value = valueNew;
		stalled = change <= valueTolerance * Math.max(1, Math.abs(value)) ? stalled + 1 : 0;
		if (stalled >= 2 && maxAbs(g) <= Math.sqrt(gradientTolerance)) {
			return result(true, 'objective no longer changes', iteration + 1);
		}
		const sy = dot(s, y);
		// Skip the update when the curvature condition fails, which keeps H positive definite.
		if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
			if (iteration === 0) resetH(sy / dot(y, y)); // N&W eq. 6.20
			updateInverseHessian(H, s, y, sy);
		}
	}
	return result(maxAbs(g) <= gradientTolerance, 'iteration limit reached', maxIterations);
}

/** H ← (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ with ρ = 1 / yᵀs (N&W eq. 6.17), expanded. */
function updateInverseHessian(H: Float64Array, s: Float64Array, y: Float64Array, sy: number) {
	const n = s.length;
	const rho = 1 / sy;
	const Hy = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let v = 0;
		for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
		Hy[i] = v;
	}
	const yHy = dot(y, Hy);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			H[i * n + j] =
				H[i * n + j]! -
				rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) +
				(rho * rho * yHy + rho) * s[i]! * s[j]!;
		}
	}
}
