// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLUSTER_COLORS, clusterColor, rgbOf } from '../../../src/charts/cluster-colors';
import { buildPointIndex, nearestPoint } from '../../../src/charts/cluster-point-index';
import {
	clusterScatterOptions,
	densityPixels,
	drawnRows,
	RASTER_THRESHOLD,
	type ScatterInput,
	type ScatterLayout
} from '../../../src/charts/cluster-scatter';

function blobs(n: number): ScatterInput {
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	const labels = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		labels[i] = i % 3;
		x[i] = labels[i]! * 10 + (i % 7) / 7;
		y[i] = labels[i]! * -5 + (i % 5) / 5;
	}
	return {
		x,
		y,
		labels,
		k: 3,
		centroids: [0, 1, 2].map((c) => ({ cluster: c, x: c * 10 + 0.5, y: c * -5 + 0.4 })),
		xLabel: 'PC1 (60.0 % of variance)',
		yLabel: 'PC2 (30.0 % of variance)',
		width: 500
	};
}

afterEach(() => vi.restoreAllMocks());

describe('clusterScatterOptions', () => {
	it('draws up to the threshold as SVG dots coloured by cluster, centres numbered on top', () => {
		let layout: ScatterLayout | undefined;
		const input = { ...blobs(300), onlayout: (l: ScatterLayout) => (layout = l) };
		input.labels[5] = -1; // not clustered (dropped for a missing value): not drawn
		(input.x as Float64Array)[6] = Number.NaN;
		const svg = Plot.plot(clusterScatterOptions(input));
		const [points, rings, centres] = svg.querySelectorAll('[aria-label="dot"]');
		expect(rings!.querySelectorAll('circle')).toHaveLength(3);
		expect(points!.querySelectorAll('circle')).toHaveLength(298);
		expect(centres!.querySelectorAll('circle')).toHaveLength(3);
		const fills = new Set(
			[...points!.querySelectorAll('circle')].map((c) => c.getAttribute('fill'))
		);
		expect([...fills].sort()).toEqual([...CLUSTER_COLORS.slice(0, 3)].sort());
		expect([...svg.querySelectorAll('[aria-label="text"] text')].map((t) => t.textContent)).toEqual(
			['1', '2', '3']
		);
		expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toContain('PC1');
		expect(svg.querySelector('image')).toBeNull();
		// The layout places each drawn point where Plot drew its dot.
		expect(layout!.rows).toHaveLength(298);
		const first = points!.querySelector('circle')!;
		expect(layout!.px[0]).toBeCloseTo(Number(first.getAttribute('cx')), 3);
		expect(layout!.py[0]).toBeCloseTo(Number(first.getAttribute('cy')), 3);
	});

	it('draws more points than the threshold as one raster image, with no dot per customer', () => {
		const painted: ImageData[] = [];
		const paint = {
			createImageData: (w: number, h: number) => ({
				width: w,
				height: h,
				data: new Uint8ClampedArray(w * h * 4)
			}),
			putImageData: (image: ImageData) => painted.push(image)
		};
		vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(paint as never);
		vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AA');
		const n = RASTER_THRESHOLD + 1;
		const started = performance.now();
		const svg = Plot.plot(clusterScatterOptions(blobs(n)));
		expect(performance.now() - started).toBeLessThan(2000);
		const [, centres] = svg.querySelectorAll('[aria-label="dot"]');
		expect(centres!.querySelectorAll('circle')).toHaveLength(3);
		const image = svg.querySelector('[aria-label="customers (raster)"] image');
		expect(image?.getAttribute('href')).toBe('data:image/png;base64,AA');
		expect(painted).toHaveLength(1);
		const alpha = painted[0]!.data.filter((_, i) => i % 4 === 3);
		expect(alpha.some((a) => a > 0)).toBe(true);
	});

	it('uses a log-like axis when asked (features clustered after log1p)', () => {
		const options = clusterScatterOptions({ ...blobs(30), xType: 'symlog' });
		expect(options.x?.type).toBe('symlog');
		expect(options.y?.type).toBe('linear');
	});

	it('refuses coordinates that do not match the labels', () => {
		expect(() => clusterScatterOptions({ ...blobs(10), x: [1, 2] })).toThrow('invalid data');
	});
});

describe('drawnRows', () => {
	it('keeps clustered rows with finite coordinates', () => {
		const rows = drawnRows({
			x: [1, Number.NaN, 3, 4],
			y: [1, 2, Number.POSITIVE_INFINITY, 4],
			labels: Int32Array.from([0, 1, 1, -1])
		});
		expect(Array.from(rows)).toEqual([0]);
	});
});

describe('densityPixels', () => {
	it('colours a bin by its most common cluster, more opaque where more customers fall', () => {
		const colors = [clusterColor(0), clusterColor(1)];
		// Bin (0,0): clusters 1, 1, 0. Bin (1,0): one customer of cluster 0. Off-grid: ignored.
		const pixels = densityPixels(
			Float32Array.from([0.2, 0.5, 0.9, 1.5, 7]),
			Float32Array.from([0.1, 0.1, 0.1, 0.3, 0]),
			Int32Array.from([1, 1, 0, 0, 0]),
			colors,
			2,
			1
		);
		expect(Array.from(pixels.slice(0, 3))).toEqual(rgbOf(colors[1]!));
		expect(Array.from(pixels.slice(4, 7))).toEqual(rgbOf(colors[0]!));
		expect(pixels[3]).toBe(255);
		expect(pixels[7]).toBeLessThan(255);
		expect(pixels[7]).toBeGreaterThanOrEqual(204);
	});
});

describe('buildPointIndex / nearestPoint', () => {
	const px = Float32Array.from([10, 30, 31, 200]);
	const py = Float32Array.from([10, 30, 30, 100]);
	const index = buildPointIndex(px, py, 300, 150, 16);

	const cases = [
		{ at: [11, 9], expected: 0 },
		{ at: [30.8, 30], expected: 2 },
		{ at: [100, 100], expected: -1 },
		{ at: [205, 103], expected: 3 },
		{ at: [-50, -50], expected: -1 }
	];
	for (const { at, expected } of cases) {
		it(`finds ${expected} nearest to (${at.join(', ')})`, () =>
			expect(nearestPoint(index, at[0]!, at[1]!, 12)).toBe(expected));
	}

	it('indexes 500,000 points quickly', () => {
		const n = 500_000;
		const xs = Float32Array.from({ length: n }, (_, i) => (i * 7919) % 640);
		const ys = Float32Array.from({ length: n }, (_, i) => (i * 104729) % 400);
		const started = performance.now();
		const big = buildPointIndex(xs, ys, 640, 400);
		const hit = nearestPoint(big, 320, 200);
		expect(performance.now() - started).toBeLessThan(500);
		expect(hit).toBeGreaterThanOrEqual(0);
	});
});
