import * as Plot from '@observablehq/plot';
import { t } from '../../i18n/t';
import { formatCount, formatNumber } from '../../ui/format';
import { clvUnit } from './clv-unit';
import { holdoutSeries } from './holdout-frequency';

/** One period of the cumulative chart. */
export interface CumulativePoint {
	/** The end of the period, in time units from the cohort's first purchase day. */
	t: number;
	actual: number;
	expected: number;
}

/** What the cumulative chart draws. */
export interface CumulativeChartInput {
	points: readonly CumulativePoint[];
	/** The calibration end, in the same units as `t`. */
	calibrationEnd: number;
	unit: string;
	width: number;
}

const COLORS = ['#1f5f99', '#c05621'];
const MUTED = '#5b6878';

/**
 * Observable Plot options: cumulative repeat purchases of the calibration cohort over time,
 * actual against expected (Fader, Hardie & Lee 2005, figure 2), with the end of the
 * calibration period marked.
 */
export function cumulativeChartOptions(input: CumulativeChartInput): Plot.PlotOptions {
	if (input.points.length === 0) throw new Error('invalid points: none');
	const names = holdoutSeries();
	const unit = clvUnit(input.unit);
	const series = input.points.flatMap((p) =>
		(['actual', 'expected'] as const).map((key) => ({
			t: p.t,
			value: p[key],
			series: names[key]
		}))
	);
	const tips = input.points.map((p) => ({
		t: p.t,
		value: p.actual,
		title: t('clv.cumulative.point', {
			unit,
			t: formatNumber(p.t, 1),
			actual: formatCount(p.actual),
			expected: formatCount(Math.round(p.expected))
		})
	}));
	return {
		width: input.width,
		height: 300,
		marginLeft: 60,
		marginBottom: 42,
		x: {
			label: t('clv.cumulative.x', { unit }),
			grid: true,
			tickFormat: (n: number) => formatNumber(n, 2)
		},
		y: { label: t('clv.cumulative.y'), grid: true, zero: true, tickFormat: formatCount },
		color: {
			domain: [names.actual, names.expected],
			range: COLORS,
			legend: true
		},
		marks: [
			Plot.ruleX([input.calibrationEnd], { stroke: MUTED, strokeDasharray: '4 3' }),
			Plot.text([input.calibrationEnd], {
				x: (d: number) => d,
				frameAnchor: 'top',
				text: () => t('clv.cumulative.calibrationEnds'),
				textAnchor: 'end',
				dx: -4,
				dy: 4,
				fill: MUTED,
				fontSize: 10
			}),
			Plot.line(series, { x: 't', y: 'value', stroke: 'series', strokeWidth: 2 }),
			Plot.tip(tips, Plot.pointerX({ x: 't', y: 'value', title: 'title' }))
		]
	};
}
