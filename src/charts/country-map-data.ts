import { countryId, countryName } from './country-codes';
import type { BreakdownValueCount } from '../segments/breakdown';

/** Customers of one segment with one value of the country column, as the breakdown counts them. */
export type CountryCount = BreakdownValueCount;

/** One country of the map for the chosen segment (or for everyone). */
export interface CountryStat {
	id: string;
	name: string;
	/** The ways the data wrote it ("UK", "United Kingdom"). */
	spellings: string[];
	/** In the chosen segment (everyone when no segment is chosen). */
	customers: number;
	revenue: number;
	/** customers ÷ the segment's customers (all of them, on the map or not). */
	shareInSegment: number;
	/** Everyone in the country. */
	baseCustomers: number;
	/** baseCustomers ÷ every known customer. */
	shareInBase: number;
	/** shareInSegment ÷ shareInBase × 100. */
	index: number;
}

/** What the map shows for one segment, and what it cannot show. */
export interface CountryMapData {
	/** The chosen segment, or null for every customer. */
	segment: string | null;
	segmentCustomers: number;
	baseCustomers: number;
	/** Countries with at least one customer in the base, by map id. */
	countries: CountryStat[];
	/** Values not recognised as a country of the map, with the segment's customers (most first). */
	notOnMap: { value: string; customers: number }[];
	/** The segment's customers without a country. */
	noCountry: number;
}

/**
 * The map's figures for `segment` (null: everyone): the counts of each written value are summed
 * by country (so "UK" and "United Kingdom" are one), then shares and the index vs the whole base
 * are computed as in the breakdown table, over every known customer.
 */
export function countryMapData(
	counts: readonly CountryCount[],
	segment: string | null
): CountryMapData {
	const inSegment = (c: CountryCount) => segment === null || c.segment === segment;
	const baseCustomers = sum(counts.map((c) => c.customers));
	const segmentCustomers = sum(counts.filter(inSegment).map((c) => c.customers));
	const byId = new Map<string, CountryStat>();
	const notOnMap = new Map<string, number>();
	let noCountry = 0;
	for (const c of counts) {
		const id = countryId(c.value);
		const mine = inSegment(c) ? c.customers : 0;
		if (c.value === null) {
			noCountry += mine;
			continue;
		}
		if (id === null) {
			if (mine > 0) notOnMap.set(c.value, (notOnMap.get(c.value) ?? 0) + mine);
			continue;
		}
		const stat = byId.get(id) ?? emptyStat(id);
		byId.set(id, stat);
		if (!stat.spellings.includes(c.value)) stat.spellings.push(c.value);
		stat.baseCustomers += c.customers;
		stat.customers += mine;
		stat.revenue += inSegment(c) ? c.revenue : 0;
	}
	const countries = [...byId.values()].map((s) => {
		const shareInSegment = segmentCustomers > 0 ? s.customers / segmentCustomers : 0;
		const shareInBase = s.baseCustomers / baseCustomers;
		return { ...s, shareInSegment, shareInBase, index: (shareInSegment / shareInBase) * 100 };
	});
	countries.sort((a, b) => b.customers - a.customers || (a.name < b.name ? -1 : 1));
	const missing = [...notOnMap].map(([value, customers]) => ({ value, customers }));
	missing.sort((a, b) => b.customers - a.customers || (a.value < b.value ? -1 : 1));
	return { segment, segmentCustomers, baseCustomers, countries, notOnMap: missing, noCountry };
}

function emptyStat(id: string): CountryStat {
	return {
		id,
		name: countryName(id),
		spellings: [],
		customers: 0,
		revenue: 0,
		shareInSegment: 0,
		baseCustomers: 0,
		shareInBase: 0,
		index: 0
	};
}

function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}

/** The segments of the counts, largest first (equal sizes in name order). */
export function segmentsBySize(counts: readonly CountryCount[]): string[] {
	const sizes = new Map<string, number>();
	for (const c of counts) sizes.set(c.segment, (sizes.get(c.segment) ?? 0) + c.customers);
	return [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
}
