// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	breakdownAxes,
	breakdownCellTitle,
	breakdownHeatmapOptions,
	expectedCustomers,
	highlightRuleText,
	representation,
	type BreakdownHeatmapInput
} from '../../../src/charts/breakdown-heatmap';
import {
	DEFAULT_HIGHLIGHT,
	suggestBands,
	type BreakdownRow
} from '../../../src/notebook/kinds/breakdown';
import { stubCanvas } from './jsdom-canvas';

stubCanvas();

/** A row from counts: the base is 200 customers, 100 of each value. */
function row(segment: string, size: number, value: string, order: number, n: number): BreakdownRow {
	const shareInBase = 0.5;
	return {
		segment,
		value,
		value_order: order,
		customers: n,
		segment_customers: size,
		share_in_segment: n / size,
		base_customers: 100,
		share_in_base: shareInBase,
		revenue: n * 10,
		index_vs_base: (n / size / shareInBase) * 100
	};
}

// Champions: 60 of 80 female (index 150), 20 male (50). New: 10 of 20 each (100).
// Tiny: 3 of 4 female (150) but only 2 expected, so never highlighted.
const rows = [
	row('Champions', 80, 'female', 1, 60),
	row('Champions', 80, 'male', 2, 20),
	row('New', 20, 'male', 2, 10),
	row('New', 20, 'female', 1, 10),
	row('Tiny', 4, 'female', 1, 3),
	row('Tiny', 4, 'male', 2, 1)
];
const input: BreakdownHeatmapInput = {
	rows,
	highlight: DEFAULT_HIGHLIGHT,
	segmentColumn: 'rfm_segment',
	attribute: 'gender',
	currency: 'EUR',
	asOf: '2024-07-01',
	width: 640
};

describe('representation', () => {
	it.each([
		[rows[0]!, 'over'],
		[rows[1]!, 'under'],
		[rows[2]!, null],
		[rows[4]!, null]
	])('%# → %s', (r, expected) => {
		expect(representation(r, DEFAULT_HIGHLIGHT)).toBe(expected);
	});

	it('counts the boundaries in, and needs enough expected customers', () => {
		// New × male: 20 × 0.5 = 10 customers expected.
		const at = { ...rows[2]!, index_vs_base: 120 };
		const rule = { ...DEFAULT_HIGHLIGHT, minExpected: 10 };
		expect(representation(at, rule)).toBe('over');
		expect(representation({ ...at, index_vs_base: 80 }, rule)).toBe('under');
		expect(representation({ ...at, index_vs_base: 119.9 }, rule)).toBeNull();
		expect(expectedCustomers(rows[2]!)).toBe(10);
		expect(representation(at, { ...DEFAULT_HIGHLIGHT, minExpected: 10.5 })).toBeNull();
		expect(highlightRuleText(DEFAULT_HIGHLIGHT)).toContain('index ≥ 120');
	});
});

describe('breakdownHeatmapOptions', () => {
	it('orders values by value_order and segments as listed', () => {
		expect(breakdownAxes(rows)).toEqual({
			segments: ['Champions', 'New', 'Tiny'],
			values: ['female', 'male']
		});
	});

	it('tags one rect per segment × value, with its numbers and highlight', () => {
		const node = Plot.plot(breakdownHeatmapOptions(input));
		const rects = [...node.querySelectorAll('[data-testid="breakdown-square"]')];
		expect(rects).toHaveLength(6);
		const tagged = rects
			.map((r) =>
				['data-segment', 'data-value', 'data-customers', 'data-index', 'data-representation'].map(
					(a) => r.getAttribute(a)
				)
			)
			.sort();
		expect(tagged).toEqual([
			['Champions', 'female', '60', '150', 'over'],
			['Champions', 'male', '20', '50', 'under'],
			['New', 'female', '10', '100', null],
			['New', 'male', '10', '100', null],
			['Tiny', 'female', '3', '150', null],
			['Tiny', 'male', '1', '50', null]
		]);
		// Two outlines: the highlighted squares.
		const groups = node.querySelectorAll('[aria-label="cell"]');
		expect(groups[1]!.querySelectorAll('rect')).toHaveLength(2);
		const texts = [...node.querySelectorAll('[aria-label="text"] text')].map((t) => t.textContent);
		expect(texts).toContain('15075 %');
	});

	it('outlines the square whose customers are listed, over the square itself', () => {
		const outline = (node: Element) =>
			[...node.querySelectorAll('[aria-label="cell"]')].filter(
				(g) => g.getAttribute('stroke-width') === '3'
			);
		expect(outline(Plot.plot(breakdownHeatmapOptions(input)))).toHaveLength(0);
		const node = Plot.plot(
			breakdownHeatmapOptions({ ...input, selected: { segment: 'New', value: 'male' } })
		);
		const [group, ...more] = outline(node);
		expect(more).toHaveLength(0);
		const rects = [...group!.querySelectorAll('rect')];
		expect(rects).toHaveLength(1);
		const square = node.querySelector(
			'[data-testid="breakdown-square"][data-segment="New"][data-value="male"]'
		)!;
		const box = (r: Element) => ['x', 'y'].map((a) => Number(r.getAttribute(a)));
		// The outline has no inset, the square half a pixel.
		expect(box(rects[0]!).map((v) => v + 0.5)).toEqual(box(square));
	});

	it('colours the index on a log scale diverging around 100', () => {
		const options = breakdownHeatmapOptions(input);
		expect(options.color?.type).toBe('diverging-log');
		expect(options.color?.pivot).toBe(100);
		expect(options.color?.domain).toEqual([25, 400]);
	});

	it('explains each square in its tooltip', () => {
		expect(breakdownCellTitle(rows[0]!, input)).toBe(
			[
				'Segment Champions × female',
				"60 of the segment's 80 customers (75.0 %)",
				'Whole base: 100 customers (50.0 %)',
				'Index 150 = 75.0 % ÷ 50.0 % × 100',
				'Revenue before 2024-07-01: €600.00',
				'Over-represented'
			].join('\n')
		);
	});
});

describe('suggestBands', () => {
	it.each([
		[{ name: 'gender', type: 'VARCHAR' }, 3, { kind: 'text', top: 10 }],
		[{ name: 'birth_date', type: 'DATE' }, 900, { kind: 'age_from_birth_date' }],
		[{ name: 'age', type: 'BIGINT' }, 60, { kind: 'age' }],
		[{ name: 'children', type: 'BIGINT' }, 5, { kind: 'text', top: 12 }],
		[{ name: 'annual_income', type: 'DOUBLE' }, 800, { kind: 'quantiles', count: 4 }],
		[{ name: 'signup_date', type: 'DATE' }, 300, { kind: 'text', top: 10 }]
	])('%o', (column, distinct, expected) => {
		expect(suggestBands(column, distinct)).toEqual(expected);
	});
});
