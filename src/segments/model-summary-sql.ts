// The per-customer summary BG/NBD and Gamma-Gamma are fitted on, from the canonical
// `transactions` view, with the conventions of src/models/rfm-summary.ts (its reference
// implementation): returns left out, same-day purchases merged into one purchase day, x =
// repeat purchase days, t_x and T from the first purchase day, mean value of the repeat days.
import { quoteLiteral } from '../sql/quote';
import { DAYS_PER_UNIT, epochDay, type ModelSummaryOptions } from '../models/rfm-summary';

/** A row of buildModelSummarySql's result (x_holdout and t_holdout only with asOf). */
export interface ModelSummaryRow {
	customer_id: string;
	x: number;
	t_x: number;
	T: number;
	/** NULL when x = 0. */
	mean_repeat_value: number | null;
	x_holdout?: number;
	t_holdout?: number;
}

/**
 * SQL for one row per customer whose first purchase is on or before `calibrationEnd`:
 * customer_id, x, t_x, "T", mean_repeat_value, and with `asOf` (the holdout end, inclusive)
 * x_holdout (purchase days after the calibration end) and t_holdout (the holdout length).
 */
export function buildModelSummarySql(options: ModelSummaryOptions): string {
	const days = DAYS_PER_UNIT[options.timeUnit];
	if (days === undefined) throw new RangeError(`invalid timeUnit: ${options.timeUnit}`);
	const end = dateLiteral(options.calibrationEnd);
	const holdout = options.asOf === undefined ? undefined : dateLiteral(options.asOf);
	if (options.asOf !== undefined && epochDay(options.asOf) < epochDay(options.calibrationEnd)) {
		throw new RangeError(`invalid asOf: ${options.asOf} is before the calibration end`);
	}
	const inUnits = (from: string, to: string) =>
		`CAST(date_diff('day', ${from}, ${to}) AS DOUBLE) / ${days}`;
	const holdoutColumns = holdout
		? `,
	CAST(count(*) FILTER (WHERE d.day > ${end}) AS INTEGER) AS x_holdout,
	${inUnits(end, holdout)} AS t_holdout`
		: '';
	return `WITH purchase_days AS (
	SELECT customer_id, CAST(order_date AS DATE) AS day, sum(amount) AS amount
	FROM transactions
	WHERE customer_id IS NOT NULL
		AND order_date IS NOT NULL
		AND NOT coalesce(is_return, false)
		AND CAST(order_date AS DATE) <= ${holdout ?? end}
	GROUP BY customer_id, CAST(order_date AS DATE)
),
first_days AS (
	SELECT customer_id, min(day) AS first_day
	FROM purchase_days
	GROUP BY customer_id
	HAVING min(day) <= ${end}
)
SELECT
	f.customer_id,
	CAST(count(*) FILTER (WHERE d.day <= ${end}) - 1 AS INTEGER) AS x,
	${inUnits('f.first_day', `max(d.day) FILTER (WHERE d.day <= ${end})`)} AS t_x,
	${inUnits('f.first_day', end)} AS "T",
	avg(d.amount) FILTER (WHERE d.day > f.first_day AND d.day <= ${end})
		AS mean_repeat_value${holdoutColumns}
FROM first_days f
JOIN purchase_days d ON d.customer_id = f.customer_id
GROUP BY f.customer_id, f.first_day
ORDER BY f.customer_id`;
}

/** A DATE literal from a checked 'YYYY-MM-DD' string. */
function dateLiteral(iso: string): string {
	epochDay(iso); // throws on anything but a real calendar date
	return `DATE ${quoteLiteral(iso)}`;
}
