import * as Plot from '@observablehq/plot';
import type { CohortPeriod } from '../segments/period';
import { formatCount, formatPercent } from '../ui/format';
import { t } from '../i18n/t';
import { periodParams, type CurvePoint } from './cohorts-data';

/** The points to draw and how. */
export interface CohortCurveInput {
	points: readonly CurvePoint[];
	period: CohortPeriod;
	width: number;
}

const COLOR = '#1f5f99'; // --accent: SVG presentation attributes cannot read CSS variables.
const HEIGHT = 190;

/** The tooltip of one point of the average curve. */
export function curvePointTitle(p: CurvePoint, period: CohortPeriod): string {
	return [
		t('cohorts.curve.pointAfter', {
			offset: formatCount(p.offset),
			period: t(`cohorts.count.${period}`, { count: p.offset }),
			share: formatPercent(p.retention)
		}),
		t('cohorts.curve.pointOrdered', {
			active: formatCount(p.active),
			customers: formatCount(p.customers)
		}),
		t('cohorts.curve.pointCohorts', { count: p.cohorts })
	].join('\n');
}

/**
 * Observable Plot options for the average retention curve: the size-weighted mean retention per
 * period offset from 1 on (period 0 is 100 % by definition and would flatten the rest).
 */
export function cohortCurveOptions(input: CohortCurveInput): Plot.PlotOptions {
	const { period, width } = input;
	const points = input.points.filter((p) => p.offset > 0);
	const top = Math.max(0, ...points.map((p) => p.retention));
	return {
		width,
		height: HEIGHT,
		marginLeft: 50,
		x: {
			label: t('cohorts.axis.after', periodParams(period)),
			domain: [
				Math.min(1, ...points.map((p) => p.offset)),
				Math.max(1, ...points.map((p) => p.offset))
			],
			ticks: points.length <= 12 ? points.map((p) => p.offset) : undefined,
			tickFormat: (v: number) => formatCount(v)
		},
		y: {
			label: t('cohorts.axis.ordered'),
			domain: [0, top > 0 ? top * 1.1 : 1],
			grid: true,
			tickFormat: (v: number) => formatPercent(v, 0)
		},
		marks: [
			Plot.ruleY([0]),
			Plot.lineY(points, { x: 'offset', y: 'retention', stroke: COLOR }),
			Plot.dot(points, {
				x: 'offset',
				y: 'retention',
				fill: COLOR,
				r: 3,
				title: (p: CurvePoint) => curvePointTitle(p, period),
				tip: true
			})
		]
	};
}
