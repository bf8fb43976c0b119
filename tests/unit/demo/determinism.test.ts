import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoData } from '../../../src/demo';
import { createPrng } from '../../../src/demo/prng';

describe('demo data determinism', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('gives identical files for the same seed', () => {
		const a = generateDemoData(DEFAULT_DEMO_SEED);
		const b = generateDemoData();
		expect(a.map((f) => f.name)).toEqual([
			'customers.csv',
			'transactions.csv',
			'events.csv',
			'tickets.csv'
		]);
		expect(b).toEqual(a);
	});

	it('gives different files for another seed', () => {
		const a = generateDemoData(1);
		const b = generateDemoData(2);
		for (let i = 0; i < a.length; i++) expect(b[i]!.text).not.toBe(a[i]!.text);
	});

	it('uses neither the clock nor Math.random', () => {
		const random = vi.spyOn(Math, 'random');
		const now = vi.spyOn(Date, 'now');
		generateDemoData(3);
		expect(random).not.toHaveBeenCalled();
		expect(now).not.toHaveBeenCalled();
	});
});

describe('createPrng', () => {
	it('repeats a stream and separates streams and seeds', () => {
		const draw = (seed: number, stream: string) => {
			const next = createPrng(seed, stream);
			return Array.from({ length: 5 }, () => next());
		};
		expect(draw(7, 'a')).toEqual(draw(7, 'a'));
		expect(draw(7, 'a')).not.toEqual(draw(7, 'b'));
		expect(draw(7, 'a')).not.toEqual(draw(8, 'a'));
	});

	it('draws uniform floats in [0, 1)', () => {
		const next = createPrng(42);
		const bins = new Array<number>(10).fill(0);
		const n = 100_000;
		let outside = 0;
		for (let i = 0; i < n; i++) {
			const u = next();
			if (u < 0 || u >= 1) outside++;
			else bins[Math.floor(u * 10)]!++;
		}
		expect(outside).toBe(0);
		// Each bin holds 10,000 ± 95 (one standard deviation).
		for (const count of bins) expect(Math.abs(count - n / 10)).toBeLessThan(500);
	});
});
