import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country's shape; `id` is its ISO 3166-1 numeric code (absent for a few disputed areas). */
export type CountryShape = Feature<Geometry, { name: string }> & { id?: string };

/** The countries of world-atlas's `countries-*.json` as GeoJSON features. */
export function countryShapes(topology: unknown): CountryShape[] {
	const t = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	if (!t?.objects?.countries) throw new Error('invalid map shapes: no countries');
	const collection = feature(t, t.objects.countries) as FeatureCollection<
		Geometry,
		{ name: string }
	>;
	return collection.features as CountryShape[];
}
