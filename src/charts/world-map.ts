import * as Plot from '@observablehq/plot';
import type { CountryMapData, CountryStat } from './country-map-data';
import type { CountryShape } from './world-topology';
import { formatIndex, INDEX_CLAMP } from './breakdown-heatmap';
import { t } from '../i18n/t';
import { formatCount, formatDate, formatMoney, formatPercent } from '../ui/format';

/** What the country map draws. */
export interface WorldMapInput {
	shapes: readonly CountryShape[];
	data: CountryMapData;
	currency: string;
	asOf: string;
	width: number;
}

// SVG presentation attributes cannot read CSS variables: these mirror global.css.
const INK = '#1d2733';
const LAND = '#e3e7ec';
const SEA = '#f5f8fb';
const ANTARCTICA = '010';

/** The colour's meaning: the index vs the base for a segment, the share of the base for everyone. */
export function mapColorLabel(data: CountryMapData): string {
	return t(data.segment === null ? 'breakdown.map.shareLegend' : 'breakdown.chart.legend');
}

/** The tooltip of one country: its numbers and how the colour is computed. */
export function countryTitle(
	stat: CountryStat,
	data: CountryMapData,
	input: Pick<WorldMapInput, 'currency' | 'asOf'>
): string {
	const written = stat.spellings.map((s) => `“${s}”`).join(', ');
	const base = t('breakdown.map.ofBase', {
		count: stat.baseCustomers,
		total: data.baseCustomers,
		share: formatPercent(stat.shareInBase)
	});
	const lines = [t('breakdown.map.written', { name: stat.name, spellings: written })];
	if (data.segment === null) lines.push(base);
	else {
		lines.push(
			t('breakdown.chart.ofSegment', {
				count: stat.customers,
				total: data.segmentCustomers,
				share: formatPercent(stat.shareInSegment)
			}),
			t('breakdown.map.wholeBase', { base }),
			t('breakdown.chart.index', {
				index: formatIndex(stat.index),
				inSegment: formatPercent(stat.shareInSegment),
				inBase: formatPercent(stat.shareInBase)
			})
		);
	}
	lines.push(
		t('breakdown.chart.revenue', {
			date: formatDate(input.asOf),
			revenue: formatMoney(stat.revenue, input.currency)
		})
	);
	return lines.join('\n');
}

/**
 * Observable Plot options for the country map (equal-earth projection, zoomed to the countries
 * that have customers): each such country coloured by its index vs the whole base for a segment
 * (log scale diverging around 100 as in the heat map), or by its share of all customers when no
 * segment is chosen; other land grey. Each coloured path carries its numbers as data attributes.
 */
export function worldMapOptions(input: WorldMapInput): Plot.PlotOptions {
	const { shapes, data, width } = input;
	const stats = new Map(data.countries.map((s) => [s.id, s]));
	const land = shapes.filter((s) => s.id !== ANTARCTICA);
	const drawn = land.filter((s) => s.id !== undefined && stats.has(s.id));
	const stat = (s: CountryShape) => stats.get(s.id!)!;
	const byIndex = data.segment !== null;
	const maxShare = Math.max(0, ...data.countries.map((s) => s.shareInBase));
	return {
		width,
		height: Math.round(width * 0.55),
		projection: {
			type: 'equal-earth',
			domain: {
				type: 'FeatureCollection',
				features: drawn.length ? drawn.map(mainland) : land
			},
			inset: 16
		},
		color: byIndex
			? {
					type: 'diverging-log',
					pivot: 100,
					domain: [...INDEX_CLAMP],
					scheme: 'rdbu',
					legend: true,
					label: mapColorLabel(data),
					ticks: [25, 50, 100, 200, 400],
					tickFormat: (v: number) => formatCount(v)
				}
			: {
					type: 'linear',
					domain: [0, maxShare || 1],
					scheme: 'blues',
					legend: true,
					label: mapColorLabel(data),
					tickFormat: (v: number) => formatPercent(v, 0)
				},
		marks: [
			Plot.sphere({ fill: SEA, stroke: '#c9d1da', clip: 'frame' }),
			Plot.geo(land, { fill: LAND, stroke: 'white', strokeWidth: 0.5, clip: 'frame' }),
			Plot.geo(drawn, {
				fill: (s: CountryShape) =>
					byIndex
						? Math.min(INDEX_CLAMP[1], Math.max(INDEX_CLAMP[0], stat(s).index))
						: stat(s).shareInBase,
				// Outlined, so that a country near the base (index ≈ 100, almost white) still stands
				// apart from the grey land without customers.
				stroke: INK,
				strokeWidth: 0.8,
				clip: 'frame',
				title: (s: CountryShape) => countryTitle(stat(s), data, input),
				tip: true,
				render: tagCountries(drawn, stat)
			})
		]
	};
}

/**
 * The country without its far-away parts (France without French Guiana), to zoom on: the part
 * drawn with the most points. Only the zoom uses it; the whole country is drawn.
 */
export function mainland(shape: CountryShape): CountryShape {
	if (shape.geometry.type !== 'MultiPolygon') return shape;
	const parts = shape.geometry.coordinates;
	const largest = parts.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
	return { ...shape, geometry: { type: 'Polygon', coordinates: largest } };
}

/** A render transform writing each country's numbers onto its path, for tests and tools. */
function tagCountries(
	drawn: readonly CountryShape[],
	stat: (s: CountryShape) => CountryStat
): Plot.RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next!(index, scales, values, dimensions, context);
		if (!g) return g;
		// d3 binds each path to its position in the data (`__data__`), which Plot renders from.
		for (const path of g.querySelectorAll('path')) {
			const i = (path as unknown as { __data__?: number }).__data__;
			const shape = i === undefined ? undefined : drawn[i];
			if (!shape) continue;
			const s = stat(shape);
			path.setAttribute('data-testid', 'map-country');
			path.setAttribute('data-id', s.id);
			path.setAttribute('data-name', s.name);
			path.setAttribute('data-customers', String(s.customers));
			path.setAttribute('data-base-customers', String(s.baseCustomers));
			path.setAttribute('data-index', String(s.index));
		}
		return g;
	};
}
