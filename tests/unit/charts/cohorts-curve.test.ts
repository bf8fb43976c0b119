// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { cohortCurveOptions, curvePointTitle } from '../../../src/charts/cohorts-curve';
import type { CurvePoint } from '../../../src/charts/cohorts-data';

const points: CurvePoint[] = [
	{ offset: 0, retention: 1, active: 20, customers: 20, cohorts: 3 },
	{ offset: 1, retention: 0.3, active: 6, customers: 20, cohorts: 3 },
	{ offset: 2, retention: 0.25, active: 4, customers: 16, cohorts: 2 },
	{ offset: 3, retention: 0.1, active: 1, customers: 10, cohorts: 1 }
];

describe('cohortCurveOptions', () => {
	it('draws the curve from period 1 on', () => {
		const node = Plot.plot(cohortCurveOptions({ points, period: 'month', width: 480 }));
		expect(node.querySelectorAll('[aria-label="dot"] circle')).toHaveLength(3);
		const ticks = [...node.querySelectorAll('[aria-label="x-axis tick label"] text')].map(
			(t) => t.textContent
		);
		expect(ticks).toEqual(['1', '2', '3']);
		expect(node.querySelector('[aria-label="x-axis label"]')?.textContent).toContain(
			'Months after the first order'
		);
		expect(node.querySelector('[aria-label="y-axis label"]')?.textContent).toContain('% of cohort');
	});

	it('tops the y axis a little above the highest point', () => {
		const options = cohortCurveOptions({ points, period: 'week', width: 480 });
		expect([...(options.y?.domain ?? [])][1]).toBeCloseTo(0.33, 6);
		expect(String(options.x?.label)).toContain('Weeks');
	});

	it('copes with no later period', () => {
		const node = Plot.plot(
			cohortCurveOptions({ points: [points[0]!], period: 'month', width: 480 })
		);
		expect(node.querySelectorAll('[aria-label="dot"] circle')).toHaveLength(0);
	});
});

describe('curvePointTitle', () => {
	it('says the share, the counts and how many cohorts it rests on', () => {
		expect(curvePointTitle(points[2]!, 'month')).toBe(
			[
				'2 months after the first order: 25.0 %',
				'4 of 16 customers ordered',
				'(2 cohorts observed that long)'
			].join('\n')
		);
	});
});
