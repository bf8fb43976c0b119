import { describe, expect, it } from 'vitest';
import { minimizeNelderMead } from '../../../src/models/nelder-mead';
import { minimizeBfgs, numericalGradient } from '../../../src/models/optimize';

// Rosenbrock's banana valley: minimum 0 at (1, 1), a classic trap for naive descent.
const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
const rosenbrockWithGradient = (x: Float64Array, g: Float64Array) => {
	const [a, b] = [x[0]!, x[1]!];
	g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
	g[1] = 200 * (b - a * a);
	return rosenbrock(x);
};
// An ill-conditioned quadratic in 4-D with minimum at (1, -2, 3, 0.5).
const centre = [1, -2, 3, 0.5];
const weights = [1, 10, 100, 1000];
const quadratic = (x: Float64Array) =>
	x.reduce((s, xi, i) => s + weights[i]! * (xi - centre[i]!) ** 2, 0);

describe('minimizeBfgs', () => {
	it('finds the Rosenbrock minimum with an analytic gradient', () => {
		const result = minimizeBfgs(rosenbrockWithGradient, [-1.2, 1]);
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 8);
		expect(result.x[1]).toBeCloseTo(1, 8);
		expect(result.iterations).toBeLessThan(100);
	});

	it('finds it with central differences too', () => {
		const result = minimizeBfgs(numericalGradient(rosenbrock), [-1.2, 1], {
			gradientTolerance: 1e-7
		});
		expect(result.x[0]).toBeCloseTo(1, 5);
		expect(result.x[1]).toBeCloseTo(1, 5);
	});

	it('handles an ill-conditioned quadratic', () => {
		const result = minimizeBfgs(numericalGradient(quadratic), [0, 0, 0, 0], {
			gradientTolerance: 1e-7
		});
		centre.forEach((c, i) => expect(result.x[i]).toBeCloseTo(c, 6));
	});

	it('backs off from regions where the objective is not finite', () => {
		// ln-barrier: f = x - ln(x) has its minimum at 1 and is NaN below 0.
		const f = (x: Float64Array, g: Float64Array) => {
			g[0] = 1 - 1 / x[0]!;
			return x[0]! - Math.log(x[0]!);
		};
		const result = minimizeBfgs(f, [20]);
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 8);
	});

	it('reports a start where the objective is not finite', () => {
		const result = minimizeBfgs(() => NaN, [0]);
		expect(result.converged).toBe(false);
		expect(result.message).toMatch(/not finite/);
	});
});

describe('minimizeNelderMead', () => {
	it('finds the Rosenbrock minimum', () => {
		const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 5);
		expect(result.x[1]).toBeCloseTo(1, 5);
	});

	it('handles 4-D, 1-D and non-finite values', () => {
		const four = minimizeNelderMead(quadratic, [0, 0, 0, 0]);
		centre.forEach((c, i) => expect(four.x[i]).toBeCloseTo(c, 5));
		const one = minimizeNelderMead((x) => (x[0]! > 3 ? NaN : (x[0]! - 2) ** 2), [0]);
		expect(one.x[0]).toBeCloseTo(2, 6);
	});
});
