// The per-customer summary BG/NBD and Gamma-Gamma need, computed from a purchase log, as in
// the literature (Fader, Hardie & Lee 2005, section 5, on CDNOW): purchases on the same day
// are one purchase; x = the number of purchase days after the first; t_x = time from the
// first to the last purchase day; T = time from the first purchase day to the calibration
// end; the mean repeat value = the mean of the day totals of the repeat days (the first
// purchase is left out, as in Fader & Hardie's Gamma-Gamma note). Time is counted in days
// and reported in days or weeks (days / 7). The reference for buildModelSummarySql.

/** The time unit of x, t_x and T. */
export type TimeUnit = 'days' | 'weeks';

/** Days per time unit. */
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { days: 1, weeks: 7 };

/** Days since 1970-01-01 of an ISO date 'YYYY-MM-DD'. */
export function epochDay(iso: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const ms = match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!) : NaN;
	if (!match || new Date(ms).toISOString().slice(0, 10) !== iso) {
		throw new RangeError(`invalid date: ${iso}`);
	}
	return ms / 86_400_000;
}

/** Purchase lines (no returns) sorted by customer, then day; customers as integer codes. */
export interface PurchaseLog {
	customer: Int32Array;
	/** Days since 1970-01-01 (see epochDay). */
	day: Int32Array;
	amount: Float64Array;
}

/** Options for computeModelSummary (and buildModelSummarySql). */
export interface ModelSummaryOptions {
	/** Last day of the calibration period, inclusive, 'YYYY-MM-DD'. */
	calibrationEnd: string;
	timeUnit: TimeUnit;
	/** Last day of the holdout period, inclusive; when given, holdout purchases are counted. */
	asOf?: string;
}

/** One row per customer whose first purchase is on or before the calibration end. */
export interface ModelSummary {
	customer: Int32Array;
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
	/** Mean day total of the repeat purchase days; NaN when x = 0. */
	meanRepeatValue: Float64Array;
	/** Purchase days in (calibrationEnd, asOf], and that period's length, when asOf is given. */
	holdoutX?: Float64Array;
	holdoutLength?: number;
}

/** Summarises a sorted purchase log per customer (see the conventions above). */
export function computeModelSummary(log: PurchaseLog, options: ModelSummaryOptions): ModelSummary {
	const unit = DAYS_PER_UNIT[options.timeUnit];
	const end = epochDay(options.calibrationEnd);
	const holdoutEnd = options.asOf === undefined ? end : epochDay(options.asOf);
	if (holdoutEnd < end) throw new RangeError(`asOf ${options.asOf} is before the calibration end`);
	const rows = {
		customer: [] as number[],
		x: [] as number[],
		tx: [] as number[],
		T: [] as number[]
	};
	const meanRepeatValue: number[] = [];
	const holdoutX: number[] = [];
	const n = log.customer.length;
	for (let i = 0; i < n;) {
		const customer = log.customer[i]!;
		const first = log.day[i]!;
		let [days, last, repeatTotal, holdoutDays] = [0, first, 0, 0];
		let previousDay = NaN;
		for (; i < n && log.customer[i] === customer; i++) {
			const day = log.day[i]!;
			if (day < previousDay) throw new RangeError(`purchase log is not sorted at line ${i}`);
			const newDay = day !== previousDay;
			previousDay = day;
			if (day <= end) {
				if (newDay) days++;
				last = day;
				if (day !== first) repeatTotal += log.amount[i]!;
			} else if (day <= holdoutEnd && newDay) {
				holdoutDays++;
			}
		}
		if (i < n && log.customer[i]! < customer) {
			throw new RangeError(`purchase log is not sorted by customer at line ${i}`);
		}
		if (first > end) continue; // first bought after the calibration period
		rows.customer.push(customer);
		rows.x.push(days - 1);
		rows.tx.push((last - first) / unit);
		rows.T.push((end - first) / unit);
		meanRepeatValue.push(days > 1 ? repeatTotal / (days - 1) : NaN);
		holdoutX.push(holdoutDays);
	}
	return {
		customer: Int32Array.from(rows.customer),
		x: Float64Array.from(rows.x),
		tx: Float64Array.from(rows.tx),
		T: Float64Array.from(rows.T),
		meanRepeatValue: Float64Array.from(meanRepeatValue),
		...(options.asOf === undefined
			? {}
			: { holdoutX: Float64Array.from(holdoutX), holdoutLength: (holdoutEnd - end) / unit })
	};
}
