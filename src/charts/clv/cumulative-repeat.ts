import * as Plot from '@observablehq/plot';
import { formatCount } from '../../ui/format';

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

/** The two series, as the legend names them. */
export const CUMULATIVE_SERIES = { actual: 'Actual', expected: 'Model (BG/NBD)' } as const;
const COLORS = ['#1f5f99', '#c05621'];
const MUTED = '#5b6878';

/**
 * Observable Plot options: cumulative repeat purchases of the calibration cohort over time,
 * actual against expected (Fader, Hardie & Lee 2005, figure 2), with the end of the
 * calibration period marked.
 */
export function cumulativeChartOptions(input: CumulativeChartInput): Plot.PlotOptions {
	if (input.points.length === 0) throw new Error('invalid points: none');
	const series = input.points.flatMap((p) =>
		(['actual', 'expected'] as const).map((key) => ({
			t: p.t,
			value: p[key],
			series: CUMULATIVE_SERIES[key]
		}))
	);
	const tips = input.points.map((p) => ({
		t: p.t,
		value: p.actual,
		title: `${input.unit} ${Math.round(p.t * 10) / 10}: ${formatCount(p.actual)} actual, ${formatCount(Math.round(p.expected))} expected repeat purchases so far`
	}));
	return {
		width: input.width,
		height: 300,
		marginLeft: 60,
		marginBottom: 42,
		x: { label: `${input.unit} since the first purchase in the data`, grid: true },
		y: { label: 'Cumulative repeat purchases', grid: true, zero: true },
		color: {
			domain: [CUMULATIVE_SERIES.actual, CUMULATIVE_SERIES.expected],
			range: COLORS,
			legend: true
		},
		marks: [
			Plot.ruleX([input.calibrationEnd], { stroke: MUTED, strokeDasharray: '4 3' }),
			Plot.text([input.calibrationEnd], {
				x: (d: number) => d,
				frameAnchor: 'top',
				text: () => 'calibration ends ▸ holdout',
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
