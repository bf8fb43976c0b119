import { describe, expect, it } from 'vitest';
import { oneHot } from '../../../src/models/one-hot';

const columnsOf = (result: ReturnType<typeof oneHot>) =>
	Object.fromEntries(result.columns.map((c) => [c.name, Array.from(c.values)]));

describe('oneHot', () => {
	it('makes one 0/1 column per level, most frequent first, missing as a level of its own', () => {
		const result = oneHot('gender', ['F', 'M', 'F', null, '  ', 'F']);
		expect(result.levels).toEqual(['F', '(missing)', 'M']);
		expect(result.missing).toBe(2);
		expect(result.otherLevels).toEqual([]);
		expect(columnsOf(result)).toEqual({
			'gender=F': [1, 0, 1, 0, 0, 1],
			'gender=(missing)': [0, 0, 0, 1, 1, 0],
			'gender=M': [0, 1, 0, 0, 0, 0]
		});
	});

	it('breaks frequency ties alphabetically, whatever the row order', () => {
		expect(oneHot('c', ['b', 'a', 'c']).levels).toEqual(['a', 'b', 'c']);
		expect(oneHot('c', ['c', 'b', 'a']).levels).toEqual(['a', 'b', 'c']);
	});

	it('folds the rarest levels into other beyond the cap, other included in the cap', () => {
		const values = ['x', 'x', 'x', 'y', 'y', 'z', 'w', 'v'];
		const result = oneHot('city', values, { maxCategories: 3 });
		expect(result.levels).toEqual(['x', 'y', 'other']);
		expect(result.otherLevels).toEqual(['v', 'w', 'z']);
		expect(columnsOf(result)['city=other']).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
		// Every row is in exactly one column.
		values.forEach((_, i) => {
			expect(result.columns.reduce((sum, c) => sum + c.values[i]!, 0)).toBe(1);
		});
	});

	it('folds a level called other into the other column instead of naming two columns alike', () => {
		const result = oneHot('c', ['other', 'other', 'other', 'a', 'a', 'b', 'c'], {
			maxCategories: 3
		});
		expect(result.columns.map((c) => c.name)).toEqual(['c=a', 'c=b', 'c=other']);
		expect(result.otherLevels).toEqual(['other', 'c']);
		expect(Array.from(result.columns[2]!.values)).toEqual([1, 1, 1, 0, 0, 0, 1]);
	});

	it('keeps every level when they fit under the cap exactly', () => {
		expect(oneHot('c', ['a', 'b', 'c'], { maxCategories: 3 }).levels).toEqual(['a', 'b', 'c']);
	});

	it('rejects a cap below 2', () => {
		expect(() => oneHot('c', ['a'], { maxCategories: 1 })).toThrow('invalid maxCategories: 1');
	});
});
