import { PERIOD_DAYS } from './calendar';
import type { Group } from './groups';
import type { Random } from './random';
import { DaySampler, dayWeights } from './seasonality';

const LAST = PERIOD_DAYS - 1;
// Frequent ordinary buyers who stay place their last order after this day (2026-05-13).
const STILL_HERE = LAST - 170;
// Weights of 2, 3, 4… 8 orders for ordinary occasional buyers.
const OCCASIONAL = [30, 25, 18, 12, 8, 4, 3];
// First day of the last 60 days, when newcomers place their first order (2026-09-02).
const NEWCOMER_FROM = PERIOD_DAYS - 60;
// Lapsed regulars stop before this day, 180 days before the as-of date (2026-05-05).
const LAPSED_BEFORE = PERIOD_DAYS - 180;

/** Day samplers shared by every schedule: ordinary shopping, and shopping drawn to sales. */
export interface Samplers {
	normal: DaySampler;
	sales: DaySampler;
}

/** Builds the day samplers (seasonal weights; sales ×1.6 for everyone, ×12 for hunters). */
export function createSamplers(): Samplers {
	return { normal: new DaySampler(dayWeights(1.6)), sales: new DaySampler(dayWeights(12)) };
}

/** The sorted order days of one person of `group` (empty for a prospect). */
export function scheduleOrders(rng: Random, group: Group, s: Samplers): number[] {
	switch (group) {
		case 'loyal':
			return spread(rng, s, rng.int(0, 60), rng.int(LAST - 20, LAST), rng.int(14, 32));
		case 'lapsed': {
			const from = before(rng, 200, 150);
			const to = rng.int(230, LAPSED_BEFORE - 20);
			return spread(rng, s, from, to, clamp(Math.round((to - from) / rng.int(30, 60)), 4, 12));
		}
		case 'hunter':
			return ordinary(rng, s.sales, before(rng, 900, 450), rng.int(3, 10));
		case 'oneTime':
			return [s.normal.sample(rng, 0, NEWCOMER_FROM - 1)];
		case 'newcomer': {
			const first = s.normal.sample(rng, NEWCOMER_FROM, LAST);
			const more = first + 3 > LAST ? 0 : rng.weighted([45, 35, 20]);
			return [first, ...within(rng, s.normal, first + 3, LAST, more)];
		}
		case 'complainer':
			return ordinary(rng, s.normal, before(rng, 900, 450), rng.int(3, 8));
		case 'occasional':
			return ordinary(rng, s.normal, before(rng, 900, 560), 2 + rng.weighted(OCCASIONAL));
		case 'prospect':
			return [];
	}
}

// Regular buyers: one order in each of n equal slices of their active window.
function spread(rng: Random, s: Samplers, from: number, to: number, n: number): number[] {
	const days: number[] = [];
	const width = (to - from + 1) / n;
	for (let i = 0; i < n; i++) {
		const a = Math.floor(from + i * width);
		days.push(s.normal.sample(rng, a, Math.max(a, Math.floor(from + (i + 1) * width) - 1)));
	}
	return days;
}

function within(rng: Random, sampler: DaySampler, from: number, to: number, n: number): number[] {
	const days: number[] = [];
	for (let i = 0; i < n; i++) days.push(sampler.sample(rng, from, to));
	return days.sort((a, b) => a - b);
}

// Most frequent ordinary buyers are still around: their last order falls in the last months, so
// that the lapsed regulars stand out. Their first order comes before the newcomers' window.
function ordinary(rng: Random, sampler: DaySampler, from: number, n: number): number[] {
	const stays = n >= 4 && rng.chance(0.85);
	const to = stays ? LAST : rng.int(Math.min(from + 90, LAST), LAST);
	const days = within(rng, sampler, from, to, n);
	if (days[0]! >= NEWCOMER_FROM) days[0] = sampler.sample(rng, from, NEWCOMER_FROM - 1);
	if (stays && days[n - 1]! < STILL_HERE) days[n - 1] = sampler.sample(rng, STILL_HERE, LAST);
	return days;
}

// Many customers were already buying before the period: their window starts on its first day.
function before(rng: Random, daysBefore: number, latest: number): number {
	return Math.max(0, rng.int(-daysBefore, latest));
}

function clamp(x: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, x));
}
