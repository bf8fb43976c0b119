import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	Bool,
	Float32,
	Float64,
	Int32,
	Int64,
	Utf8,
	vectorFromArray,
	type Vector
} from 'apache-arrow';
import { arrowToCodes, arrowToFloat64 } from '../../../src/engine/analysis/arrow-columns';
import { openTestDb, type TestDb } from '../node-duckdb';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const same = (actual: Float64Array, expected: number[]) =>
	expect(Array.from(actual, (v) => (Number.isNaN(v) ? 'NaN' : v))).toEqual(
		expected.map((v) => (Number.isNaN(v) ? 'NaN' : v))
	);

describe('arrowToFloat64', () => {
	it('turns DuckDB NULLs into NaN, where toArray() gives a number', () => {
		const table = db.table(
			`SELECT CAST(v AS DOUBLE) AS v FROM (VALUES (1.5), (NULL), (3), (NULL), (-2)) t(v)`
		);
		const column = table.getChildAt(0)!;
		// The trap: the raw buffer holds some finite number (0, or leftover bytes) in null slots.
		const raw = column.toArray() as Float64Array;
		expect([raw[1], raw[3]].every(Number.isFinite)).toBe(true);
		same(arrowToFloat64(column), [1.5, NaN, 3, NaN, -2]);
	});

	it('reads a result of many record batches, nulls included', () => {
		const table = db.table(`SELECT CASE WHEN i % 1000 = 7 THEN NULL ELSE CAST(i AS DOUBLE) END AS v
			FROM range(5000) r(i) ORDER BY i`);
		const column = table.getChildAt(0)!;
		expect(column.data.length).toBeGreaterThan(1);
		const values = arrowToFloat64(column);
		expect(values).toHaveLength(5000);
		expect(values[6]).toBe(6);
		expect(values[7]).toBeNaN();
		expect(values[4007]).toBeNaN();
		expect(values[4999]).toBe(4999);
		expect(values.filter(Number.isNaN)).toHaveLength(5);
	});

	const cases: { name: string; vector: () => Vector; expected: number[] }[] = [
		{
			name: 'Float64 with nulls',
			vector: () => vectorFromArray([1, null, 2.5], new Float64()),
			expected: [1, NaN, 2.5]
		},
		{
			name: 'Float32',
			vector: () => vectorFromArray([0.5, null], new Float32()),
			expected: [0.5, NaN]
		},
		{
			name: 'Int32 with nulls',
			vector: () => vectorFromArray([7, null, -3], new Int32()),
			expected: [7, NaN, -3]
		},
		{
			name: 'Int64 (BigInt) with nulls',
			vector: () => vectorFromArray([10n, null, 2n ** 40n], new Int64()),
			expected: [10, NaN, 2 ** 40]
		},
		{
			name: 'booleans as 0/1',
			vector: () => vectorFromArray([true, false, null], new Bool()),
			expected: [1, 0, NaN]
		},
		{
			name: 'two chunks, the second with a null',
			vector: () =>
				vectorFromArray([1, 2], new Float64()).concat(vectorFromArray([null, 4], new Float64())),
			expected: [1, 2, NaN, 4]
		},
		{
			name: 'a slice (offset into the buffers and the validity bitmap)',
			vector: () => vectorFromArray([1, null, 3, null, 5, 6], new Float64()).slice(1, 5),
			expected: [NaN, 3, NaN, 5]
		}
	];
	for (const { name, vector, expected } of cases) {
		it(name, () => same(arrowToFloat64(vector()), expected));
	}

	it('returns a copy that owns its buffer (safe to transfer)', () => {
		const column = db.table(`SELECT 1.0::DOUBLE AS a, 2.0::DOUBLE AS b`).getChildAt(1)!;
		const values = arrowToFloat64(column);
		expect(values.byteOffset).toBe(0);
		expect(values.buffer.byteLength).toBe(8);
	});
});

describe('arrowToCodes', () => {
	it('codes text in first-seen order, null as −1', () => {
		const vector = vectorFromArray(['b', 'a', null, 'b', ''], new Utf8());
		expect(arrowToCodes(vector)).toEqual({
			codes: Int32Array.from([0, 1, -1, 0, 2]),
			levels: ['b', 'a', '']
		});
	});

	it('reads DuckDB text with NULLs', () => {
		const table = db.table(`SELECT * FROM (VALUES ('x'), (NULL), ('y'), ('x')) t(v)`);
		const { codes, levels } = arrowToCodes(table.getChildAt(0)!);
		expect(levels).toEqual(['x', 'y']);
		expect(Array.from(codes)).toEqual([0, -1, 1, 0]);
	});
});
