import type { RfmGridCell } from '../notebook/kinds/rfm';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../ui/format';
import type { CurvePoint } from './cohorts-data';
import type { KPoint } from './cluster-k';
import type { ParetoPoint } from './tiers-pareto';
import type { FrequencyGroup } from '../models/bgnbd-tracking';
import { t } from '../i18n/t';

/**
 * A chart's numbers as a table: its text alternative, shown on request beside the figure. Its
 * words are in the interface language: the builders run in markup, so they follow a switch.
 */
export interface FigureTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

/** The RFM grid: one row per recency × frequency square that has customers. */
export function rfmGridTable(grid: readonly RfmGridCell[], currency: string): FigureTable {
	return {
		caption: t('figure.rfm.caption'),
		columns: [
			t('figure.rfm.recency'),
			t('figure.rfm.frequency'),
			t('figure.customers'),
			t('figure.rfm.share'),
			t('figure.rfm.monetary')
		],
		rows: [...grid]
			.sort((a, b) => b.r_score - a.r_score || b.f_score - a.f_score)
			.map((c) => [
				String(c.r_score),
				String(c.f_score),
				formatCount(c.customers),
				formatPercent(c.customer_share),
				formatMoney(c.avg_monetary, currency)
			])
	};
}

/** The Pareto curve read at every tenth of the customers (the point at or just past it). */
export function paretoTable(points: readonly ParetoPoint[]): FigureTable {
	const rows: string[][] = [];
	for (let tenth = 1; tenth <= 10; tenth++) {
		const p = points.find((q) => q.customer_share >= tenth / 10 - 1e-9);
		if (p)
			rows.push([
				formatPercent(p.customer_share),
				formatCount(p.customers),
				formatPercent(p.revenue_share)
			]);
	}
	return {
		caption: t('figure.pareto.caption'),
		columns: [t('figure.pareto.top'), t('figure.customers'), t('figure.pareto.revenue')],
		rows
	};
}

/** The elbow and silhouette charts: one row per k tried. */
export function kSweepTable(points: readonly KPoint[]): FigureTable {
	return {
		caption: t('figure.k.caption'),
		columns: ['k', t('figure.k.wss'), t('figure.k.silhouette')],
		rows: points.map((p) => [String(p.k), formatNumber(p.wss, 1), formatNumber(p.silhouette, 3)])
	};
}

/** The average retention curve: one row per period after the first order. */
export function retentionCurveTable(points: readonly CurvePoint[], period: string): FigureTable {
	return {
		caption: t('cohorts.curve.label', { unit: period }),
		columns: [
			`${period[0]!.toUpperCase()}${period.slice(1)}`,
			t('figure.retention.value'),
			t('figure.retention.ordering'),
			t('figure.customers'),
			t('figure.retention.cohorts')
		],
		rows: points
			.filter((p) => p.offset > 0)
			.map((p) => [
				String(p.offset),
				formatPercent(p.retention),
				formatCount(p.active),
				formatCount(p.customers),
				formatCount(p.cohorts)
			])
	};
}

/** The holdout check: per calibration-frequency group, mean holdout purchases actual and predicted. */
export function holdoutTable(groups: readonly FrequencyGroup[]): FigureTable {
	return {
		caption: t('figure.holdout.caption'),
		columns: [
			t('figure.holdout.calibration'),
			t('figure.customers'),
			t('figure.actual'),
			t('figure.holdout.model')
		],
		rows: groups
			.filter((g) => g.customers > 0)
			.map((g) => [
				g.label,
				formatCount(g.customers),
				formatNumber(g.actual, 2),
				formatNumber(g.expected, 2)
			])
	};
}

/** Cumulative repeat purchases, actual and expected, at each time step. */
export function cumulativeTable(
	points: readonly { t: number; actual: number; expected: number }[],
	unit: string
): FigureTable {
	const weeks = unit === 'weeks';
	return {
		caption: t(weeks ? 'figure.cumulative.weeks' : 'figure.cumulative.days'),
		columns: [
			t(weeks ? 'figure.week' : 'figure.day'),
			t('figure.actual'),
			t('figure.cumulative.expected')
		],
		rows: points.map((p) => [
			formatNumber(p.t, 1),
			formatCount(p.actual),
			formatNumber(p.expected, 0)
		])
	};
}
