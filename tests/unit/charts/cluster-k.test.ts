// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	elbowChartOptions,
	silhouetteChartOptions,
	type KChartInput
} from '../../../src/charts/cluster-k';

const input: KChartInput = {
	points: [
		{ k: 2, wss: 1000, silhouette: 0.3 },
		{ k: 3, wss: 600, silhouette: 0.45 },
		{ k: 4, wss: 420, silhouette: 0.52 },
		{ k: 5, wss: 380, silhouette: 0.5 },
		{ k: 6, wss: 350, silhouette: Number.NaN }
	],
	suggestedK: 4,
	elbowK: 3,
	chosenK: 5,
	width: 400
};

const texts = (svg: Element) =>
	[...svg.querySelectorAll('[aria-label="text"] text')].map((t) => t.textContent);

describe('elbowChartOptions', () => {
	it('draws WSS per k, marks the suggested k, the elbow and the chosen k', () => {
		const svg = Plot.plot(elbowChartOptions(input));
		// All five points, plus the chosen one drawn larger, plus the elbow ring.
		const dots = svg.querySelectorAll('[aria-label="dot"]');
		expect(dots[0]!.querySelectorAll('circle')).toHaveLength(5);
		expect(dots[1]!.querySelectorAll('circle')).toHaveLength(1);
		expect(dots[2]!.querySelectorAll('circle')).toHaveLength(1);
		expect(texts(svg)).toEqual(['suggested k = 4', 'elbow']);
		expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toContain('WSS');
		const titles = [...dots[0]!.querySelectorAll('title')].map((t) => t.textContent);
		expect(titles[1]).toBe('k = 3: within-cluster sum of squares 600 (the elbow)');
	});

	it('refuses an empty sweep', () => {
		expect(() => elbowChartOptions({ ...input, points: [] })).toThrow('invalid points: none');
	});
});

describe('silhouetteChartOptions', () => {
	it('draws the silhouettes it has (NaN left out) and says which k is suggested', () => {
		const svg = Plot.plot(silhouetteChartOptions(input));
		const dots = svg.querySelectorAll('[aria-label="dot"]');
		expect(dots[0]!.querySelectorAll('circle')).toHaveLength(4);
		const titles = [...dots[0]!.querySelectorAll('title')].map((t) => t.textContent);
		expect(titles[2]).toBe('k = 4: mean silhouette 0.52 (suggested)');
		expect(texts(svg)).toEqual(['suggested k = 4']);
		const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map(
			(t) => t.textContent
		);
		expect(ticks).toEqual(['2', '3', '4', '5', '6']);
	});
});
