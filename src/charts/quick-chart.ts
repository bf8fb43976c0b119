import * as Plot from '@observablehq/plot';
import { columnKind } from '../ui/column-kind';
import { formatCount } from '../ui/format';

/** The quick charts a SQL cell offers. */
export const QUICK_CHART_KINDS = ['bar', 'line', 'dot'] as const;
export type QuickChartKind = (typeof QUICK_CHART_KINDS)[number];

/** A value on the x axis: a category, a number or an instant. */
export type ChartValue = string | number | Date;

/** Which chart to draw and from which columns. */
export interface QuickChartChoice {
	kind: QuickChartKind;
	/** Column shown along x (its name labels the axis). */
	x: string;
	/** Numeric column shown along y. */
	y: string;
}

/** A choice plus the values to draw, as two parallel arrays. */
export interface QuickChartInput extends QuickChartChoice {
	data: { x: ChartValue[]; y: number[] };
	width: number;
}

/** Bars past this many are dropped (the smallest totals first), and the axis label says so. */
export const MAX_BARS = 50;
const HEIGHT = 320;
const COLOR = '#1f5f99'; // --accent: SVG presentation attributes cannot read CSS variables.

/** Observable Plot options for a quick bar, line or dot chart of one result. */
export function quickChartOptions(input: QuickChartInput): Plot.PlotOptions {
	const { kind, data } = input;
	if (data.x.length !== data.y.length) {
		throw new Error(`invalid data: ${data.x.length} x values for ${data.y.length} y values`);
	}
	if (kind === 'bar') return barOptions(input);
	if (kind === 'line') return lineOptions(input);
	if (kind === 'dot') return dotOptions(input);
	throw new Error(`invalid kind: ${String(kind)}`);
}

/** One bar per category, its height the sum of y; text categories sorted by height. */
function barOptions({ x, y, data, width }: QuickChartInput): Plot.PlotOptions {
	const totals = new Map<string | number, { value: ChartValue; total: number }>();
	data.x.forEach((value, i) => {
		const amount = data.y[i]!;
		if (!Number.isFinite(amount)) return;
		const key = value instanceof Date ? value.getTime() : `${typeof value}:${value}`;
		const bar = totals.get(key);
		if (bar) bar.total += amount;
		else totals.set(key, { value, total: amount });
	});
	const summed = totals.size < data.x.length;
	const kept = [...totals.values()].sort((a, b) => b.total - a.total).slice(0, MAX_BARS);
	const ordered = kept.every((bar) => typeof bar.value !== 'string');
	if (ordered) kept.sort((a, b) => +a.value - +b.value);
	const categories = kept.map((bar) => bar.value);
	const heights = kept.map((bar) => bar.total);
	const longest = Math.max(0, ...categories.map((c) => label(c).length));
	const crowded = categories.length > 12 || longest * categories.length * 7 > width * 0.9;
	const dropped = totals.size - kept.length;
	return {
		width,
		height: HEIGHT,
		marginBottom: crowded ? Math.min(120, 30 + longest * 5) : undefined,
		x: {
			type: 'band',
			domain: categories,
			label: dropped > 0 ? `${x} (top ${MAX_BARS} of ${formatCount(totals.size)})` : x,
			tickRotate: crowded ? -35 : 0
		},
		y: { label: summed ? `${y} (sum)` : y, grid: true },
		marks: [
			Plot.barY(categories, { x: categories, y: heights, fill: COLOR, tip: true }),
			Plot.ruleY([0])
		]
	};
}

/** A line through the points in x order. */
function lineOptions({ x, y, data, width }: QuickChartInput): Plot.PlotOptions {
	const { xs, ys, categorical } = sortedByX(data);
	return {
		width,
		height: HEIGHT,
		// Text along x keeps the order of the rows; Plot would otherwise sort it alphabetically.
		x: categorical ? { type: 'point', domain: [...new Set(xs)], label: x } : { label: x },
		y: { label: y, grid: true },
		marks: [
			Plot.lineY(xs, {
				x: xs,
				y: ys,
				stroke: COLOR,
				marker: xs.length <= 40 ? 'circle-stroke' : 'none',
				tip: true
			})
		]
	};
}

/** One dot per row. */
function dotOptions({ x, y, data, width }: QuickChartInput): Plot.PlotOptions {
	return {
		width,
		height: HEIGHT,
		x: { label: x, grid: true },
		y: { label: y, grid: true },
		marks: [Plot.dot(data.x, { x: data.x, y: data.y, stroke: COLOR, tip: true })]
	};
}

/** The points ordered by x when x is numeric or temporal; text keeps the rows' order. */
function sortedByX(data: QuickChartInput['data']) {
	const categorical = data.x.some((value) => typeof value === 'string');
	const order = data.x.map((_, i) => i);
	if (!categorical) order.sort((a, b) => +data.x[a]! - +data.x[b]!);
	return { xs: order.map((i) => data.x[i]!), ys: order.map((i) => data.y[i]!), categorical };
}

function label(value: ChartValue): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * A sensible first chart for a result: the first text or date column along x and the first
 * numeric column along y (bars for text, a line over time), else the first two numeric
 * columns as dots; null when there is nothing to chart.
 */
export function suggestQuickChart(
	columns: readonly { name: string; type: string }[]
): QuickChartChoice | null {
	const typed = columns.map((c) => ({ name: c.name, kind: columnKind(c.type) }));
	const numbers = typed.filter((c) => c.kind === 'number');
	const axis = typed.find((c) => ['text', 'date', 'timestamp'].includes(c.kind));
	if (axis) {
		const y = numbers[0];
		return y ? { kind: axis.kind === 'text' ? 'bar' : 'line', x: axis.name, y: y.name } : null;
	}
	const [x, y] = numbers;
	return x && y ? { kind: 'dot', x: x.name, y: y.name } : null;
}

/** An Arrow cell as a chart value: dates and timestamps (epoch ms) become Dates; null stays null. */
export function toChartValue(value: unknown, type: string): ChartValue | null {
	if (value === null || value === undefined) return null;
	const kind = columnKind(type);
	if ((kind === 'date' || kind === 'timestamp') && typeof value === 'number')
		return new Date(value);
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value;
	return String(value);
}
