import type { RfmGridCell } from '../notebook/kinds/rfm';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../ui/format';
import type { CurvePoint } from './cohorts-data';
import type { KPoint } from './cluster-k';
import type { ParetoPoint } from './tiers-pareto';
import type { FrequencyGroup } from '../models/bgnbd-tracking';

/** A chart's numbers as a table: its text alternative, shown on request beside the figure. */
export interface FigureTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

/** The RFM grid: one row per recency × frequency square that has customers. */
export function rfmGridTable(grid: readonly RfmGridCell[], currency: string): FigureTable {
	return {
		caption: 'Customers in each recency × frequency square',
		columns: ['Recency score', 'Frequency score', 'Customers', 'Share', 'Average monetary'],
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
		caption: 'Share of revenue made by the top customers, largest spenders first',
		columns: ['Top share of customers', 'Customers', 'Share of revenue'],
		rows
	};
}

/** The elbow and silhouette charts: one row per k tried. */
export function kSweepTable(points: readonly KPoint[]): FigureTable {
	return {
		caption: 'Within-cluster sum of squares and mean silhouette for each k',
		columns: ['k', 'Within-cluster sum of squares', 'Mean silhouette'],
		rows: points.map((p) => [String(p.k), formatNumber(p.wss, 1), formatNumber(p.silhouette, 3)])
	};
}

/** The average retention curve: one row per period after the first order. */
export function retentionCurveTable(points: readonly CurvePoint[], period: string): FigureTable {
	return {
		caption: `Average retention by ${period} after the first order`,
		columns: [
			`${period[0]!.toUpperCase()}${period.slice(1)}`,
			'Retention',
			'Customers ordering',
			'Customers',
			'Cohorts'
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
		caption: 'Mean holdout repeat purchases by calibration repeat purchases, actual and predicted',
		columns: ['Calibration repeat purchases', 'Customers', 'Actual', 'Model (BG/NBD)'],
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
	return {
		caption: `Cumulative repeat purchases by ${unit === 'weeks' ? 'week' : 'day'}, actual and expected`,
		columns: [unit === 'weeks' ? 'Week' : 'Day', 'Actual', 'Expected (BG/NBD)'],
		rows: points.map((p) => [
			formatNumber(p.t, 1),
			formatCount(p.actual),
			formatNumber(p.expected, 0)
		])
	};
}
