// The dates the CLV cell works with. Orders count up to the day before the as-of date (as
// everywhere else); validation splits that range into a calibration period, on which the models
// are fitted, and a holdout period, which they predict and are compared with.
import { epochDay } from '../models/rfm-summary';
import { asOfDateSql } from './as-of';

/** The share of the purchase-date range held out by default: its last 30 %. */
export const DEFAULT_HOLDOUT_SHARE = 0.3;

/** A row of buildPurchaseDaysSql: the range of purchase days before the as-of date. */
export interface PurchaseDays {
	/** 'YYYY-MM-DD', NULL when nobody bought anything. */
	first_day: string | null;
	last_day: string | null;
	/** Distinct purchase dates. */
	days: number;
	buyers: number;
}

/** SQL for one row: first and last purchase day before `asOf`, distinct days and buyers. */
export function buildPurchaseDaysSql(asOf: string): string {
	return `SELECT strftime(min(day), '%Y-%m-%d') AS first_day,
	strftime(max(day), '%Y-%m-%d') AS last_day,
	CAST(count(DISTINCT day) AS INTEGER) AS days,
	CAST(count(DISTINCT customer_id) AS INTEGER) AS buyers
FROM (
	SELECT customer_id, CAST(order_date AS DATE) AS day
	FROM transactions
	WHERE customer_id IS NOT NULL AND NOT coalesce(is_return, false)
		AND order_date < ${asOfDateSql(asOf)}
)`;
}

/** The ISO day `days` days after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
	return new Date((epochDay(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
	return epochDay(to) - epochDay(from);
}

/**
 * The default calibration end: the day that leaves the last `holdoutShare` of the days from
 * the first to the last purchase day as the holdout (rounded to whole days, at least one).
 */
export function defaultCalibrationEnd(
	firstDay: string,
	lastDay: string,
	holdoutShare = DEFAULT_HOLDOUT_SHARE
): string {
	const span = daysBetween(firstDay, lastDay);
	if (span < 2) throw new RangeError(`invalid range: ${firstDay} to ${lastDay} is too short`);
	const holdout = Math.min(span - 1, Math.max(1, Math.round(span * holdoutShare)));
	return addDays(lastDay, -holdout);
}
