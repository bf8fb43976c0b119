// The two validation views of Fader, Hardie & Lee (2005), figures 2 and 4: cumulative expected
// repeat purchases of the whole cohort over time, and expected vs actual holdout purchases
// grouped by calibration frequency.
import type { BgNbdParams } from './bgnbd-likelihood';
import { expectedRepeatPurchases } from './bgnbd';

/**
 * Σᵢ E[X(t - sᵢ)] at each time t: the expected cumulative repeat purchases of customers who
 * made their first purchase at sᵢ (same time unit and origin as `times`; customers count
 * from their first purchase on).
 */
export function cumulativeExpectedRepeatPurchases(
	params: BgNbdParams,
	firstPurchase: Float64Array,
	times: Float64Array
): Float64Array {
	// Cohorts share first-purchase dates: one E[X(t)] per (cohort, time), weighted by its size.
	const cohorts = new Map<number, number>();
	for (const s of firstPurchase) cohorts.set(s, (cohorts.get(s) ?? 0) + 1);
	return times.map((t) => {
		let total = 0;
		for (const [s, size] of cohorts)
			if (t > s) total += size * expectedRepeatPurchases(params, t - s);
		return total;
	});
}

/** One row of the holdout check: customers with a given calibration frequency. */
export interface FrequencyGroup {
	/** Calibration repeat purchases; the last group holds `frequency` and more. */
	frequency: number;
	label: string;
	customers: number;
	/** Mean holdout repeat purchases, actual and expected (E[Y(t) | x, t_x, T]). */
	actual: number;
	expected: number;
}

/** Groups customers by calibration frequency 0, 1, …, maxFrequency+ with mean holdout values. */
export function holdoutByFrequency(
	x: Float64Array,
	actual: Float64Array,
	expected: Float64Array,
	maxFrequency = 7
): FrequencyGroup[] {
	const groups = Array.from({ length: maxFrequency + 1 }, (_, f) => ({
		frequency: f,
		label: f === maxFrequency ? `${f}+` : String(f),
		customers: 0,
		actual: 0,
		expected: 0
	}));
	for (let i = 0; i < x.length; i++) {
		const group = groups[Math.min(x[i]!, maxFrequency)]!;
		group.customers++;
		group.actual += actual[i]!;
		group.expected += expected[i]!;
	}
	for (const g of groups) {
		g.actual = g.customers ? g.actual / g.customers : NaN;
		g.expected = g.customers ? g.expected / g.customers : NaN;
	}
	return groups;
}
