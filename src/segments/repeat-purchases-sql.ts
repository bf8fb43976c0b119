// Actual repeat purchases over time, for the cumulative check of BG/NBD (Fader, Hardie & Lee
// 2005, figure 2): the customers whose first purchase falls in the calibration period, their
// repeat purchase days counted period by period through the holdout, with the conventions of
// model-summary-sql.ts (returns left out, same-day purchases one purchase day).
import { DAYS_PER_UNIT, epochDay, type TimeUnit } from '../models/rfm-summary';
import { quoteLiteral } from '../sql/quote';

/** Options of buildRepeatPurchasesByPeriodSql (days inclusive, 'YYYY-MM-DD'). */
export interface RepeatPurchasesOptions {
	calibrationEnd: string;
	holdoutEnd: string;
	timeUnit: TimeUnit;
}

/** One period of buildRepeatPurchasesByPeriodSql's result. */
export interface RepeatPurchasesRow {
	/** 0 for the period starting on the first purchase day of the cohort (`origin`). */
	period: number;
	origin: string;
	/** The last moment of the period, in time units from the origin (day offset / unit). */
	t: number;
	/** The calibration end in time units from the origin. */
	t_calibration: number;
	repeat_purchases: number;
	cumulative: number;
}

/**
 * SQL for one row per period (a day or a week from the cohort's first purchase day) through
 * `holdoutEnd`: the repeat purchase days of the calibration cohort in it and cumulated. Period
 * k holds day offsets k·u … (k+1)·u − 1, so its end is t = ((k+1)·u − 1) / u (capped at the
 * holdout end): a purchase on day offset d counts by time t when d ≤ t·u, as in the model.
 */
export function buildRepeatPurchasesByPeriodSql(options: RepeatPurchasesOptions): string {
	const u = DAYS_PER_UNIT[options.timeUnit];
	if (u === undefined) throw new RangeError(`invalid timeUnit: ${options.timeUnit}`);
	if (epochDay(options.holdoutEnd) < epochDay(options.calibrationEnd)) {
		throw new RangeError(`invalid holdoutEnd: ${options.holdoutEnd} is before the calibration end`);
	}
	const end = `DATE ${quoteLiteral(options.calibrationEnd)}`;
	const holdout = `DATE ${quoteLiteral(options.holdoutEnd)}`;
	return `WITH purchase_days AS (
	SELECT DISTINCT customer_id, CAST(order_date AS DATE) AS day
	FROM transactions
	WHERE customer_id IS NOT NULL
		AND order_date IS NOT NULL
		AND NOT coalesce(is_return, false)
		AND CAST(order_date AS DATE) <= ${holdout}
),
cohort AS (
	SELECT customer_id, min(day) AS first_day
	FROM purchase_days
	GROUP BY customer_id
	HAVING min(day) <= ${end}
),
origin AS (SELECT min(first_day) AS origin FROM cohort),
repeats AS (
	SELECT date_diff('day', o.origin, d.day) AS offset_days
	FROM purchase_days d
	JOIN cohort c ON c.customer_id = d.customer_id AND d.day > c.first_day
	CROSS JOIN origin o
),
periods AS (
	SELECT range AS period, date_diff('day', o.origin, ${holdout}) AS last_offset
	FROM origin o, range(0, date_diff('day', o.origin, ${holdout}) // ${u} + 1)
	WHERE o.origin IS NOT NULL
)
SELECT CAST(p.period AS INTEGER) AS period,
	strftime((SELECT origin FROM origin), '%Y-%m-%d') AS origin,
	CAST(least((p.period + 1) * ${u} - 1, p.last_offset) AS DOUBLE) / ${u} AS t,
	CAST(date_diff('day', (SELECT origin FROM origin), ${end}) AS DOUBLE) / ${u} AS t_calibration,
	CAST(count(r.offset_days) AS INTEGER) AS repeat_purchases,
	CAST(sum(count(r.offset_days)) OVER (ORDER BY p.period) AS INTEGER) AS cumulative
FROM periods p
LEFT JOIN repeats r ON r.offset_days // ${u} = p.period
GROUP BY p.period, p.last_offset
ORDER BY p.period`;
}
