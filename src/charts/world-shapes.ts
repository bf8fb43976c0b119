import type { CountryShape } from './world-topology';

let loading: Promise<CountryShape[]> | null = null;

/**
 * The world's country shapes (Natural Earth 1:110m, from the world-atlas package), loaded once
 * and only when a map is first drawn: the file is served by the app itself (a Vite asset, so no
 * request leaves the page) and the converter comes in its own chunk.
 */
export function loadCountryShapes(): Promise<CountryShape[]> {
	loading ??= (async () => {
		const [{ countryShapes }, { default: url }] = await Promise.all([
			import('./world-topology'),
			import('world-atlas/countries-110m.json?url')
		]);
		const response = await fetch(url);
		if (!response.ok) throw new Error(`the map shapes could not be read (HTTP ${response.status})`);
		return countryShapes(await response.json());
	})();
	// A failed load may be tried again (e.g. the next time the cell runs).
	loading.catch(() => (loading = null));
	return loading;
}
