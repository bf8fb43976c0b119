import { describe, expect, it } from 'vitest';
import { significance, type PersonaAttributeRow } from '../../../src/segments/persona-significance';

/** A segment of n1 with k having the value, in a base of `total` with x having it. */
function row(k: number, n1: number, x: number, total: number): PersonaAttributeRow {
	const p1 = k / n1;
	const p2 = (x - k) / (total - n1);
	const p = x / total;
	const z = (p1 - p2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / (total - n1)));
	return {
		segment: 's',
		value: 'v',
		value_order: 1,
		customers: k,
		segment_customers: n1,
		share_in_segment: p1,
		base_customers: x,
		share_in_base: p,
		base_total: total,
		index_vs_base: (p1 / p) * 100,
		z
	};
}

describe('significance', () => {
	// Hand-checked: 60 of 100 vs 340 of 900 (p̂ = 0.4): z = (0.6 − 0.3778) ÷ √(0.24 · (1/100 + 1/900))
	// = 0.2222 ÷ 0.05164 = 4.30 → over. 45 of 100 vs 355 of 900: z = 1.14 → not significant.
	it.each([
		['clearly more common', row(60, 100, 400, 1000), 'over'],
		['clearly less common', row(20, 100, 400, 1000), 'under'],
		['a small difference', row(45, 100, 400, 1000), null],
		['below |z| = 2.576 (51 of 100: z = 2.37)', row(51, 100, 400, 1000), null],
		['just above it (52 of 100: z = 2.58)', row(52, 100, 400, 1000), 'over'],
		['too few customers expected', row(3, 4, 40, 1000), null]
	])('%s', (_what, r, expected) => {
		expect(significance(r)).toBe(expected);
	});

	it('checks the z of the first case by hand', () => {
		expect(row(60, 100, 400, 1000).z).toBeCloseTo(4.303, 3);
	});

	it('has no highlight without a z', () => {
		expect(significance({ ...row(60, 100, 400, 1000), z: null })).toBeNull();
	});
});
