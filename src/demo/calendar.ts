/** The demo's fixed period: orders from the first to the last day, both included. */
export const DEMO_PERIOD = { start: '2024-11-01', end: '2026-10-31' } as const;

/** Days in the period; day 0 is 2024-11-01, day 729 is 2026-10-31. */
export const PERIOD_DAYS = 730;
export const DAY_SECONDS = 86400;
/** One second past the last moment of the period, in seconds from its start. */
export const PERIOD_END_SECONDS = PERIOD_DAYS * DAY_SECONDS;

const START_MS = Date.UTC(2024, 10, 1);
const DAY_MS = DAY_SECONDS * 1000;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
// Signups go back to 2016; caching those days too keeps nearly every date a plain array read.
const CACHE_FROM = -3300;
const DAY_CACHE = Array.from({ length: PERIOD_DAYS - CACHE_FROM }, (_, i) =>
	formatDay(i + CACHE_FROM)
);
const HOUR_MINUTE = Array.from(
	{ length: 1440 },
	(_, i) => TWO[Math.floor(i / 60)] + ':' + TWO[i % 60]
);

/** ISO `yyyy-mm-dd` of a day counted from the period start (negative before it). */
export function isoDay(day: number): string {
	return DAY_CACHE[day - CACHE_FROM] ?? formatDay(day);
}

/** ISO `yyyy-mm-dd hh:mm:ss` of a moment in seconds from the period start. */
export function isoDateTime(seconds: number): string {
	const day = Math.floor(seconds / DAY_SECONDS);
	const rest = seconds - day * DAY_SECONDS;
	const minute = Math.floor(rest / 60);
	return isoDay(day) + ' ' + HOUR_MINUTE[minute] + ':' + TWO[rest - minute * 60];
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

// Howard Hinnant's civil-from-days: a Date and toISOString per birth date cost twenty times more.
// https://howardhinnant.github.io/date_algorithms.html#civil_from_days
function formatDay(day: number): string {
	const z = day + START_MS / DAY_MS + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return yoe + era * 400 + (month <= 2 ? 1 : 0) + '-' + TWO[month] + '-' + TWO[date];
}
