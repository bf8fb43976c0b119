import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRY_IDS, countryId, countryKey, countryName } from '../../../src/charts/country-codes';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')
) as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } };

describe('countryId', () => {
	it.each([
		// names, other names and codes as client files write them
		['Germany', '276'],
		['germany', '276'],
		[' Deutschland ', '276'],
		['DE', '276'],
		['de', '276'],
		['DEU', '276'],
		['276', '276'],
		['United Kingdom', '826'],
		['UK', '826'],
		['GB', '826'],
		['GBR', '826'],
		['Great Britain', '826'],
		['England', '826'],
		['USA', '840'],
		['U.S.A.', '840'],
		['US', '840'],
		['United States of America', '840'],
		['Viet Nam', '704'],
		['Vietnam', '704'],
		['Việt Nam', '704'],
		['VN', '704'],
		['Iran', '364'],
		['Islamic Republic of Iran', '364'],
		['IRN', '364'],
		['The Netherlands', '528'],
		['Holland', '528'],
		["Côte d'Ivoire", '384'],
		['Cote d’Ivoire', '384'],
		['Ivory Coast', '384'],
		['Bosnia & Herzegovina', '070'],
		['Türkiye', '792'],
		['Dem. Rep. Congo', '180'],
		['Congo', '178'],
		['4', '004'],
		['004', '004']
	])('%s → %s', (value, id) => {
		expect(countryId(value)).toBe(id);
	});

	it.each([
		['Atlantis'],
		['Singapore'], // too small for the 1:110m map
		['NA'], // "not available" far more often than Namibia
		['N/A'],
		['999'],
		[''],
		['   ']
	])('%s is not on the map', (value) => {
		expect(countryId(value)).toBeNull();
	});

	it('takes nothing for no value', () => {
		expect(countryId(null)).toBeNull();
		expect(countryId(undefined)).toBeNull();
		expect(countryId('Namibia')).toBe('516');
	});

	it('folds case, accents, dots and "the"', () => {
		expect(countryKey('  The U.S.A. ')).toBe('usa');
		expect(countryKey('São Tomé & Príncipe')).toBe('sao tome and principe');
	});
});

describe('the country table', () => {
	it('has exactly the countries of the atlas that have an id, under readable names', () => {
		const ids = atlas.objects.countries.geometries
			.map((g) => g.id)
			.filter((id): id is string => id !== undefined);
		expect([...COUNTRY_IDS].sort()).toEqual([...new Set(ids)].sort());
		// The atlas's own (abbreviated) names are understood too.
		for (const g of atlas.objects.countries.geometries) {
			if (g.id !== undefined) expect(countryId(g.properties.name), g.properties.name).toBe(g.id);
		}
		expect(countryName('180')).toBe('Democratic Republic of the Congo');
	});
});
