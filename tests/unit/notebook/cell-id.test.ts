import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCellId, uniqueCellId } from '../../../src/notebook/cell-id';

afterEach(() => vi.restoreAllMocks());

/** Makes each getRandomValues call fill its array with the next of `fills`, then with `rest`. */
function fakeRandom(fills: number[], rest: number) {
	return vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
		(array as Uint8Array).fill(fills.shift() ?? rest);
		return array;
	});
}

describe('newCellId', () => {
	it('is c- and 8 base36 characters', () => {
		expect(newCellId()).toMatch(/^c-[0-9a-z]{8}$/);
	});

	it('does not repeat across many ids', () => {
		const ids = Array.from({ length: 5000 }, newCellId);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('skips bytes that would favour some characters', () => {
		const random = fakeRandom([252], 37);
		expect(newCellId()).toBe('c-11111111');
		expect(random).toHaveBeenCalledTimes(2);
	});
});

describe('uniqueCellId', () => {
	it('avoids the ids already taken', () => {
		fakeRandom([0], 1);
		expect(uniqueCellId(new Set(['c-00000000']))).toBe('c-11111111');
	});
});
