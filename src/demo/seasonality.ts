import { dayOf, monthOf, PERIOD_DAYS, weekday } from './calendar';
import type { Random } from './random';

// Black Friday to Cyber Monday, winter sales, spring, summer and autumn promotions.
const SALES: readonly (readonly [number, number, number, number, number, number])[] = [
	[2024, 11, 25, 2024, 12, 2],
	[2024, 12, 26, 2025, 1, 12],
	[2025, 3, 17, 2025, 3, 23],
	[2025, 6, 27, 2025, 7, 13],
	[2025, 9, 22, 2025, 9, 28],
	[2025, 11, 24, 2025, 12, 1],
	[2025, 12, 26, 2026, 1, 11],
	[2026, 3, 16, 2026, 3, 22],
	[2026, 6, 26, 2026, 7, 12],
	[2026, 9, 21, 2026, 9, 27]
];
const MONTH_WEIGHT = [0.9, 0.8, 0.9, 0.9, 0.95, 0.9, 1, 0.9, 0.95, 1, 1.25, 1.45];
const WEEKDAY_WEIGHT = [1.15, 1.1, 1, 0.95, 0.95, 1, 0.95];

/** 1 on sale days, 0 otherwise, indexed by day of the period. */
export const SALE_DAYS: Uint8Array = markSaleDays();

/** Relative shopping activity per day: season, weekday, slow growth, and sales × `saleBoost`. */
export function dayWeights(saleBoost: number): Float64Array {
	const weights = new Float64Array(PERIOD_DAYS);
	const christmas = [dayOf(2024, 12, 25), dayOf(2025, 12, 25)];
	for (let day = 0; day < PERIOD_DAYS; day++) {
		let w = MONTH_WEIGHT[monthOf(day) - 1]! * WEEKDAY_WEIGHT[weekday(day)]!;
		w *= 1 + (0.5 * day) / PERIOD_DAYS;
		if (SALE_DAYS[day]) w *= saleBoost;
		for (const c of christmas) if (day >= c - 1 && day <= c) w *= 0.3;
		weights[day] = w;
	}
	return weights;
}

/** Draws days of the period in proportion to a weight per day, within any window. */
export class DaySampler {
	readonly #cumulative: Float64Array;

	constructor(weights: Float64Array) {
		this.#cumulative = new Float64Array(weights.length + 1);
		for (let i = 0; i < weights.length; i++) {
			this.#cumulative[i + 1] = this.#cumulative[i]! + weights[i]!;
		}
	}

	/** A day in [from, to], both included, drawn by weight. */
	sample(rng: Random, from: number, to: number): number {
		const cum = this.#cumulative;
		const lo = cum[from]!;
		const target = lo + rng.float() * (cum[to + 1]! - lo);
		let a = from;
		let b = to;
		while (a < b) {
			const mid = (a + b + 1) >> 1;
			if (cum[mid]! <= target) a = mid;
			else b = mid - 1;
		}
		return a;
	}
}

function markSaleDays(): Uint8Array {
	const days = new Uint8Array(PERIOD_DAYS);
	for (const [y1, m1, d1, y2, m2, d2] of SALES) {
		const to = Math.min(dayOf(y2, m2, d2), PERIOD_DAYS - 1);
		for (let day = dayOf(y1, m1, d1); day <= to; day++) days[day] = 1;
	}
	return days;
}
