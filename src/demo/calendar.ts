/** The demo's fixed period: orders from the first to the last day, both included. */
export const DEMO_PERIOD = { start: '2024-11-01', end: '2026-10-31' } as const;

/** Days in the period; day 0 is 2024-11-01, day 729 is 2026-10-31. */
export const PERIOD_DAYS = 730;
export const DAY_SECONDS = 86400;
/** One second past the last moment of the period, in seconds from its start. */
export const PERIOD_END_SECONDS = PERIOD_DAYS * DAY_SECONDS;

const START_MS = Date.UTC(2024, 10, 1);
const DAY_MS = DAY_SECONDS * 1000;
// Signups go back to 2016; caching those days too keeps every date lookup a plain array read.
const CACHE_FROM = -4000;
const dayCache: string[] = [];
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' : '') + i);

/** ISO `yyyy-mm-dd` of a day counted from the period start (negative before it). */
export function isoDay(day: number): string {
	const slot = day - CACHE_FROM;
	if (slot >= 0 && slot < PERIOD_DAYS - CACHE_FROM) {
		return (dayCache[slot] ??= formatDay(day));
	}
	return formatDay(day);
}

/** ISO `yyyy-mm-dd hh:mm:ss` of a moment in seconds from the period start. */
export function isoDateTime(seconds: number): string {
	const day = Math.floor(seconds / DAY_SECONDS);
	let rest = seconds - day * DAY_SECONDS;
	const h = Math.floor(rest / 3600);
	rest -= h * 3600;
	const m = Math.floor(rest / 60);
	return isoDay(day) + ' ' + TWO[h] + ':' + TWO[m] + ':' + TWO[rest - m * 60];
}

/** Day index (from the period start) of a calendar date. */
export function dayOf(year: number, month: number, date: number): number {
	return Math.round((Date.UTC(year, month - 1, date) - START_MS) / DAY_MS);
}

/** Day of the week of a day index, 0 = Sunday. */
export function weekday(day: number): number {
	// 2024-11-01 was a Friday.
	return (((day + 5) % 7) + 7) % 7;
}

/** Month (1–12) of a day index. */
export function monthOf(day: number): number {
	return new Date(START_MS + day * DAY_MS).getUTCMonth() + 1;
}

function formatDay(day: number): string {
	return new Date(START_MS + day * DAY_MS).toISOString().slice(0, 10);
}
