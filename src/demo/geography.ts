import type { Random } from './random';

/** Where a person lives, with the local income level relative to the demo's average. */
export interface Place {
	country: string;
	/** Key into the name books. */
	code: string;
	region: string;
	city: string;
	income: number;
}

// A country line: name | name-book code | share of customers | income level.
// Its region lines: region | city, population in 100,000s, local income factor (default 1); ...
const TABLE = `
Germany | de | 28 | 1.05
	Berlin | Berlin 37 1.05
	Bavaria | Munich 15 1.2; Nuremberg 5.2; Augsburg 3
	North Rhine-Westphalia | Cologne 10.8; Düsseldorf 6.2 1.1; Dortmund 5.9 0.9; Essen 5.8 0.9
	Hamburg | Hamburg 18.5 1.1
	Hesse | Frankfurt am Main 7.6 1.15; Wiesbaden 2.8
	Baden-Württemberg | Stuttgart 6.3 1.1; Karlsruhe 3.1
United Kingdom | uk | 24 | 1
	London | London 90 1.25
	North West | Manchester 5.5; Liverpool 5 0.9
	West Midlands | Birmingham 11.5 0.95; Coventry 3.5 0.9
	Yorkshire and the Humber | Leeds 8 0.95; Sheffield 5.6 0.9
	Scotland | Glasgow 6.3 0.95; Edinburgh 5.3 1.1
	South West | Bristol 4.7 1.05; Plymouth 2.6 0.85
France | fr | 20 | 0.95
	Île-de-France | Paris 21 1.2; Boulogne-Billancourt 1.2 1.15; Saint-Denis 1.1 0.8
	Auvergne-Rhône-Alpes | Lyon 5.2 1.05; Grenoble 1.6
	Provence-Alpes-Côte d'Azur | Marseille 8.7 0.9; Nice 3.4
	Occitanie | Toulouse 4.9; Montpellier 3 0.95
	Nouvelle-Aquitaine | Bordeaux 2.6
	Hauts-de-France | Lille 2.3 0.9
Netherlands | nl | 14 | 1.1
	North Holland | Amsterdam 9.3 1.15; Haarlem 1.6
	South Holland | Rotterdam 6.6 0.95; The Hague 5.5; Leiden 1.3
	Utrecht | Utrecht 3.6 1.05
	North Brabant | Eindhoven 2.4 1.05; Tilburg 2.2 0.95
	Groningen | Groningen 2.4 0.9
Spain | es | 14 | 0.75
	Community of Madrid | Madrid 33 1.15
	Catalonia | Barcelona 16.6 1.1; Girona 1
	Andalusia | Seville 6.8 0.9; Málaga 5.8 0.9
	Valencian Community | Valencia 8; Alicante 3.4 0.9
	Basque Country | Bilbao 3.5 1.1`;

interface Country {
	share: number;
	places: Place[];
	/** City populations, parallel to `places`. */
	weights: number[];
}

// `The Hague 5.5` or `Munich 15 1.2`: a name that may hold spaces, then one or two numbers.
const CITY = /^(.+?) ([\d.]+)(?: ([\d.]+))?$/;

const COUNTRIES: readonly Country[] = parse(TABLE);
const SHARES: readonly number[] = COUNTRIES.map((c) => c.share);

/** A country, region and city drawn together (cities by population), so they always agree. */
export function drawPlace(rng: Random): Place {
	const country = COUNTRIES[rng.weighted(SHARES)]!;
	return country.places[rng.weighted(country.weights)]!;
}

function parse(table: string): Country[] {
	const countries: Country[] = [];
	let name = '';
	let code = '';
	let income = 1;
	for (const line of table.trim().split('\n')) {
		const cells = line.trim().split(' | ');
		if (!line.startsWith('\t')) {
			[name = '', code = ''] = cells;
			income = Number(cells[3]);
			countries.push({ share: Number(cells[2]), places: [], weights: [] });
			continue;
		}
		const country = countries[countries.length - 1]!;
		for (const city of cells[1]!.split('; ')) {
			const [, cityName = '', population, local = '1'] = CITY.exec(city)!;
			country.places.push({
				country: name,
				code,
				region: cells[0]!,
				city: cityName,
				income: income * Number(local)
			});
			country.weights.push(Number(population));
		}
	}
	return countries;
}
