import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../../src/models/dense-matrix';
import {
	applyScaling,
	fitScaling,
	invertScaling,
	skewness,
	suggestTransform,
	type Transform
} from '../../../src/models/scaling';

describe('skewness', () => {
	it.each([
		['symmetric', [1, 2, 3], 0],
		['constant', [4, 4, 4], 0],
		// One non-zero value among n: g1 = (n − 2) / √(n − 1).
		['one spike in 10', [0, 0, 0, 0, 0, 0, 0, 0, 0, 100], 8 / 3],
		['one dip in 10', [0, 0, 0, 0, 0, 0, 0, 0, 0, -100], -8 / 3],
		['NaN ignored', [NaN, 1, 2, 3, Infinity], 0]
	])('%s', (_, values, expected) => {
		expect(skewness(values)).toBeCloseTo(expected, 12);
	});
});

describe('suggestTransform', () => {
	const spike = [0, 0, 0, 0, 0, 0, 0, 0, 0, 100];
	it.each([
		[
			'skewed money',
			spike,
			'log1p-z',
			'skewed (skewness 2.67) and never negative: log1p, then z-score'
		],
		[
			'skewed with negatives',
			spike.map((v) => v - 1),
			'z',
			'skewed (skewness 2.67) but has negative values: z-score'
		],
		['symmetric', [1, 2, 3, 4], 'z', 'roughly symmetric (skewness 0.00): z-score'],
		['0/1 indicator', [0, 1, 0, 0, 0, 0, 0, 0, 0, 0], 'none', '0/1 indicator: kept as is'],
		['constant', [7, 7, NaN], 'none', 'constant: it cannot separate customers']
	])('%s', (_, values, transform, reason) => {
		expect(suggestTransform('f', values)).toMatchObject({ feature: 'f', transform, reason });
	});
});

describe('fitScaling and applyScaling', () => {
	const e = Math.E;
	// Columns: z only, log1p then z, none, log1p only, constant under z.
	const matrix = matrixFromRows([
		[1, 0, 5, 0, 3],
		[2, e - 1, 6, e - 1, 3],
		[3, e * e - 1, 7, e * e - 1, 3]
	]);
	const transforms: Transform[] = ['z', 'log1p-z', 'none', 'log1p', 'z'];
	const scaling = fitScaling(matrix, transforms);
	const scaled = applyScaling(matrix, scaling);
	const column = (j: number) => [0, 1, 2].map((i) => scaled.data[i * 5 + j]!);
	const unit = Math.sqrt(3 / 2); // (x − mean) / population sd for 0, 1, 2

	it('z-scores with the population sd, after log1p where asked', () => {
		[0, 1].forEach((j) => column(j).forEach((v, i) => expect(v).toBeCloseTo((i - 1) * unit, 12)));
		expect(scaling.centre[1]).toBeCloseTo(1, 12);
	});

	it('leaves none as is and applies log1p alone without centring', () => {
		expect(column(2)).toEqual([5, 6, 7]);
		column(3).forEach((v, i) => expect(v).toBeCloseTo(i, 12));
	});

	it('maps a constant column to zeros rather than dividing by zero', () => {
		expect(column(4)).toEqual([0, 0, 0]);
	});

	it('undoes the transforms on a point', () => {
		[0, 1, 2].forEach((i) => {
			const back = invertScaling(scaled.data.subarray(i * 5, i * 5 + 5), scaling);
			back.forEach((v, j) => expect(v).toBeCloseTo(matrix.data[i * 5 + j]!, 10));
		});
	});

	it('leaves the input matrix untouched', () => {
		expect(matrix.data[0]).toBe(1);
	});

	it('rejects log1p of negative values and a wrong number of transforms', () => {
		const negative = matrixFromRows([[-2], [3]]);
		expect(() => fitScaling(negative, ['log1p-z'])).toThrow(/^invalid transform log1p/);
		expect(() => fitScaling({ ...negative, names: ['refunds'] }, ['log1p'])).toThrow(
			'invalid transform log1p for feature "refunds": value -2 below 0'
		);
		expect(() => fitScaling(negative, ['z', 'z'])).toThrow('invalid transforms: 2 for 1 features');
	});
});
