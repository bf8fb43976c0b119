import { describe, expect, it } from 'vitest';
import {
	buildFeatureMatrix,
	expandLabels,
	selectRows,
	type FeatureColumn
} from '../../../src/models/feature-matrix';
import { prepareFeatures } from '../../../src/models/prepare-features';

const column = (name: string, values: number[]): FeatureColumn => ({
	name,
	values: Float64Array.from(values)
});

describe('buildFeatureMatrix', () => {
	const recency = column('recency', [10, NaN, 30, 40, NaN]);
	const monetary = column('monetary', [100, 200, Infinity, 400, 500]);

	it('lays columns out row-major and reports nothing missing when nothing is', () => {
		const m = buildFeatureMatrix([column('a', [1, 2]), column('b', [3, 4])]);
		expect(Array.from(m.data)).toEqual([1, 3, 2, 4]);
		expect(m).toMatchObject({ rows: 2, cols: 2, names: ['a', 'b'], droppedRows: 0 });
		expect(m.missing).toEqual([
			{ feature: 'a', missing: 0, action: 'none' },
			{ feature: 'b', missing: 0, action: 'none' }
		]);
	});

	it('fills NaN and infinite values with the median of the values present, and says so', () => {
		const m = buildFeatureMatrix([recency, monetary], 'impute-median');
		expect(Array.from(m.data)).toEqual([10, 100, 30, 200, 30, 300, 40, 400, 30, 500]);
		expect(m.missing).toEqual([
			{ feature: 'recency', missing: 2, action: 'imputed', fill: 30 },
			{ feature: 'monetary', missing: 1, action: 'imputed', fill: 300 }
		]);
		expect(m.droppedRows).toBe(0);
	});

	it('drops rows with any missing value, counting per feature and in total', () => {
		const m = buildFeatureMatrix([recency, monetary], 'drop-row');
		expect(Array.from(m.data)).toEqual([10, 100, 40, 400]);
		expect(Array.from(m.rowIndex)).toEqual([0, 3]);
		expect(m).toMatchObject({ rows: 2, sourceRows: 5, droppedRows: 3 });
		expect(m.missing.map((r) => [r.missing, r.action])).toEqual([
			[2, 'dropped'],
			[1, 'dropped']
		]);
		expect(Array.from(expandLabels(Int32Array.from([1, 0]), m))).toEqual([1, -1, -1, 0, -1]);
		expect(Array.from(selectRows(Float64Array.from([5, 6, 7, 8, 9]), m))).toEqual([5, 8]);
	});

	it.each([
		['no features', [], /^invalid features: none chosen/],
		['unequal lengths', [column('a', [1]), column('b', [1, 2])], /^invalid feature "b": 2 rows/],
		[
			'a column with no values',
			[column('a', [NaN, NaN])],
			/^invalid feature "a": no values present/
		]
	])('rejects %s', (_, columns, message) => {
		expect(() => buildFeatureMatrix(columns)).toThrow(message);
	});

	it('rejects dropping every row', () => {
		expect(() => buildFeatureMatrix([column('a', [NaN])], 'drop-row')).toThrow(/no rows left/);
	});
});

describe('prepareFeatures', () => {
	const orders = column('orders', [1, 1, 1, 1, 2, 1, 1, 1, 1, 30]);
	const age = column('age', [20, 30, 40, 50, NaN, 25, 35, 45, 55, 60]);

	it('suggests transforms from the values as they came and applies them', () => {
		const prepared = prepareFeatures([orders, age]);
		expect(prepared.suggestions.map((s) => s.transform)).toEqual(['log1p-z', 'z']);
		expect(prepared.raw.missing[1]).toMatchObject({ action: 'imputed', fill: 40 });
		expect(prepared.scaling.transforms).toEqual(['log1p-z', 'z']);
		for (let j = 0; j < 2; j++) {
			const values = Array.from({ length: 10 }, (_, i) => prepared.model.data[i * 2 + j]!);
			const mean = values.reduce((s, v) => s + v, 0) / 10;
			const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / 10;
			expect(mean).toBeCloseTo(0, 12);
			expect(variance).toBeCloseTo(1, 12);
		}
	});

	it('lets the user override a suggestion by feature name', () => {
		const prepared = prepareFeatures([orders, age], { transforms: { orders: 'none' } });
		expect(prepared.scaling.transforms).toEqual(['none', 'z']);
		expect(prepared.model.data[18]).toBe(30);
	});
});
