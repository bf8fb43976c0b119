// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { cohortCells, type CohortRowInput } from '../../../src/charts/cohorts-data';
import {
	cohortCellTitle,
	cohortHeatmapOptions,
	cohortLabelStep,
	cohortRowHeight,
	compactMoney,
	type CohortHeatmapInput
} from '../../../src/charts/cohorts-heatmap';
import { stubCanvas } from './jsdom-canvas';

stubCanvas();

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

function row(
	cohort: string,
	start: string,
	size: number,
	offset: number,
	active: number,
	revenue: number
): CohortRowInput {
	return {
		cohort,
		cohort_start: ms(start),
		cohort_size: size,
		period_offset: offset,
		active_customers: active,
		retention: active / size,
		revenue
	};
}

// Listed newest first on purpose: the chart puts the oldest cohort on top all the same.
const rows = [
	row('2024-03', '2024-03-01', 5, 0, 5, 250),
	row('2024-02', '2024-02-01', 4, 0, 4, 160),
	row('2024-02', '2024-02-01', 4, 1, 1, 30),
	row('2024-01', '2024-01-01', 10, 0, 10, 1200),
	row('2024-01', '2024-01-01', 10, 1, 4, 300),
	row('2024-01', '2024-01-01', 10, 2, 3, 150.5)
];
const input: CohortHeatmapInput = {
	cells: cohortCells(rows, '2024-03-20', 'month'),
	measure: 'retention',
	period: 'month',
	currency: 'EUR',
	width: 640
};

function render(options: Plot.PlotOptions) {
	return Plot.plot(options);
}
function texts(node: Element, selector: string): string[] {
	return [...node.querySelectorAll(selector)].map((t) => t.textContent ?? '');
}
function svgOf(node: Element): string {
	return node.outerHTML
		.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
}

describe('cohortHeatmapOptions', () => {
	it('draws one tagged rect per cohort × period', () => {
		const node = render(cohortHeatmapOptions(input));
		const rects = [...node.querySelectorAll('[data-testid="cohort-cell"]')];
		expect(rects).toHaveLength(6);
		const tagged = rects
			.map((r) =>
				['data-cohort', 'data-offset', 'data-size', 'data-active', 'data-retention'].map((a) =>
					r.getAttribute(a)
				)
			)
			.sort();
		expect(tagged).toEqual([
			['2024-01', '0', '10', '10', '1'],
			['2024-01', '1', '10', '4', '0.4'],
			['2024-01', '2', '10', '3', '0.3'],
			['2024-02', '0', '4', '4', '1'],
			['2024-02', '1', '4', '1', '0.25'],
			['2024-03', '0', '5', '5', '1']
		]);
		// Every March cell (2024-01 + 2, 2024-02 + 1, 2024-03 + 0) is still running on 2024-03-20.
		const partial = rects.filter((r) => r.getAttribute('data-partial') === 'true');
		expect(
			partial.map((r) => `${r.getAttribute('data-cohort')}+${r.getAttribute('data-offset')}`).sort()
		).toEqual(['2024-01+2', '2024-02+1', '2024-03+0']);
	});

	it('puts cohorts in time order, with their sizes on the right', () => {
		const node = render(cohortHeatmapOptions(input));
		const left = texts(node, '[aria-label="y-axis tick label"] text');
		expect(left).toEqual(['2024-01', '2024-02', '2024-03', '10', '4', '5']);
		expect(texts(node, '[aria-label="y-axis label"]').join(' ')).toContain('Customers');
		expect(texts(node, '[aria-label="x-axis label"]').join(' ')).toContain(
			'Months after the first order'
		);
	});

	it('prints each share in its cell and draws period 0 grey', () => {
		const node = render(cohortHeatmapOptions(input));
		expect(texts(node, '[aria-label="text"] text').sort()).toEqual(
			['100 %', '100 %', '100 %', '25.0 %', '30.0 %', '40.0 %'].sort()
		);
		const cellGroups = node.querySelectorAll('[aria-label="cell"]');
		// Coloured cells, the grey period-0 overlay, the dashed outlines of running periods.
		expect(cellGroups).toHaveLength(3);
		expect(cellGroups[1]!.getAttribute('fill')).toBe('#e3e7ec');
		expect(cellGroups[1]!.querySelectorAll('rect')).toHaveLength(3);
		expect(cellGroups[2]!.getAttribute('stroke-dasharray')).toBe('3,2');
		expect(node.textContent).toContain('Ordered in the month (% of cohort');
	});

	it('the colours stretch over the later periods only', () => {
		const options = cohortHeatmapOptions(input);
		expect(options.color?.domain).toEqual([0, 0.4]);
		expect(options.color?.clamp).toBe(true);
	});

	it('shows revenue in the notebook currency on request', () => {
		const options = cohortHeatmapOptions({ ...input, measure: 'revenue' });
		expect(options.color?.domain).toEqual([0, 1200]);
		const node = render(options);
		expect(node.querySelectorAll('[aria-label="cell"]')).toHaveLength(2);
		expect(texts(node, '[aria-label="text"] text').sort()).toEqual(
			['€1.2K', '€160', '€151', '€250', '€30', '€300'].sort()
		);
		expect(node.textContent).toContain('Revenue in the month (EUR)');
	});

	it('leaves the numbers out when the cells are too narrow', () => {
		const node = render(cohortHeatmapOptions({ ...input, width: 230 }));
		expect(node.querySelectorAll('[aria-label="text"]')).toHaveLength(0);
		expect(node.querySelectorAll('[data-testid="cohort-cell"]')).toHaveLength(6);
	});

	it('labels every few rows when there are many cohorts', () => {
		const weeks = Array.from({ length: 100 }, (_, i) => {
			const start = new Date(ms('2024-01-01') + i * 7 * 86_400_000).toISOString().slice(0, 10);
			return row(`w${String(i).padStart(3, '0')}`, start, 3, 0, 3, 10);
		});
		const options = cohortHeatmapOptions({
			...input,
			period: 'week',
			cells: cohortCells(weeks, '2026-01-01', 'week')
		});
		expect(cohortRowHeight(100)).toBe(8);
		expect(cohortLabelStep(100)).toBe(2);
		expect(cohortLabelStep(24)).toBe(1);
		expect(options.height).toBe(42 + 8 + 800);
		const node = render(options);
		const left = texts(node, '[aria-label="y-axis tick label"] text');
		// Every 2nd of 100 cohorts, on both sides.
		expect(left).toHaveLength(100);
		expect(left[0]).toBe('w000');
		expect(left[1]).toBe('w002');
		expect(node.querySelectorAll('[aria-label="text"]')).toHaveLength(0);
		expect(texts(node, '[aria-label="y-axis label"]').join(' ')).toContain(
			'ISO week of first order'
		);
	});

	it('refuses an unknown measure', () => {
		expect(() => cohortHeatmapOptions({ ...input, measure: 'churn' as never })).toThrow(
			'invalid measure: churn'
		);
	});

	it('renders as before', async () => {
		await expect(svgOf(render(cohortHeatmapOptions(input)))).toMatchFileSnapshot(
			'./__snapshots__/cohorts-heatmap.svg'
		);
	});
});

describe('cohortCellTitle', () => {
	const [jan1] = cohortCells([rows[4]!], '2024-03-20', 'month');
	it('says cohort, period, customers ordering and revenue', () => {
		expect(cohortCellTitle(jan1!, 'month', 'USD')).toBe(
			[
				'Cohort 2024-01: 10 customers, first order in that month',
				'1 month after (2024-02)',
				'Ordered in it: 4 of 10 (40.0 %)',
				'Revenue: $300.00'
			].join('\n')
		);
	});

	it('names period 0 and a running period', () => {
		const [march] = cohortCells([rows[0]!], '2024-03-20', 'month');
		const title = cohortCellTitle(march!, 'month', 'USD');
		expect(title).toContain('Month 0: the first-order month (2024-03)');
		expect(title).toContain('Still running on the as-of date');
	});

	it('names weeks by their Monday', () => {
		const [week] = cohortCells([row('2024-W02', '2024-01-08', 3, 2, 1, 10)], '2024-06-01', 'week');
		expect(cohortCellTitle(week!, 'week', 'USD')).toContain('2 weeks after (week of 2024-01-22)');
	});
});

describe('compactMoney', () => {
	it('keeps amounts short', () => {
		expect(compactMoney(1234.5, 'USD')).toBe('$1.2K');
		expect(compactMoney(99.99, 'USD')).toBe('$100');
		expect(compactMoney(0, 'USD')).toBe('$0');
		expect(compactMoney(12, 'XYZ')).toMatch(/12/);
	});
});
