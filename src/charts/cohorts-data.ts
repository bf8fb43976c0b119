import type { CohortPeriod } from '../segments/period';
import { t } from '../i18n/t';

/** One cohort × period row as the cohort cell returns it (cohort_start: DATE as epoch ms). */
export interface CohortRowInput {
	cohort: string;
	cohort_start: number;
	cohort_size: number;
	period_offset: number;
	active_customers: number;
	retention: number;
	revenue: number;
}

/** One heat-map cell: a row of the triangle, with whether its period was still running. */
export interface CohortCell {
	cohort: string;
	/** First day of the cohort's period, epoch ms (UTC). */
	start: number;
	size: number;
	offset: number;
	active: number;
	retention: number;
	revenue: number;
	/** The period had not ended by the as-of date: its share can still grow. */
	partial: boolean;
}

/** One cohort: its label, first day and number of customers. */
export interface CohortSummary {
	cohort: string;
	start: number;
	size: number;
}

/** The size-weighted mean retention at one period offset. */
export interface CurvePoint {
	offset: number;
	/** Active customers of the cohorts counted ÷ their customers. */
	retention: number;
	active: number;
	customers: number;
	cohorts: number;
}

const DAY_MS = 86_400_000;

/** Epoch ms of the start of the period `offset` periods after the one starting at `start`. */
export function periodStartMs(start: number, offset: number, period: CohortPeriod): number {
	if (period === 'week') return start + offset * 7 * DAY_MS;
	const day = new Date(start);
	return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + offset, 1);
}

/** The rows as heat-map cells; `partial` marks periods ending after the as-of date. */
export function cohortCells(
	rows: readonly CohortRowInput[],
	asOf: string,
	period: CohortPeriod
): CohortCell[] {
	const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
	return rows.map((r) => ({
		cohort: r.cohort,
		start: r.cohort_start,
		size: r.cohort_size,
		offset: r.period_offset,
		active: r.active_customers,
		retention: r.retention,
		revenue: r.revenue,
		partial: periodStartMs(r.cohort_start, r.period_offset + 1, period) > asOfMs
	}));
}

/** Every cohort once, oldest first. */
export function cohortSummaries(cells: readonly CohortCell[]): CohortSummary[] {
	const byLabel = new Map<string, CohortSummary>();
	for (const c of cells) {
		if (!byLabel.has(c.cohort))
			byLabel.set(c.cohort, { cohort: c.cohort, start: c.start, size: c.size });
	}
	return [...byLabel.values()].sort((a, b) => a.start - b.start);
}

/**
 * Mean retention per period offset, weighted by cohort size (the active customers of every
 * cohort observed at that offset ÷ those cohorts' customers). Periods still running on the
 * as-of date are left out, so a half-observed month does not pull the curve down.
 */
export function averageRetention(cells: readonly CohortCell[]): CurvePoint[] {
	const sums = new Map<number, CurvePoint>();
	for (const c of cells) {
		if (c.partial) continue;
		const point = sums.get(c.offset) ?? {
			offset: c.offset,
			retention: 0,
			active: 0,
			customers: 0,
			cohorts: 0
		};
		point.active += c.active;
		point.customers += c.size;
		point.cohorts += 1;
		sums.set(c.offset, point);
	}
	return [...sums.values()]
		.map((p) => ({ ...p, retention: p.customers > 0 ? p.active / p.customers : 0 }))
		.sort((a, b) => a.offset - b.offset);
}

/** "month"/"week" as the words a caption uses, in the interface language. */
export function periodWords(period: CohortPeriod): { one: string; many: string } {
	return { one: t(`cohorts.unit.${period}`), many: t(`cohorts.units.${period}`) };
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The period's words as message parameters: {unit}, {Unit}, {units} and {Units}. */
export function periodParams(
	period: CohortPeriod
): Record<'unit' | 'Unit' | 'units' | 'Units', string> {
	const { one, many } = periodWords(period);
	return { unit: one, Unit: capitalised(one), units: many, Units: capitalised(many) };
}
