import * as Plot from '@observablehq/plot';
import type { FrequencyGroup } from '../../models/bgnbd-tracking';
import { t } from '../../i18n/t';
import { locale } from '../../i18n/locale.svelte';
import { localiseNumerals } from '../../i18n/number-format';
import { clvUnit } from './clv-unit';
import { formatNumber } from '../../ui/format';

/** What the holdout chart draws. */
export interface HoldoutChartInput {
	groups: readonly FrequencyGroup[];
	/** 'weeks' or 'days': the unit of the holdout length. */
	unit: string;
	holdoutLength: number;
	width: number;
}

/** The two series, as the legend names them, in the interface language. */
export function holdoutSeries(): Record<'actual' | 'expected', string> {
	return { actual: t('clv.series.actual'), expected: t('clv.series.expected') };
}
const COLORS = ['#1f5f99', '#c05621'];

/**
 * One point per (calibration frequency, series): the mean number of repeat purchases a customer
 * made in the holdout period, and what the model expected; groups without customers left out.
 */
export function holdoutPoints(groups: readonly FrequencyGroup[]) {
	const series = holdoutSeries();
	return groups
		.filter((g) => g.customers > 0)
		.flatMap((g) =>
			(['actual', 'expected'] as const).map((key) => ({
				label: g.label,
				series: series[key],
				value: g[key],
				title: t('clv.holdout.point', {
					count: g.customers,
					label: localiseNumerals(g.label, locale.current),
					series: series[key].toLowerCase(),
					value: formatNumber(g[key], 2)
				})
			}))
		);
}

/**
 * Observable Plot options: mean holdout repeat purchases by calibration frequency 0, 1, …, 7+,
 * actual against expected (Fader, Hardie & Lee 2005, figure 4).
 */
export function holdoutChartOptions(input: HoldoutChartInput): Plot.PlotOptions {
	const points = holdoutPoints(input.groups);
	if (points.length === 0) throw new Error('invalid groups: no customers');
	return {
		width: input.width,
		height: 300,
		marginLeft: 50,
		marginBottom: 42,
		x: {
			type: 'point',
			domain: input.groups.filter((g) => g.customers > 0).map((g) => g.label),
			tickFormat: (label: string) => localiseNumerals(label, locale.current),
			label: t('clv.holdout.x'),
			padding: 0.3
		},
		y: {
			label: t('clv.holdout.y', {
				length: Math.round(input.holdoutLength * 10) / 10,
				unit: clvUnit(input.unit, true)
			}),
			grid: true,
			zero: true,
			tickFormat: (n: number) => formatNumber(n, 2)
		},
		color: {
			domain: [holdoutSeries().actual, holdoutSeries().expected],
			range: COLORS,
			legend: true
		},
		marks: [
			Plot.line(points, { x: 'label', y: 'value', stroke: 'series', strokeWidth: 2 }),
			Plot.dot(points, { x: 'label', y: 'value', fill: 'series', r: 4, title: 'title' })
		]
	};
}
