// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { holdoutChartOptions, holdoutPoints } from '../../../src/charts/clv/holdout-frequency';
import { cumulativeChartOptions } from '../../../src/charts/clv/cumulative-repeat';
import type { FrequencyGroup } from '../../../src/models/bgnbd-tracking';

const group = (frequency: number, customers: number, actual: number, expected: number) => ({
	frequency,
	label: frequency === 7 ? '7+' : String(frequency),
	customers,
	actual,
	expected
});
// Groups 0, 1 and 7+ have customers; 2–6 are empty and left off the axis.
const GROUPS: FrequencyGroup[] = [
	group(0, 10, 0.2, 0.25),
	group(1, 5, 0.8, 0.6),
	...[2, 3, 4, 5, 6].map((f) => group(f, 0, NaN, NaN)),
	group(7, 2, 6, 5.5)
];

describe('holdoutChartOptions', () => {
	it('draws actual and expected per non-empty frequency group, in order', () => {
		const points = holdoutPoints(GROUPS);
		expect(points.map((p) => [p.label, p.series, p.value])).toEqual([
			['0', 'Actual', 0.2],
			['0', 'Model (BG/NBD)', 0.25],
			['1', 'Actual', 0.8],
			['1', 'Model (BG/NBD)', 0.6],
			['7+', 'Actual', 6],
			['7+', 'Model (BG/NBD)', 5.5]
		]);
		expect(points[0]!.title).toBe(
			'10 customers with 0 repeat purchases in calibration: actual 0.2 purchases each in the holdout'
		);
		const options = holdoutChartOptions({
			groups: GROUPS,
			unit: 'weeks',
			holdoutLength: 39,
			width: 600
		});
		expect(options.x?.domain).toEqual(['0', '1', '7+']);
		expect(options.y?.label).toBe('Mean repeat purchases in the 39-week holdout');
		const svg = Plot.plot(options);
		// One line per series, three dots each.
		expect(svg.querySelectorAll('[aria-label="line"] path')).toHaveLength(2);
		expect(svg.querySelectorAll('[aria-label="dot"] circle')).toHaveLength(6);
		const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')];
		expect(ticks.map((t) => t.textContent)).toEqual(['0', '1', '7+']);
	});

	it('refuses groups without customers', () => {
		expect(() =>
			holdoutChartOptions({
				groups: [group(0, 0, NaN, NaN)],
				unit: 'days',
				holdoutLength: 5,
				width: 400
			})
		).toThrow(/no customers/);
	});
});

describe('cumulativeChartOptions', () => {
	const points = [
		{ t: 1, actual: 0, expected: 0.5 },
		{ t: 2, actual: 3, expected: 2.5 },
		{ t: 3, actual: 5, expected: 5.5 }
	];
	it('draws both cumulative series and marks the end of the calibration period', () => {
		const options = cumulativeChartOptions({
			points,
			calibrationEnd: 2,
			unit: 'weeks',
			width: 600
		});
		expect(options.x?.label).toBe('weeks since the first purchase in the data');
		const svg = Plot.plot(options);
		const lines = [...svg.querySelectorAll('[aria-label="line"] path')];
		expect(lines).toHaveLength(2);
		// The rule stands at t = 2: halfway between the first and last points of the lines.
		const rule = svg.querySelector('[aria-label="rule"] line')!;
		const x = Number(rule.getAttribute('x1'));
		const path = lines[0]!.getAttribute('d')!;
		const xs = [...path.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
		expect(xs).toHaveLength(3);
		expect(x).toBeCloseTo((xs[0]! + xs[2]!) / 2, 6);
		expect(svg.textContent).toContain('calibration ends ▸ holdout');
	});
});
