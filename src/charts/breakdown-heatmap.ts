import * as Plot from '@observablehq/plot';
import type { BreakdownHighlight, BreakdownRow } from '../notebook/kinds/breakdown';
import { t } from '../i18n/t';
import { locale } from '../i18n/locale.svelte';
import { localiseNumerals } from '../i18n/number-format';
import { shownValue } from '../i18n/value-labels';
import { formatCount, formatDate, formatMoney, formatNumber, formatPercent } from '../ui/format';

/** What the index heat map draws. */
export interface BreakdownHeatmapInput {
	rows: readonly BreakdownRow[];
	highlight: BreakdownHighlight;
	/** Names of the segment column and the attribute, for the axes. */
	segmentColumn: string;
	attribute: string;
	currency: string;
	asOf: string;
	width: number;
	/** The square whose customers are listed: drawn with a thick outline. */
	selected?: { segment: string; value: string } | null;
}

/** How a cell compares with the base under the highlight rule. */
export type Representation = 'over' | 'under' | null;

// SVG presentation attributes cannot read CSS variables: these mirror global.css.
const INK = '#1d2733';
const PICKED = '#e08a00';
/** The colour scale stops at these indices (a quarter and four times the base share). */
export const INDEX_CLAMP = [25, 400] as const;
const MARGIN = { top: 56, right: 16, bottom: 8, left: 150 };

/** Customers the cell would hold if the segment looked like the base. */
export function expectedCustomers(row: BreakdownRow): number {
	return row.segment_customers * row.share_in_base;
}

/** Over- or under-represented under the rule, or null (within the band, or too few expected). */
export function representation(row: BreakdownRow, rule: BreakdownHighlight): Representation {
	if (expectedCustomers(row) < rule.minExpected) return null;
	if (row.index_vs_base >= rule.over) return 'over';
	if (row.index_vs_base <= rule.under) return 'under';
	return null;
}

/** The highlight rule in words. */
export function highlightRuleText(rule: BreakdownHighlight): string {
	return t('breakdown.rule', {
		over: formatNumber(rule.over),
		under: formatNumber(rule.under),
		min: formatNumber(rule.minExpected)
	});
}

/** The index rounded for reading: 132. */
export function formatIndex(index: number): string {
	return Number.isFinite(index) ? localiseNumerals(String(Math.round(index)), locale.current) : '–';
}

/** The tooltip of one segment × value cell: the numbers and how the index is computed. */
export function breakdownCellTitle(
	row: BreakdownRow,
	input: Pick<BreakdownHeatmapInput, 'highlight' | 'currency' | 'asOf'> &
		Partial<Pick<BreakdownHeatmapInput, 'segmentColumn' | 'attribute'>>
): string {
	const rep = representation(row, input.highlight);
	const lines = [
		t('breakdown.chart.segment', {
			segment: shownValue(input.segmentColumn ?? '', row.segment),
			value: shownValue(input.attribute ?? '', row.value)
		}),
		t('breakdown.chart.ofSegment', {
			count: row.customers,
			total: row.segment_customers,
			share: formatPercent(row.share_in_segment)
		}),
		t('breakdown.chart.base', {
			count: row.base_customers,
			share: formatPercent(row.share_in_base)
		}),
		t('breakdown.chart.index', {
			index: formatIndex(row.index_vs_base),
			inSegment: formatPercent(row.share_in_segment),
			inBase: formatPercent(row.share_in_base)
		}),
		t('breakdown.chart.revenue', {
			date: formatDate(input.asOf),
			revenue: formatMoney(row.revenue, input.currency)
		})
	];
	if (rep) lines.push(t(rep === 'over' ? 'breakdown.chart.over' : 'breakdown.chart.under'));
	return lines.join('\n');
}

/** Segments in first-seen order and values in their natural order (value_order). */
export function breakdownAxes(rows: readonly BreakdownRow[]): {
	segments: string[];
	values: string[];
} {
	const segments = [...new Set(rows.map((r) => r.segment))];
	const order = new Map<string, number>();
	for (const r of rows) order.set(r.value, r.value_order);
	const values = [...order.keys()].sort(
		(a, b) => order.get(a)! - order.get(b)! || (a < b ? -1 : 1)
	);
	return { segments, values };
}

const clampIndex = (i: number) => Math.min(INDEX_CLAMP[1], Math.max(INDEX_CLAMP[0], i));

/**
 * Observable Plot options for the index heat map: segments down y, the attribute's values along
 * x; colour = index vs base on a log scale diverging around 100 (blue above, red below, clamped
 * at 25 and 400); each square shows its index and share in segment; squares meeting the
 * highlight rule are outlined. Every square's rect carries its numbers as data attributes.
 */
export function breakdownHeatmapOptions(input: BreakdownHeatmapInput): Plot.PlotOptions {
	const { rows, highlight, segmentColumn, attribute, width } = input;
	const { segments, values } = breakdownAxes(rows);
	const rowHeight = 30;
	const bandWidth = (width - MARGIN.left - MARGIN.right) / Math.max(1, values.length);
	const showText = bandWidth >= 40;
	const marked = rows.filter((r) => representation(r, highlight) !== null);
	const picked = input.selected
		? rows.filter((r) => r.segment === input.selected!.segment && r.value === input.selected!.value)
		: [];
	return {
		width,
		height: MARGIN.top + MARGIN.bottom + segments.length * rowHeight,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		x: {
			type: 'band',
			domain: values,
			padding: 0,
			axis: 'top',
			label: `${attribute} →`,
			tickSize: 0,
			tickFormat: (v: string) => shownValue(attribute, v)
		},
		y: {
			type: 'band',
			domain: segments,
			padding: 0,
			label: segmentColumn,
			tickSize: 0,
			tickFormat: (v: string) => shownValue(segmentColumn, v)
		},
		color: {
			type: 'diverging-log',
			pivot: 100,
			domain: [...INDEX_CLAMP],
			scheme: 'rdbu',
			legend: true,
			label: t('breakdown.chart.legend'),
			ticks: [25, 50, 100, 200, 400],
			tickFormat: (v: number) => formatCount(v)
		},
		marks: [
			Plot.cell(rows, {
				x: 'value',
				y: 'segment',
				fill: (r: BreakdownRow) => clampIndex(r.index_vs_base),
				inset: 0.5,
				title: (r: BreakdownRow) => breakdownCellTitle(r, input),
				tip: true,
				render: tagCells(rows, highlight)
			}),
			Plot.cell(marked, {
				x: 'value',
				y: 'segment',
				fill: 'none',
				stroke: INK,
				strokeWidth: 2,
				inset: 1.5,
				pointerEvents: 'none'
			}),
			Plot.cell(picked, {
				x: 'value',
				y: 'segment',
				fill: 'none',
				stroke: PICKED,
				strokeWidth: 3,
				inset: 0,
				pointerEvents: 'none'
			}),
			showText
				? Plot.text(rows, {
						x: 'value',
						y: 'segment',
						text: (r: BreakdownRow) =>
							`${formatIndex(r.index_vs_base)}\n${formatPercent(r.share_in_segment, 0)}`,
						fill: (r: BreakdownRow) =>
							r.index_vs_base >= 250 || r.index_vs_base <= 40 ? 'white' : INK,
						fontSize: 10,
						lineHeight: 1.1,
						pointerEvents: 'none'
					})
				: null
		]
	};
}

/** A render transform writing each square's numbers onto its rect, for tests and tools. */
function tagCells(
	rows: readonly BreakdownRow[],
	highlight: BreakdownHighlight
): Plot.RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next!(index, scales, values, dimensions, context);
		if (!g) return g;
		// d3 binds each rect to its position in the data (`__data__`), which Plot renders from.
		for (const rect of g.querySelectorAll('rect')) {
			const i = (rect as unknown as { __data__?: number }).__data__;
			const r = i === undefined ? undefined : rows[i];
			if (!r) continue;
			rect.setAttribute('data-testid', 'breakdown-square');
			rect.setAttribute('data-segment', r.segment);
			rect.setAttribute('data-value', r.value);
			rect.setAttribute('data-customers', String(r.customers));
			rect.setAttribute('data-index', String(r.index_vs_base));
			const rep = representation(r, highlight);
			if (rep) rect.setAttribute('data-representation', rep);
		}
		return g;
	};
}
