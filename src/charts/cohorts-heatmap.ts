import * as Plot from '@observablehq/plot';
import type { CohortPeriod } from '../segments/period';
import { formatCount, formatDate, formatMoney, formatPercent } from '../ui/format';
import { t } from '../i18n/t';
import { locale } from '../i18n/locale.svelte';
import { localiseNumerals, numberFormat } from '../i18n/number-format';
import {
	cohortSummaries,
	periodParams,
	periodStartMs,
	periodWords,
	type CohortCell
} from './cohorts-data';

/** What the heat map colours: the share of the cohort ordering, or the cohort's revenue. */
export type CohortMeasure = 'retention' | 'revenue';

/** The cells to draw and how. */
export interface CohortHeatmapInput {
	cells: readonly CohortCell[];
	measure: CohortMeasure;
	period: CohortPeriod;
	currency: string;
	width: number;
}

// SVG presentation attributes cannot read CSS variables: these mirror global.css.
const INK = '#1d2733';
const MUTED = '#5b6878';
const BASELINE_FILL = '#e3e7ec';
const MARGIN = { top: 42, right: 78, bottom: 8, left: 78 };
const TEXT_MIN_HEIGHT = 14;
/** Narrowest cell (px) that holds "100 %", and one that holds "$12.3K". */
const TEXT_MIN_WIDTH = { retention: 32, revenue: 42 } as const;
/** Fill darker than this share of the colour range gets white text. */
const DARK_FROM = 0.55;

/** Row height in px: roomy for a few cohorts, thin for a hundred weeks. */
export function cohortRowHeight(cohorts: number): number {
	return Math.max(8, Math.min(26, Math.floor(560 / Math.max(1, cohorts))));
}

/** Every how many rows a cohort is labelled (with its size): 1 unless rows are too thin. */
export function cohortLabelStep(cohorts: number): number {
	return Math.ceil(12 / cohortRowHeight(cohorts));
}

/** A money amount in few characters, for a cell's label: $12.3K. */
export function compactMoney(amount: number, currency: string): string {
	try {
		return numberFormat(locale.tag, {
			style: 'currency',
			currency,
			notation: 'compact',
			maximumFractionDigits: Math.abs(amount) >= 1000 ? 1 : 0
		}).format(amount);
	} catch {
		return localiseNumerals(`${Math.round(amount)} ${currency}`, locale.current);
	}
}

/** The label of the period holding `ms`: 2024-05, or "week of 2024-05-06". */
function periodLabel(ms: number, period: CohortPeriod): string {
	const day = new Date(ms).toISOString().slice(0, 10);
	return period === 'week'
		? t('cohorts.weekOf', { day: formatDate(day) })
		: localiseNumerals(day.slice(0, 7), locale.current);
}

/** A cohort's label (`2024-05`, `2024-W19`) in the language's digits. */
export function cohortLabel(cohort: string): string {
	return localiseNumerals(cohort, locale.current);
}

/** The tooltip of one cell: cohort, period, customers ordering, revenue. */
export function cohortCellTitle(c: CohortCell, period: CohortPeriod, currency: string): string {
	const words = periodWords(period);
	const when = periodLabel(periodStartMs(c.start, c.offset, period), period);
	const size = formatCount(c.size);
	const lines = [
		t('cohorts.cell.cohort', { cohort: cohortLabel(c.cohort), size, unit: words.one }),
		c.offset === 0
			? t('cohorts.cell.first', { ...periodParams(period), when })
			: t('cohorts.cell.after', {
					offset: formatCount(c.offset),
					period: t(`cohorts.count.${period}`, { count: c.offset }),
					when
				}),
		t('cohorts.cell.ordered', {
			active: formatCount(c.active),
			size,
			share: formatPercent(c.retention)
		}),
		t('cohorts.cell.revenue', { revenue: formatMoney(c.revenue, currency) })
	];
	if (c.partial) lines.push(t('cohorts.cell.partial'));
	return lines.join('\n');
}

/**
 * Observable Plot options for the cohort triangle: cohorts down the y axis (oldest on top),
 * period offsets along x, colour = retention (period 0, 100 % by definition, drawn grey so the
 * colours show the later periods) or revenue; the value printed in each cell when it fits, the
 * cohort's size on the right, periods still running outlined with dashes. Every cell's rect
 * carries its numbers as data attributes (`data-testid="cohort-cell"`).
 */
export function cohortHeatmapOptions(input: CohortHeatmapInput): Plot.PlotOptions {
	const { cells, measure, period, currency, width } = input;
	if (measure !== 'retention' && measure !== 'revenue') {
		throw new Error(`invalid measure: ${String(measure)}`);
	}
	const cohorts = cohortSummaries(cells);
	const sizes = new Map(cohorts.map((c) => [c.cohort, c.size]));
	const offsets = [...new Set(cells.map((c) => c.offset))].sort((a, b) => a - b);
	const rowHeight = cohortRowHeight(cohorts.length);
	const bandWidth = (width - MARGIN.left - MARGIN.right) / Math.max(1, offsets.length);
	const showText = rowHeight >= TEXT_MIN_HEIGHT && bandWidth >= TEXT_MIN_WIDTH[measure];
	const every = cohortLabelStep(cohorts.length);
	const labelled = cohorts.filter((_, i) => i % every === 0).map((c) => c.cohort);

	const value = (c: CohortCell) => (measure === 'retention' ? c.retention : c.revenue);
	const coloured = measure === 'retention' ? cells.filter((c) => c.offset > 0) : cells;
	const top = Math.max(0, ...coloured.map(value)) || 1;
	const words = periodParams(period);
	const full = formatPercent(1, 0);
	const text = (c: CohortCell) =>
		measure === 'retention'
			? formatPercent(c.retention, bandWidth >= 46 && c.retention > 0 && c.retention < 1 ? 1 : 0)
			: compactMoney(c.revenue, currency);
	const dark = (c: CohortCell) =>
		!(measure === 'retention' && c.offset === 0) && value(c) / top > DARK_FROM;

	return {
		width,
		height: MARGIN.top + MARGIN.bottom + cohorts.length * rowHeight,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		x: { type: 'band', domain: offsets, padding: 0 },
		y: { type: 'band', domain: cohorts.map((c) => c.cohort), padding: 0 },
		color:
			measure === 'retention'
				? {
						type: 'linear',
						scheme: 'blues',
						domain: [0, top],
						clamp: true,
						legend: true,
						label: t('cohorts.legend.retention', { ...words, full }),
						tickFormat: (v: number) => formatPercent(v, 0)
					}
				: {
						type: 'linear',
						scheme: 'greens',
						domain: [0, top],
						legend: true,
						label: t('cohorts.legend.revenue', { ...words, currency }),
						tickFormat: (v: number) => compactMoney(v, currency)
					},
		marks: [
			Plot.axisX({
				anchor: 'top',
				tickSize: 0,
				tickFormat: (k: number) => formatCount(k),
				label: t('cohorts.axis.after', words),
				labelAnchor: 'center'
			}),
			Plot.axisY(labelled, {
				anchor: 'left',
				tickSize: 0,
				tickFormat: cohortLabel,
				label: t(`cohorts.axis.cohort.${period}`),
				labelAnchor: 'top'
			}),
			Plot.axisY(labelled, {
				anchor: 'right',
				tickSize: 0,
				tickFormat: (c: string) => formatCount(sizes.get(c) ?? 0),
				label: t('cohorts.axis.customers'),
				labelAnchor: 'top'
			}),
			Plot.cell(cells, {
				x: 'offset',
				y: 'cohort',
				fill: value,
				inset: 0.5,
				title: (c: CohortCell) => cohortCellTitle(c, period, currency),
				tip: true,
				render: tagCells(cells)
			}),
			measure === 'retention'
				? Plot.cell(
						cells.filter((c) => c.offset === 0),
						{ x: 'offset', y: 'cohort', fill: BASELINE_FILL, inset: 0.5 }
					)
				: null,
			Plot.cell(
				cells.filter((c) => c.partial),
				{
					x: 'offset',
					y: 'cohort',
					fill: 'none',
					stroke: MUTED,
					strokeDasharray: '3,2',
					inset: 1.5
				}
			),
			showText
				? [
						Plot.text(cells, { x: 'offset', y: 'cohort', text, fill: 'white', filter: dark }),
						Plot.text(cells, {
							x: 'offset',
							y: 'cohort',
							text,
							fill: INK,
							filter: (c: CohortCell) => !dark(c)
						})
					]
				: null
		]
	};
}

/** A render transform writing each cell's numbers onto its rect, for tests and tools. */
function tagCells(cells: readonly CohortCell[]): Plot.RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next!(index, scales, values, dimensions, context);
		if (!g) return g;
		// d3 binds each rect to its position in the data (`__data__`), which Plot renders from.
		for (const rect of g.querySelectorAll('rect')) {
			const i = (rect as unknown as { __data__?: number }).__data__;
			const c = i === undefined ? undefined : cells[i];
			if (!c) continue;
			rect.setAttribute('data-testid', 'cohort-cell');
			rect.setAttribute('data-cohort', c.cohort);
			rect.setAttribute('data-offset', String(c.offset));
			rect.setAttribute('data-size', String(c.size));
			rect.setAttribute('data-active', String(c.active));
			rect.setAttribute('data-retention', String(c.retention));
			rect.setAttribute('data-revenue', String(c.revenue));
			if (c.partial) rect.setAttribute('data-partial', 'true');
		}
		return g;
	};
}
