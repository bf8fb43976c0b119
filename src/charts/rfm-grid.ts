import * as Plot from '@observablehq/plot';
import type { RfmGridCell } from '../notebook/kinds/rfm';
import { t } from '../i18n/t';
import { formatCount, formatMoney, formatPercent } from '../ui/format';

/** What the R × F heat map draws. */
export interface RfmGridInput {
	/** The 25 cells (empty ones included), as the RFM cell returns them. */
	grid: readonly RfmGridCell[];
	/** ISO currency code of the notebook, for the average monetary. */
	currency: string;
	width: number;
	/** The cell shown as picked (its customers are listed), if any. */
	selected?: { r: number; f: number } | null;
}

const SCORES = [1, 2, 3, 4, 5];
const INK = '#1d2733'; // --ink: SVG presentation attributes cannot read CSS variables.
const ACCENT = '#1f5f99'; // --accent
const MAX_WIDTH = 640;
/** The class of the heat map's group of squares (how decorateRfmGrid finds them). */
export const RFM_GRID_CLASS = 'rfm-grid-squares';

/** Text over a cell this dark (a share of the largest count) is drawn white instead of ink. */
const DARK_FROM = 0.55;

/** The line under a cell's count: its customers' average monetary, or a dash when empty. */
export function rfmCellLabel(cell: RfmGridCell, currency: string): string {
	const money =
		cell.customers > 0
			? t('rfmPanel.grid.avg', { money: formatMoney(cell.avg_monetary, currency) })
			: '–';
	return `${formatCount(cell.customers)}\n${money}`;
}

/** The accessible name of one grid square (a button that lists its customers). */
export function rfmCellAriaLabel(cell: RfmGridCell, currency: string): string {
	return t('rfmPanel.grid.aria', {
		r: cell.r_score,
		f: cell.f_score,
		customers: cell.customers,
		money: formatMoney(cell.avg_monetary, currency)
	});
}

/** The tooltip of one grid cell: what it holds and how its figures are computed. */
export function rfmCellTitle(cell: RfmGridCell, currency: string): string {
	return [
		t('rfmPanel.grid.tipScores', { r: cell.r_score, f: cell.f_score }),
		t('rfmPanel.grid.tipCustomers', {
			customers: cell.customers,
			share: formatPercent(cell.customer_share)
		}),
		t('rfmPanel.grid.tipMoney', { money: formatMoney(cell.avg_monetary, currency) }),
		t('rfmPanel.grid.tipClick')
	].join('\n');
}

/**
 * Observable Plot options for the 5 × 5 R × F heat map: frequency score along x (1 → 5), recency
 * score along y (5, the most recent, on top); colour = customers; each square shows its count and
 * its customers' average monetary; the tooltip says the same in words.
 */
export function rfmGridOptions({
	grid,
	currency,
	width,
	selected
}: RfmGridInput): Plot.PlotOptions {
	const cells = checkedGrid(grid);
	const most = Math.max(1, ...cells.map((c) => c.customers));
	const dark = (c: RfmGridCell) => c.customers >= DARK_FROM * most;
	const text = (filter: (c: RfmGridCell) => boolean, fill: string) =>
		Plot.text(cells, {
			x: 'f_score',
			y: 'r_score',
			text: (c: RfmGridCell) => rfmCellLabel(c, currency),
			filter,
			fill,
			fontSize: 12,
			lineHeight: 1.25,
			// Clicks and the tooltip belong to the square underneath.
			pointerEvents: 'none'
		});
	const picked = cells.filter((c) => c.r_score === selected?.r && c.f_score === selected?.f);
	const side = Math.max(280, Math.min(width, MAX_WIDTH));
	return {
		width: side,
		height: Math.round(side * 0.72),
		marginLeft: 56,
		marginBottom: 44,
		padding: 0,
		x: {
			type: 'band',
			domain: SCORES,
			tickFormat: (n: number) => formatCount(n),
			label: t('rfmPanel.grid.x'),
			labelAnchor: 'center',
			labelOffset: 36
		},
		y: {
			type: 'band',
			domain: [...SCORES].reverse(),
			tickFormat: (n: number) => formatCount(n),
			label: t('rfmPanel.grid.y'),
			labelAnchor: 'center',
			labelOffset: 44
		},
		color: {
			type: 'linear',
			scheme: 'blues',
			domain: [0, most],
			legend: true,
			label: t('rfmPanel.grid.legend'),
			tickFormat: (n: number) => formatCount(n)
		},
		marks: [
			Plot.cell(cells, {
				x: 'f_score',
				y: 'r_score',
				fill: 'customers',
				inset: 1,
				className: RFM_GRID_CLASS,
				ariaLabel: (c: RfmGridCell) => rfmCellAriaLabel(c, currency),
				title: (c: RfmGridCell) => rfmCellTitle(c, currency),
				tip: true
			}),
			Plot.cell(picked, {
				x: 'f_score',
				y: 'r_score',
				fill: 'none',
				stroke: ACCENT,
				strokeWidth: 3,
				inset: 2,
				pointerEvents: 'none'
			}),
			text((c) => !dark(c), INK),
			text(dark, 'white')
		]
	};
}

/** The 25 cells in R, F order; throws `invalid grid: …` unless each R × F pair is there once. */
function checkedGrid(grid: readonly RfmGridCell[]): RfmGridCell[] {
	const cells = [...grid].sort((a, b) => a.r_score - b.r_score || a.f_score - b.f_score);
	const ok =
		cells.length === 25 &&
		cells.every((c, i) => c.r_score === 1 + Math.floor(i / 5) && c.f_score === 1 + (i % 5));
	if (!ok) throw new Error(`invalid grid: ${cells.length} cells, expected 25 (R 1–5 × F 1–5)`);
	return cells;
}

/** Called with the R and F scores of a square the user clicks or presses Enter on. */
export type RfmCellPick = (cell: { r: number; f: number }) => void;

/**
 * Makes the heat map's squares into buttons after Plot has drawn them: each `rect` of the cell
 * mark gets `data-testid="rfm-grid-cell"`, `data-r`, `data-f`, `data-customers`, the button
 * role, a tab stop and click / Enter / Space handlers. The listeners live on the node, so they
 * go when the figure removes it.
 */
export function decorateRfmGrid(
	node: Element,
	grid: readonly RfmGridCell[],
	onpick: RfmCellPick
): void {
	const cells = checkedGrid(grid);
	const rects = node.querySelectorAll<SVGRectElement>(`g.${RFM_GRID_CLASS} rect`);
	rects.forEach((rect) => {
		// Plot binds each element to its datum's index (d3's `__data__`).
		const index = (rect as unknown as { __data__?: unknown }).__data__;
		const cell = typeof index === 'number' ? cells[index] : undefined;
		if (!cell) return;
		const { r_score: r, f_score: f } = cell;
		rect.setAttribute('data-testid', 'rfm-grid-cell');
		rect.setAttribute('data-r', String(r));
		rect.setAttribute('data-f', String(f));
		rect.setAttribute('data-customers', String(cell.customers));
		rect.setAttribute('role', 'button');
		rect.setAttribute('tabindex', '0');
		rect.style.cursor = 'pointer';
		rect.addEventListener('click', () => onpick({ r, f }));
		rect.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter' && event.key !== ' ') return;
			event.preventDefault();
			onpick({ r, f });
		});
	});
}
