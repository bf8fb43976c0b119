import * as Plot from '@observablehq/plot';
import type { FrequencyGroup } from '../../models/bgnbd-tracking';
import { formatCount } from '../../ui/format';

/** What the holdout chart draws. */
export interface HoldoutChartInput {
	groups: readonly FrequencyGroup[];
	/** 'weeks' or 'days': the unit of the holdout length. */
	unit: string;
	holdoutLength: number;
	width: number;
}

/** The two series, as the legend names them. */
export const HOLDOUT_SERIES = { actual: 'Actual', expected: 'Model (BG/NBD)' } as const;
const COLORS = ['#1f5f99', '#c05621'];

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * One point per (calibration frequency, series): the mean number of repeat purchases a customer
 * made in the holdout period, and what the model expected; groups without customers left out.
 */
export function holdoutPoints(groups: readonly FrequencyGroup[]) {
	return groups
		.filter((g) => g.customers > 0)
		.flatMap((g) =>
			(['actual', 'expected'] as const).map((key) => ({
				label: g.label,
				series: HOLDOUT_SERIES[key],
				value: g[key],
				title: `${formatCount(g.customers)} customers with ${g.label} repeat purchases in calibration: ${HOLDOUT_SERIES[key].toLowerCase()} ${round2(g[key])} purchases each in the holdout`
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
			label: 'Repeat purchases in the calibration period',
			padding: 0.3
		},
		y: {
			label: `Mean repeat purchases in the ${Math.round(input.holdoutLength * 10) / 10}-${input.unit.replace(/s$/, '')} holdout`,
			grid: true,
			zero: true
		},
		color: {
			domain: [HOLDOUT_SERIES.actual, HOLDOUT_SERIES.expected],
			range: COLORS,
			legend: true
		},
		marks: [
			Plot.line(points, { x: 'label', y: 'value', stroke: 'series', strokeWidth: 2 }),
			Plot.dot(points, { x: 'label', y: 'value', fill: 'series', r: 4, title: 'title' })
		]
	};
}
