// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	MAX_BARS,
	quickChartOptions,
	suggestQuickChart,
	toChartValue,
	type QuickChartInput
} from '../../../src/charts/quick-chart';

/** Renders options to SVG text with numbers rounded, so float noise does not break snapshots. */
function svgOf(options: Plot.PlotOptions): string {
	const node = Plot.plot(options);
	return node.outerHTML
		.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
}

function ticks(svg: Element, axis: 'x' | 'y'): string[] {
	return [...svg.querySelectorAll(`[aria-label="${axis}-axis tick label"] text`)].map(
		(t) => t.textContent ?? ''
	);
}

const segments: QuickChartInput = {
	kind: 'bar',
	x: 'segment',
	y: 'customers',
	data: { x: ['Lost', 'Champions', 'At risk', 'Lost'], y: [10, 40, 25, 5] },
	width: 480
};

describe('quickChartOptions', () => {
	it('bar: one bar per category, summed, tallest first', () => {
		const svg = Plot.plot(quickChartOptions(segments));
		expect(svg.querySelectorAll('[aria-label="bar"] rect')).toHaveLength(3);
		expect(ticks(svg, 'x')).toEqual(['Champions', 'At risk', 'Lost']);
		expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toContain(
			'customers (sum)'
		);
		expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toContain('segment');
	});

	it('bar: numeric categories stay in their natural order', () => {
		const options = quickChartOptions({
			...segments,
			x: 'r_score',
			data: { x: [3, 1, 2], y: [5, 9, 1] }
		});
		expect(ticks(Plot.plot(options), 'x')).toEqual(['1', '2', '3']);
		expect(options.y?.label).toBe('customers');
	});

	it('bar: keeps the largest categories and says so', () => {
		const n = MAX_BARS + 10;
		const options = quickChartOptions({
			...segments,
			data: {
				x: Array.from({ length: n }, (_, i) => `c${i}`),
				y: Array.from({ length: n }, (_, i) => i)
			}
		});
		expect(options.x?.domain).toHaveLength(MAX_BARS);
		expect([...(options.x?.domain ?? [])][0]).toBe(`c${n - 1}`);
		expect(options.x?.label).toBe(`segment (top ${MAX_BARS} of ${n})`);
		expect(options.x?.tickRotate).toBe(-35);
	});

	it('line: drawn over x in order', () => {
		const days = ['2024-03-01', '2024-01-01', '2024-02-01'].map((d) => new Date(d));
		const options = quickChartOptions({
			kind: 'line',
			x: 'month',
			y: 'revenue',
			data: { x: days, y: [3, 1, 2] },
			width: 480
		});
		const svg = Plot.plot(options);
		const path = svg.querySelector('[aria-label="line"] path')?.getAttribute('d') ?? '';
		const xs = [...path.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
		expect(xs).toHaveLength(3);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toContain('revenue');
	});

	it('line: text along x keeps the rows’ order', () => {
		const options = quickChartOptions({
			kind: 'line',
			x: 'stage',
			y: 'customers',
			data: { x: ['new', 'active', 'lapsed'], y: [5, 9, 2] },
			width: 480
		});
		expect(ticks(Plot.plot(options), 'x')).toEqual(['new', 'active', 'lapsed']);
	});

	it('dot: one dot per row', () => {
		const svg = Plot.plot(
			quickChartOptions({
				kind: 'dot',
				x: 'frequency',
				y: 'monetary',
				data: { x: [1, 2, 3, 4], y: [10, 20, 15, 40] },
				width: 480
			})
		);
		expect(svg.querySelectorAll('[aria-label="dot"] circle')).toHaveLength(4);
	});

	it('refuses mismatched data and unknown kinds', () => {
		expect(() => quickChartOptions({ ...segments, data: { x: ['a'], y: [] } })).toThrow(
			'invalid data: 1 x values for 0 y values'
		);
		expect(() => quickChartOptions({ ...segments, kind: 'pie' as never })).toThrow(
			'invalid kind: pie'
		);
	});

	it('renders the bar chart as before', async () => {
		await expect(svgOf(quickChartOptions(segments))).toMatchFileSnapshot(
			'./__snapshots__/quick-chart-bar.svg'
		);
	});
});

describe('suggestQuickChart', () => {
	const cases: {
		name: string;
		columns: { name: string; type: string }[];
		expected: ReturnType<typeof suggestQuickChart>;
	}[] = [
		{
			name: 'text and a number: bars',
			columns: [
				{ name: 'customer_id', type: 'BIGINT' },
				{ name: 'segment', type: 'VARCHAR' },
				{ name: 'revenue', type: 'DOUBLE' }
			],
			expected: { kind: 'bar', x: 'segment', y: 'customer_id' }
		},
		{
			name: 'a date and a number: a line',
			columns: [
				{ name: 'month', type: 'Date32<DAY>' },
				{ name: 'orders', type: 'Float64' }
			],
			expected: { kind: 'line', x: 'month', y: 'orders' }
		},
		{
			name: 'a timestamp and a decimal: a line',
			columns: [
				{ name: 'hour', type: 'TIMESTAMP WITH TIME ZONE' },
				{ name: 'amount', type: 'DECIMAL(18,2)' }
			],
			expected: { kind: 'line', x: 'hour', y: 'amount' }
		},
		{
			name: 'numbers only: dots',
			columns: [
				{ name: 'frequency', type: 'Int32' },
				{ name: 'monetary', type: 'DOUBLE' }
			],
			expected: { kind: 'dot', x: 'frequency', y: 'monetary' }
		},
		{ name: 'one number: nothing', columns: [{ name: 'n', type: 'BIGINT' }], expected: null },
		{
			name: 'text only: nothing',
			columns: [
				{ name: 'a', type: 'VARCHAR' },
				{ name: 'b', type: 'Utf8' }
			],
			expected: null
		},
		{ name: 'no columns: nothing', columns: [], expected: null }
	];
	for (const { name, columns, expected } of cases) {
		it(name, () => expect(suggestQuickChart(columns)).toEqual(expected));
	}
});

describe('toChartValue', () => {
	it('turns epoch ms of dates into Dates and keeps the rest', () => {
		expect(toChartValue(86_400_000, 'Date32<DAY>')).toEqual(new Date('1970-01-02'));
		expect(toChartValue(0, 'TIMESTAMP')).toEqual(new Date(0));
		expect(toChartValue(5n, 'Time64<MICROSECOND>')).toBe(5);
		expect(toChartValue('x', 'VARCHAR')).toBe('x');
		expect(toChartValue(null, 'VARCHAR')).toBeNull();
		expect(toChartValue(1.5, 'DOUBLE')).toBe(1.5);
	});
});
