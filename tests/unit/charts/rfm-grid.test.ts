// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it, vi } from 'vitest';
import {
	decorateRfmGrid,
	rfmCellLabel,
	rfmCellTitle,
	rfmGridOptions,
	RFM_GRID_CLASS
} from '../../../src/charts/rfm-grid';
import type { RfmGridCell } from '../../../src/notebook/kinds/rfm';
import { stubCanvas } from './jsdom-canvas';

stubCanvas();

/** Renders options to SVG text with numbers rounded, so float noise does not break snapshots. */
function svgOf(options: Plot.PlotOptions): string {
	const node = Plot.plot(options);
	return node.outerHTML
		.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
}

// 25 cells, given out of order: R × F customers = 10 × r + f, except R2 × F2, which is empty.
const grid: RfmGridCell[] = [];
for (let r = 5; r >= 1; r--) {
	for (let f = 1; f <= 5; f++) {
		const customers = r === 2 && f === 2 ? 0 : 10 * r + f;
		grid.push({
			r_score: r,
			f_score: f,
			customers,
			customer_share: customers / 1000,
			avg_monetary: customers ? 100 * f + 0.5 : null
		});
	}
}
const input = { grid, currency: 'EUR', width: 600 };

function squares(node: Element): SVGRectElement[] {
	return [...node.querySelectorAll<SVGRectElement>(`g.${RFM_GRID_CLASS} rect`)];
}

describe('rfmGridOptions', () => {
	it('draws 25 squares with a count and an average in each', () => {
		const node = Plot.plot(rfmGridOptions(input));
		expect(squares(node)).toHaveLength(25);
		const texts = [...node.querySelectorAll('g[aria-label="text"] text')].map((t) =>
			[...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' | ')
		);
		expect(texts).toHaveLength(25);
		expect(texts).toContain('55 | avg €500.50');
		expect(texts).toContain('0 | –');
	});

	it('puts R 5 on top and F 5 on the right, with labelled axes and a legend', () => {
		const options = rfmGridOptions(input);
		expect(options.y?.domain).toEqual([5, 4, 3, 2, 1]);
		expect(options.x?.domain).toEqual([1, 2, 3, 4, 5]);
		expect(String(options.x?.label)).toContain('Frequency score F');
		expect(String(options.y?.label)).toContain('Recency score R');
		expect(options.color?.legend).toBe(true);
		expect(options.color?.label).toBe('Customers in the square');
	});

	it('says what a square holds in its tooltip', () => {
		const cell = grid.find((c) => c.r_score === 3 && c.f_score === 4)!;
		expect(rfmCellTitle(cell, 'USD')).toBe(
			[
				'Recency score 3 × frequency score 4',
				'34 customers (3.4 % of buyers)',
				'Average monetary (total spend per customer): $400.50',
				'Click to list these customers'
			].join('\n')
		);
		expect(rfmCellLabel({ ...cell, customers: 1234, avg_monetary: 2500 }, 'USD')).toBe(
			'1,234\navg $2,500'
		);
	});

	it('outlines the picked square', () => {
		const outline = 'g[aria-label="cell"][stroke="#1f5f99"] rect';
		expect(Plot.plot(rfmGridOptions(input)).querySelectorAll(outline)).toHaveLength(0);
		const node = Plot.plot(rfmGridOptions({ ...input, selected: { r: 2, f: 5 } }));
		const picked = [...node.querySelectorAll(outline)];
		expect(picked).toHaveLength(1);
		const square = squares(node).find((s) => s.getAttribute('aria-label')?.startsWith('R 2 × F 5'));
		// Drawn over that square, 1 px further in.
		for (const at of ['x', 'y']) {
			expect(Number(picked[0]!.getAttribute(at)) - Number(square!.getAttribute(at))).toBe(1);
		}
	});

	it('refuses a grid that is not 5 × 5', () => {
		expect(() => rfmGridOptions({ ...input, grid: grid.slice(1) })).toThrow(
			'invalid grid: 24 cells, expected 25 (R 1–5 × F 1–5)'
		);
		const twice = grid.map((c) => ({ ...c, f_score: 1 }));
		expect(() => rfmGridOptions({ ...input, grid: twice })).toThrow('invalid grid');
	});

	it('renders the grid as before', async () => {
		await expect(svgOf(rfmGridOptions(input))).toMatchFileSnapshot('./__snapshots__/rfm-grid.svg');
	});
});

describe('decorateRfmGrid', () => {
	it('gives every square its scores, count and a click handler', () => {
		const node = Plot.plot(rfmGridOptions(input));
		const pick = vi.fn();
		decorateRfmGrid(node, grid, pick);
		const cells = [...node.querySelectorAll<SVGRectElement>('[data-testid="rfm-grid-cell"]')];
		expect(cells).toHaveLength(25);
		const total = cells.reduce((sum, c) => sum + Number(c.dataset['customers']), 0);
		expect(total).toBe(grid.reduce((sum, c) => sum + c.customers, 0));
		for (const cell of cells) {
			const r = Number(cell.dataset['r']);
			const f = Number(cell.dataset['f']);
			expect(Number(cell.dataset['customers'])).toBe(r === 2 && f === 2 ? 0 : 10 * r + f);
		}
		const r4f1 = cells.find((c) => c.dataset['r'] === '4' && c.dataset['f'] === '1')!;
		expect(r4f1.getAttribute('role')).toBe('button');
		expect(r4f1.getAttribute('aria-label')).toBe(
			'R 4 × F 1: 41 customers, average monetary €100.50. List them.'
		);
		r4f1.dispatchEvent(new MouseEvent('click'));
		r4f1.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(pick.mock.calls).toEqual([[{ r: 4, f: 1 }], [{ r: 4, f: 1 }]]);
	});
});
