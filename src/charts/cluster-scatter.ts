import * as Plot from '@observablehq/plot';
import { clusterColor, clusterName, rgbOf } from './cluster-colors';
import { t } from '../i18n/t';
import { localTickFormat } from './local-ticks';
import { formatNumber } from '../ui/format';

/** Above this many points the scatter is drawn as a raster image instead of SVG dots. */
export const RASTER_THRESHOLD = 20_000;
/** Side of a raster bin, in CSS pixels: small enough to look like dots, large enough to see. */
export const RASTER_BIN = 2;

/** A cluster centre, in the chart's coordinates. */
export interface ScatterCentroid {
	cluster: number;
	x: number;
	y: number;
}

/** Where the drawn points landed on screen: `rows[i]` is at (`px[i]`, `py[i]`). */
export interface ScatterLayout {
	rows: Int32Array;
	px: Float32Array;
	py: Float32Array;
	width: number;
	height: number;
}

/** What the scatter draws: one point per row, coloured by its cluster. */
export interface ScatterInput {
	x: ArrayLike<number>;
	y: ArrayLike<number>;
	/** Cluster per row (0-based); rows below 0 or with a non-finite coordinate are not drawn. */
	labels: Int32Array;
	k: number;
	centroids: readonly ScatterCentroid[];
	xLabel: string;
	yLabel: string;
	/** `symlog` for skewed, never-negative features (the ones clustered after log1p). */
	xType?: 'linear' | 'symlog';
	yType?: 'linear' | 'symlog';
	width: number;
	height?: number;
	rasterThreshold?: number;
	/** Told where every drawn point is, for the hover lookup. */
	onlayout?: (layout: ScatterLayout) => void;
}

/** The rows that can be drawn: clustered, with both coordinates finite. */
export function drawnRows(input: Pick<ScatterInput, 'x' | 'y' | 'labels'>): Int32Array {
	const { x, y, labels } = input;
	const rows: number[] = [];
	for (let i = 0; i < labels.length; i++) {
		if (labels[i]! >= 0 && Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) rows.push(i);
	}
	return Int32Array.from(rows);
}

/** True when the scatter of `points` points is drawn as a raster. */
export function usesRaster(points: number, threshold = RASTER_THRESHOLD): boolean {
	return points > threshold;
}

/**
 * Observable Plot options for the cluster scatter: every customer as a point coloured by its
 * cluster, the centres as numbered discs on top. Up to `rasterThreshold` points are SVG dots;
 * above it they are binned into a canvas image (each bin the colour of its most common
 * cluster, more opaque where more customers fall), which draws 500,000 points in a few tens of
 * milliseconds where as many SVG nodes would take seconds.
 */
export function clusterScatterOptions(input: ScatterInput): Plot.PlotOptions {
	const { x, y, labels, k, centroids, width, height = 420 } = input;
	if (x.length !== labels.length || y.length !== labels.length) {
		throw new Error(`invalid data: ${x.length} x and ${y.length} y for ${labels.length} labels`);
	}
	const rows = drawnRows(input);
	const raster = usesRaster(rows.length, input.rasterThreshold);
	const xDomain = extent(
		rows,
		x,
		centroids.map((c) => c.x)
	);
	const yDomain = extent(
		rows,
		y,
		centroids.map((c) => c.y)
	);
	const colors = Array.from({ length: k }, (_, c) => clusterColor(c));
	const marks: Plot.Markish[] = [Plot.frame({ stroke: '#d5dbe3' })];
	if (!raster) {
		marks.push(
			Plot.dot(rows, {
				x: (i: number) => x[i],
				y: (i: number) => y[i],
				fill: (i: number) => labels[i],
				r: rows.length > 5000 ? 1.6 : 2.4,
				fillOpacity: 0.75
			})
		);
	}
	marks.push(layoutMark(input, rows, raster ? colors : null));
	marks.push(
		// A dark ring outside a white one: the centre stands out on points of its own colour.
		Plot.dot(centroids, { x: 'x', y: 'y', r: 12, fill: '#1b2430' }),
		Plot.dot(centroids, {
			x: 'x',
			y: 'y',
			r: 10,
			fill: 'cluster',
			stroke: 'white',
			strokeWidth: 2,
			title: (c: ScatterCentroid) =>
				t('clusters.scatter.centre', {
					cluster: clusterName(c.cluster),
					x: formatNumber(c.x, 2),
					y: formatNumber(c.y, 2)
				})
		}),
		Plot.text(centroids, {
			x: 'x',
			y: 'y',
			text: (c: ScatterCentroid) => String(c.cluster + 1),
			fill: 'white',
			fontWeight: 700,
			fontSize: 11
		})
	);
	return {
		width,
		height,
		marginLeft: 60,
		marginBottom: 40,
		x: {
			type: input.xType ?? 'linear',
			domain: xDomain,
			nice: true,
			label: input.xLabel,
			tickFormat: localTickFormat(),
			grid: true
		},
		y: {
			type: input.yType ?? 'linear',
			domain: yDomain,
			nice: true,
			label: input.yLabel,
			tickFormat: localTickFormat(),
			grid: true
		},
		color: { type: 'ordinal', domain: colors.map((_, c) => c), range: colors },
		marks
	};
}

// The axes are fixed from the data, since the raster mark does not take part in Plot's domains.
function extent(rows: Int32Array, values: ArrayLike<number>, more: number[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const row of rows) {
		const v = values[row]!;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	for (const v of more) {
		if (!Number.isFinite(v)) continue;
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	if (lo > hi) return [0, 1];
	return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/**
 * A mark that places every drawn point with the plot's own scales (so the hover lookup and the
 * raster agree with the axes exactly), reports the layout, and, for a raster, draws the image.
 */
function layoutMark(
	input: ScatterInput,
	rows: Int32Array,
	colors: string[] | null
): Plot.RenderFunction {
	return (_index, scales, _values, dimensions, context) => {
		const sx = scales.x!;
		const sy = scales.y!;
		const px = new Float32Array(rows.length);
		const py = new Float32Array(rows.length);
		rows.forEach((row, i) => {
			px[i] = sx(input.x[row]!) as number;
			py[i] = sy(input.y[row]!) as number;
		});
		input.onlayout?.({ rows, px, py, width: dimensions.width, height: dimensions.height });
		const doc = context.document;
		const group = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
		if (!colors) return group;
		group.setAttribute('aria-label', 'customers (raster)');
		const { marginLeft, marginTop, marginRight, marginBottom, width, height } = dimensions;
		const w = Math.max(1, Math.ceil((width - marginLeft - marginRight) / RASTER_BIN));
		const h = Math.max(1, Math.ceil((height - marginTop - marginBottom) / RASTER_BIN));
		const canvas = doc.createElement('canvas');
		canvas.width = w;
		canvas.height = h;
		const paint = canvas.getContext('2d');
		if (!paint) return group;
		const labels = Int32Array.from(rows, (row) => input.labels[row]!);
		const bx = px.map((p) => (p - marginLeft) / RASTER_BIN);
		const by = py.map((p) => (p - marginTop) / RASTER_BIN);
		const image = paint.createImageData(w, h);
		image.data.set(densityPixels(bx, by, labels, colors, w, h));
		paint.putImageData(image, 0, 0);
		const node = doc.createElementNS('http://www.w3.org/2000/svg', 'image');
		node.setAttribute('x', String(marginLeft));
		node.setAttribute('y', String(marginTop));
		node.setAttribute('width', String(w * RASTER_BIN));
		node.setAttribute('height', String(h * RASTER_BIN));
		node.setAttribute('preserveAspectRatio', 'none');
		node.setAttribute('style', 'image-rendering: pixelated');
		node.setAttribute('href', canvas.toDataURL());
		group.append(node);
		return group;
	};
}

/**
 * RGBA pixels of a `w × h` raster: each point adds to its bin's count for its cluster; a bin
 * takes the colour of its most common cluster, its opacity rising with the log of its count
 * (from 0.6 for one customer to 1 for the busiest bin), so dense areas read as dense.
 */
export function densityPixels(
	bx: Float32Array,
	by: Float32Array,
	labels: Int32Array,
	colors: readonly string[],
	w: number,
	h: number
): Uint8ClampedArray {
	const k = colors.length;
	const counts = new Uint32Array(w * h * k);
	const totals = new Uint32Array(w * h);
	for (let i = 0; i < labels.length; i++) {
		const c = Math.floor(bx[i]!);
		const r = Math.floor(by[i]!);
		const label = labels[i]!;
		if (!(c >= 0 && c < w && r >= 0 && r < h) || label < 0 || label >= k) continue;
		const bin = r * w + c;
		counts[bin * k + label]!++;
		totals[bin]!++;
	}
	let busiest = 0;
	for (const t of totals) busiest = Math.max(busiest, t);
	const rgb = colors.map(rgbOf);
	const pixels = new Uint8ClampedArray(w * h * 4);
	const scale = Math.log1p(busiest) || 1;
	for (let bin = 0; bin < w * h; bin++) {
		const total = totals[bin]!;
		if (total === 0) continue;
		let top = 0;
		for (let c = 1; c < k; c++) if (counts[bin * k + c]! > counts[bin * k + top]!) top = c;
		const [red, green, blue] = rgb[top]!;
		pixels.set(
			[red, green, blue, Math.round(255 * (0.6 + (0.4 * Math.log1p(total)) / scale))],
			bin * 4
		);
	}
	return pixels;
}
