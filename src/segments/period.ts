/** How customers are grouped into cohorts and how time is cut into periods after that. */
export type CohortPeriod = 'month' | 'week';

/** The periods on offer. */
export const COHORT_PERIODS: readonly CohortPeriod[] = ['month', 'week'];

function checked(period: CohortPeriod): CohortPeriod {
	if (!COHORT_PERIODS.includes(period)) throw new Error(`invalid period: ${String(period)}`);
	return period;
}

/** The first day (DATE) of the period holding the DATE expression `date`; weeks start Monday. */
export function periodStartSql(date: string, period: CohortPeriod): string {
	return `CAST(date_trunc('${checked(period)}', ${date}) AS DATE)`;
}

/** The label of the period holding `date`: `2011-12` for months, ISO `2011-W48` for weeks. */
export function periodLabelSql(date: string, period: CohortPeriod): string {
	return checked(period) === 'month' ? `strftime(${date}, '%Y-%m')` : `strftime(${date}, '%G-W%V')`;
}

/** Whole periods from one period start (DATE) to another: 0 for the same period. */
export function periodOffsetSql(from: string, to: string, period: CohortPeriod): string {
	return checked(period) === 'month'
		? `date_diff('month', ${from}, ${to})`
		: `date_diff('day', ${from}, ${to}) // 7`;
}

/** The start (DATE) of the period `offset` periods after the period starting at `start`. */
export function addPeriodsSql(start: string, offset: string, period: CohortPeriod): string {
	const step = checked(period) === 'month' ? `to_months(${offset})` : `to_weeks(${offset})`;
	return `CAST(${start} + ${step} AS DATE)`;
}
