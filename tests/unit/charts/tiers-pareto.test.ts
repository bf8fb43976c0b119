// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	paretoChartOptions,
	paretoHeadline,
	topGroupSize,
	type ParetoChartInput
} from '../../../src/charts/tiers-pareto';

/** Renders options to SVG text with numbers rounded, so float noise does not break snapshots. */
function svgOf(options: Plot.PlotOptions): string {
	const node = Plot.plot(options);
	return node.outerHTML
		.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
}

// Ten buyers spending 300, 200, 150, 100, 50, 45, 45, 40, 35, 35 (total 1000): the fixture of
// tests/unit/segments/value-tiers.test.ts. High = c01–c02 (50 %), mid = c03–c05 (80 %).
const spend = [300, 200, 150, 100, 50, 45, 45, 40, 35, 35];
const points = [{ customers: 0, customer_share: 0, revenue_share: 0 }].concat(
	spend.map((_, i) => ({
		customers: i + 1,
		customer_share: (i + 1) / 10,
		revenue_share: spend.slice(0, i + 1).reduce((a, b) => a + b, 0) / 1000
	}))
);
const input: ParetoChartInput = {
	points,
	topPercent: 20,
	topRevenueShare: 0.5,
	topCustomers: 2,
	boundaries: [
		{ tier: 'high', customers: 2, customerShare: 0.2, revenueShare: 0.5 },
		{ tier: 'mid', customers: 5, customerShare: 0.5, revenueShare: 0.8 }
	],
	width: 600
};

/** The centres of the circles of the dot mark at `index` among the dot marks. */
function dots(svg: Element, index: number): [number, number][] {
	const mark = svg.querySelectorAll('[aria-label="dot"]')[index];
	return [...(mark?.querySelectorAll('circle') ?? [])].map((c) => [
		Number(c.getAttribute('cx')),
		Number(c.getAttribute('cy'))
	]);
}

describe('paretoChartOptions', () => {
	it('draws the curve through every point, in percent on both axes', () => {
		const options = paretoChartOptions(input);
		expect(options.x?.domain).toEqual([0, 100]);
		expect(options.y?.domain).toEqual([0, 100]);
		expect(options.x?.label).toBe('Share of customers, largest spenders first (%)');
		expect(options.y?.label).toBe('Cumulative share of revenue (%)');
		const svg = Plot.plot(options);
		const lines = svg.querySelectorAll('[aria-label="line"] path');
		// The diagonal of equality and the curve.
		expect(lines).toHaveLength(2);
		const curve = lines[1]?.getAttribute('d') ?? '';
		expect([...curve.matchAll(/[ML]/g)]).toHaveLength(points.length);
	});

	it('marks the 80/20 point and the tier ends where the numbers say', () => {
		const svg = Plot.plot(paretoChartOptions(input));
		const [ends, top] = [dots(svg, 0), dots(svg, 1)];
		expect(ends).toHaveLength(2);
		expect(top).toHaveLength(1);
		// The 80/20 point sits at 20 % of customers, 50 % of revenue: the high tier's end here.
		expect(top[0]).toEqual(ends[0]);
		// The mid tier ends further right and higher (SVG y grows downwards).
		expect(ends[1]![0]).toBeGreaterThan(ends[0]![0]);
		expect(ends[1]![1]).toBeLessThan(ends[0]![1]);
		const titles = [...svg.querySelectorAll('[aria-label="dot"] title')].map((t) => t.textContent);
		expect(titles).toEqual([
			'High tier and above: 2 customers (20.0 %) make 50.0 % of revenue',
			'Mid tier and above: 5 customers (50.0 %) make 80.0 % of revenue',
			'The top 20 % of customers make 50.0 % of revenue (the 2 largest spenders)'
		]);
	});

	it('says what the curve shows in its pointer tip', () => {
		const options = paretoChartOptions(input);
		const tip = options.marks?.at(-1) as Plot.Mark & { channels?: Record<string, unknown> };
		expect(tip).toBeInstanceOf(Plot.Tip);
		const svg = Plot.plot(options);
		expect(svg.querySelector('[aria-label="tip"]')).not.toBeNull();
	});

	it('refuses an empty curve', () => {
		expect(() => paretoChartOptions({ ...input, points: [] })).toThrow('invalid points: none');
	});

	it('renders as before', async () => {
		await expect(svgOf(paretoChartOptions(input))).toMatchFileSnapshot(
			'./__snapshots__/tiers-pareto.svg'
		);
	});
});

describe('paretoHeadline and topGroupSize', () => {
	it('words the headline with one decimal', () => {
		expect(paretoHeadline(20, 0.61349)).toBe('The top 20 % of customers make 61.3 % of revenue');
	});

	const sizes: [number, number, number][] = [
		[10, 20, 2],
		[11, 20, 3],
		[4338, 20, 868],
		[1, 20, 1],
		[0, 20, 0]
	];
	for (const [buyers, percent, expected] of sizes) {
		it(`top ${percent} % of ${buyers} buyers is ${expected}, rounded up`, () => {
			expect(topGroupSize(buyers, percent)).toBe(expected);
		});
	}
});
