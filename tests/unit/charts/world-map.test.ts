// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as Plot from '@observablehq/plot';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryMapData, type CountryCount } from '../../../src/charts/country-map-data';
import {
	countryTitle,
	mainland,
	mapColorLabel,
	worldMapOptions
} from '../../../src/charts/world-map';
import { countryShapes, type CountryShape } from '../../../src/charts/world-topology';
import { stubCanvas } from './jsdom-canvas';

const require = createRequire(import.meta.url);
let shapes: CountryShape[];

stubCanvas();
beforeAll(() => {
	shapes = countryShapes(
		JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'))
	);
});

// 10 customers: Champions 4 (DE 3, FR 1), Lost 6 (DE 1, France 2, Atlantis 1, none 2).
const counts: CountryCount[] = [
	{ segment: 'Champions', value: 'DE', customers: 3, revenue: 300 },
	{ segment: 'Champions', value: 'FR', customers: 1, revenue: 50 },
	{ segment: 'Lost', value: 'Germany', customers: 1, revenue: 10 },
	{ segment: 'Lost', value: 'France', customers: 2, revenue: 20 },
	{ segment: 'Lost', value: 'Atlantis', customers: 1, revenue: 0 },
	{ segment: 'Lost', value: null, customers: 2, revenue: 0 }
];
const render = (segment: string | null) => {
	const data = countryMapData(counts, segment);
	return Plot.plot(
		worldMapOptions({ shapes, data, currency: 'EUR', asOf: '2024-07-01', width: 640 })
	);
};
const tagged = (node: Element) =>
	[...node.querySelectorAll('[data-testid="map-country"]')].map((p) =>
		['data-name', 'data-customers', 'data-base-customers', 'data-index'].map((a) =>
			p.getAttribute(a)
		)
	);

describe('countryShapes', () => {
	it('turns the atlas into one feature per country, keyed by ISO numeric code', () => {
		expect(shapes).toHaveLength(177);
		const germany = shapes.find((s) => s.id === '276')!;
		expect(germany.properties.name).toBe('Germany');
		expect(germany.geometry.type).toMatch(/Polygon/);
		expect(() => countryShapes({})).toThrow('invalid map shapes: no countries');
	});
});

describe('worldMapOptions', () => {
	it('colours the countries with customers by their index for a segment', () => {
		const node = render('Champions');
		// Germany: (3/4) ÷ (4/10) × 100 = 187.5; France: (1/4) ÷ (3/10) × 100 = 83.33…
		expect(tagged(node).sort()).toEqual([
			['France', '1', '3', String((1 / 4 / (3 / 10)) * 100)],
			['Germany', '3', '4', '187.5']
		]);
		const paths = [...node.querySelectorAll('[data-testid="map-country"]')];
		const fill = (name: string) =>
			paths.find((p) => p.getAttribute('data-name') === name)!.getAttribute('fill');
		// Over-represented blue, under-represented red (rdbu).
		const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
		const [gr, , gb] = rgb(fill('Germany')!);
		const [fr, , fb] = rgb(fill('France')!);
		expect(gb!).toBeGreaterThan(gr!);
		expect(fr!).toBeGreaterThan(fb!);
		// Every country of the atlas but Antarctica is drawn as land beneath.
		const land = node.querySelectorAll('[aria-label="geo"]')[1]!.querySelectorAll('path');
		expect(land).toHaveLength(176);
		expect(node.textContent).toContain('Index vs base (100 = same share as the whole base)');
	});

	it('colours by share of all customers when no segment is chosen', () => {
		const node = render(null);
		expect(
			tagged(node)
				.map((t) => t.slice(0, 3))
				.sort()
		).toEqual([
			['France', '3', '3'],
			['Germany', '4', '4']
		]);
		expect(node.textContent).toContain('Share of all known customers');
		expect(mapColorLabel(countryMapData(counts, null))).toBe('Share of all known customers');
	});

	it('explains each country in its tooltip', () => {
		const data = countryMapData(counts, 'Champions');
		const germany = data.countries.find((c) => c.id === '276')!;
		expect(countryTitle(germany, data, { currency: 'EUR', asOf: '2024-07-01' })).toBe(
			[
				'Germany (written “DE”, “Germany”)',
				"3 of the segment's 4 customers (75.0 %)",
				'Whole base: 4 of 10 known customers (40.0 %)',
				'Index 188 = 75.0 % ÷ 40.0 % × 100',
				'Revenue before 2024-07-01: €300.00'
			].join('\n')
		);
		const all = countryMapData(counts, null);
		expect(
			countryTitle(
				all.countries.find((c) => c.id === '250')!,
				all,
				{
					currency: 'EUR',
					asOf: '2024-07-01'
				}
			)
		).toBe(
			[
				'France (written “FR”, “France”)',
				'3 of 10 known customers (30.0 %)',
				'Revenue before 2024-07-01: €70.00'
			].join('\n')
		);
	});
});

describe('mainland', () => {
	it('keeps the part of a country drawn with the most points, for the zoom', () => {
		const france = shapes.find((s) => s.id === '250')!;
		expect(france.geometry.type).toBe('MultiPolygon');
		const main = mainland(france);
		expect(main.geometry.type).toBe('Polygon');
		// Metropolitan France lies east of 5° W; French Guiana is near 53° W.
		const longitudes = (main.geometry as { coordinates: number[][][] }).coordinates[0]!.map(
			(p) => p[0]!
		);
		expect(Math.min(...longitudes)).toBeGreaterThan(-6);
		const germany = shapes.find((s) => s.id === '276')!;
		expect(mainland(germany)).toBe(germany);
	});
});
