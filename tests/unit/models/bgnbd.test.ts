import { describe, expect, it } from 'vitest';
import {
	conditionalExpectedPurchases,
	conditionalExpectedPurchasesAll,
	expectedRepeatPurchases,
	probabilityAlive,
	probabilityAliveAll
} from '../../../src/models/bgnbd';
import { cdnowSummary, PUBLISHED_BGNBD as P } from './cdnow-fixture';

// Exact references: eq. 10 of Fader, Hardie & Lee (2005) and P(alive) evaluated with mpmath
// 1.3.0 at 40 digits (its hyp2f1), at the published CDNOW estimates r = 0.2426, α = 4.4136,
// a = 0.7929, b = 2.4259, written as the nearest double.
const close = (actual: number, expected: number, tolerance = 1e-12) =>
	expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300)).toBeLessThan(
		tolerance
	);

describe('P(alive)', () => {
	const cases: [number, number, number, number][] = [
		[2, 30.43, 38.86, 0.7266140448542471],
		[0, 0, 38.86, 1],
		[1, 1.71, 38.86, 0.21223426371008025],
		[7, 29.43, 38.86, 0.6418009246581506],
		[29, 37.71, 38, 0.9691332178533424],
		[500, 300, 310, 0.000060106401594894604],
		[3, 2, 70, 0.0019679605590909293]
	];
	it.each(cases)('x=%s, t_x=%s, T=%s', (x, tx, T, expected) => {
		close(probabilityAlive(P, x, tx, T), expected);
	});
	it('is 1 without repeat purchases and within [0, 1] everywhere (lifetimes tests)', () => {
		expect(probabilityAlive(P, 0, 0, 1)).toBe(1);
		for (let x = 0; x < 100; x += 10)
			for (let tx = 0; tx < 100; tx += 10)
				for (let T = tx; T < 100; T += 10) {
					const p = probabilityAlive(P, x, x === 0 ? 0 : tx, T);
					expect(p >= 0 && p <= 1).toBe(true);
				}
		// A customer far past his last purchase after many: the odds overflow, P(alive) → 0.
		expect(probabilityAlive(P, 5000, 10, 10_000)).toBe(0);
	});
});

describe('E[Y(t) | x, t_x, T]', () => {
	it("is 1.226 for x=2, t_x=30.43, T=38.86, t=39 (Hardie's spreadsheet, lifetimes tests)", () => {
		expect(Math.abs(conditionalExpectedPurchases(P, 2, 30.43, 38.86, 39) - 1.226)).toBeLessThan(
			1e-3
		);
	});
	const cases: [string, number, number, number, number, number][] = [
		['the spreadsheet customer', 2, 30.43, 38.86, 39, 1.225922657987033],
		['one week ahead', 2, 30.43, 38.86, 1, 0.037443508365523986],
		['no repeat purchase', 0, 0, 38.86, 39, 0.19478676916062002],
		['a frequent buyer', 7, 29.43, 38.86, 39, 3.3372365755725264],
		['a very frequent buyer', 29, 37.71, 38, 52, 25.06128007636549],
		['large x and T', 500, 300, 310, 52, 0.004676754841783938],
		['half a week ahead, gone quiet', 3, 2, 70, 0.5, 0.0000427996073520747],
		['z > 0.9', 1, 5, 6, 400, 8.06775736469071],
		['z > 0.9, new customer', 0, 0, 0, 1000, 6.573266833682082],
		['z > 0.9, large x', 200, 150, 160, 2000, 0.6075267573128461]
	];
	it.each(cases)('%s: x=%s, t_x=%s, T=%s, t=%s', (_, x, tx, T, t, expected) => {
		close(conditionalExpectedPurchases(P, x, tx, T, t), expected);
	});

	it('is continuous through a = 1, where eq. 10 is 0/0', () => {
		// mpmath at a = 1 + 1e-25, 1 + 1e-9 and 0.999. t = 78 and 1000 take the z > 0.9 branch,
		// interpolated across a = 1: ~1e-12 there.
		const at = (a: number) => [
			conditionalExpectedPurchases({ ...P, a }, 2, 30.43, 38.86, 39),
			expectedRepeatPurchases({ ...P, a }, 78),
			expectedRepeatPurchases({ ...P, a }, 1000)
		];
		const limit = [1.1019895239724562, 1.6183502845624695, 4.72485817695825];
		at(1).forEach((v, i) => close(v, limit[i]!, 5e-12));
		const near = [1.1019895234263297, 1.6183502835772021, 4.72485817028323];
		at(1 + 1e-9).forEach((v, i) => close(v, near[i]!, 5e-12));
		const below = [1.1025358840467772, 1.6193362758418761, 4.731541767899979];
		at(0.999).forEach((v, i) => close(v, below[i]!, 5e-12));
	});

	it('is 0 for t ≤ 0 and grows with t', () => {
		expect(conditionalExpectedPurchases(P, 2, 30.43, 38.86, 0)).toBe(0);
		let previous = 0;
		for (const t of [0.1, 1, 5, 20, 39, 60, 100, 500, 5000]) {
			const value = conditionalExpectedPurchases(P, 2, 30.43, 38.86, t);
			expect(value).toBeGreaterThan(previous);
			previous = value;
		}
	});
});

describe('E[X(t)] for a new customer', () => {
	const times = [0.1429, 1, 3, 31.8571, 32, 78];
	it("matches Hardie's spreadsheet to 3 decimals (as lifetimes tests it)", () => {
		const sheet = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
		times.forEach((t, i) =>
			expect(Math.abs(expectedRepeatPurchases(P, t) - sheet[i]!)).toBeLessThan(1.5e-3)
		);
	});
	it('matches eq. 9 evaluated exactly', () => {
		const exact = [
			0.007816180991897074, 0.05318554122653926, 0.15063450121286462, 1.0405209320669448,
			1.0437639538152024, 1.8580239048662914
		];
		times.forEach((t, i) => close(expectedRepeatPurchases(P, t), exact[i]!));
		close(expectedRepeatPurchases(P, 1e5), 29.590055399993243);
	});
});

describe('per-customer arrays', () => {
	it('score every CDNOW customer like the scalar functions', () => {
		const data = cdnowSummary();
		const alive = probabilityAliveAll(P, data);
		const expected = conditionalExpectedPurchasesAll(P, data, 39);
		expect(alive[0]).toBe(probabilityAlive(P, 2, 30.43, 38.86));
		expect(expected[0]).toBe(conditionalExpectedPurchases(P, 2, 30.43, 38.86, 39));
		expect(expected.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
	});
});
