import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../../src/models/dense-matrix';
import { pca } from '../../../src/models/pca';
import { symmetricEigen } from '../../../src/models/symmetric-eigen';
import { createRandom } from '../../../src/models/seeded-random';

const closeTo = (actual: readonly number[], expected: readonly number[], digits = 10) =>
	expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits));

describe('pca', () => {
	it('puts all the variance of points on y = 2x along (1, 2)/√5', () => {
		const ts = [-2, -1, 0, 1, 2];
		const result = pca(matrixFromRows(ts.map((t) => [t + 3, 2 * t + 1])));
		closeTo(result.components[0]!, [1 / Math.sqrt(5), 2 / Math.sqrt(5)]);
		closeTo(result.explainedVarianceRatio, [1, 0]);
		// Variance of t√5 for t = −2…2 with the n − 1 denominator: 5 · 10 / 4.
		closeTo(result.variances, [12.5, 0]);
		closeTo(result.mean, [3, 1]);
		closeTo(
			Array.from(result.x),
			ts.map((t) => t * Math.sqrt(5)),
			6
		);
		closeTo(Array.from(result.y), [0, 0, 0, 0, 0], 6);
		expect(result.x).toBeInstanceOf(Float32Array);
	});

	it('recovers a 3-D case with known eigenvalues 3.6, 1.6, 0.4', () => {
		// ±3·e1, ±2·e2, ±1·e3 on an orthonormal basis: variances 2·a²/5 along each axis.
		const e1 = [1, 2, 2].map((v) => v / 3);
		const e2 = [2, 1, -2].map((v) => v / 3);
		const e3 = [2, -2, 1].map((v) => v / 3);
		const points = [
			[e1, 3],
			[e2, 2],
			[e3, 1]
		].flatMap(([e, a]) => [1, -1].map((s) => (e as number[]).map((v) => s * (a as number) * v)));
		const result = pca(matrixFromRows(points));
		closeTo(result.variances, [3.6, 1.6]);
		closeTo(result.explainedVarianceRatio, [18 / 28, 8 / 28]);
		closeTo(result.components[0]!, e1);
		closeTo(result.components[1]!, e2);
		closeTo(Array.from(result.x), [3, -3, 0, 0, 0, 0], 6);
		closeTo(Array.from(result.y), [0, 0, 2, -2, 0, 0], 6);
	});

	it('gives one component and zero y for a single feature', () => {
		const result = pca(matrixFromRows([[1], [2], [3]]));
		expect(result.components).toEqual([[1]]);
		closeTo(result.explainedVarianceRatio, [1]);
		expect(Array.from(result.y)).toEqual([0, 0, 0]);
	});
});

describe('symmetricEigen', () => {
	it('solves a 3 × 3 case by hand: [[4,1,0],[1,4,0],[0,0,1]] has eigenvalues 5, 3, 1', () => {
		const { values, vectors } = symmetricEigen(Float64Array.from([4, 1, 0, 1, 4, 0, 0, 0, 1]), 3);
		closeTo(values, [5, 3, 1]);
		closeTo(vectors[0]!.map(Math.abs), [Math.SQRT1_2, Math.SQRT1_2, 0]);
		closeTo(vectors[2]!.map(Math.abs), [0, 0, 1]);
	});

	it('reconstructs a random symmetric 6 × 6 matrix as V Λ Vᵀ with orthonormal V', () => {
		const random = createRandom(3);
		const d = 6;
		const a = new Float64Array(d * d);
		for (let i = 0; i < d; i++) {
			for (let j = i; j < d; j++) a[i * d + j] = a[j * d + i] = random() * 2 - 1;
		}
		const { values, vectors } = symmetricEigen(a, d);
		expect(values).toEqual([...values].sort((x, y) => y - x));
		for (let i = 0; i < d; i++) {
			for (let j = 0; j < d; j++) {
				const rebuilt = values.reduce((s, l, c) => s + l * vectors[c]![i]! * vectors[c]![j]!, 0);
				expect(rebuilt).toBeCloseTo(a[i * d + j]!, 12);
				const dot = vectors[i]!.reduce((s, v, r) => s + v * vectors[j]![r]!, 0);
				expect(dot).toBeCloseTo(i === j ? 1 : 0, 12);
			}
		}
	});
});
