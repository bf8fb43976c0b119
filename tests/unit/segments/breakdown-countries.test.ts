import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildBreakdownValueCountsSql,
	type BreakdownValueCount
} from '../../../src/segments/breakdown';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { countryMapData, segmentsBySize } from '../../../src/charts/country-map-data';
import { openSegmentsDb, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
let counts: BreakdownValueCount[];
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-geo-orders.csv',
		customers: 'lens-geo-customers.csv'
	});
	db.run(buildCustomersViewSql({ asOf }));
	counts = db.rows<BreakdownValueCount>(
		buildBreakdownValueCountsSql({ asOf, segmentColumn: 'segment', attribute: 'country' })
	);
}, 60_000);
afterAll(() => db.close());

const asOf = '2024-07-01';

// 13 customers, A = g01 g02 g04 g07 g09 g12 g13 (7), B = g03 g05 g06 g08 g10 g11 (6).
// Germany is written four ways (g01 g02 g13 A, g03 B), the UK two (g04 A, g05 B), Vietnam two
// (g07 A, g08 B); USA g06 B, Iran g09 A; Atlantis g10 B and Singapore g11 B are not on the map;
// g12 A has none. Spend before 2024-07-01: g01 100, g04 50, g05 30, g10 20 (its 500 is on it).
describe('buildBreakdownValueCountsSql', () => {
	it('counts every written value per segment, trimmed, without bands', () => {
		expect(counts.map((c) => `${c.segment}:${c.value}=${c.customers}/${c.revenue}`)).toEqual([
			'A:DE=1/0',
			'A:Germany=1/100',
			'A:Iran=1/0',
			'A:United Kingdom=1/50',
			'A:Viet Nam=1/0',
			'A:germany=1/0',
			'A:null=1/0',
			'B:Atlantis=1/20',
			'B:DEU=1/0',
			'B:Singapore=1/0',
			'B:UK=1/30',
			'B:USA=1/0',
			'B:Vietnam=1/0'
		]);
	});
});

describe('countryMapData', () => {
	const round = (n: number) => Math.round(n * 1000) / 1000;
	const table = (segment: string | null) =>
		countryMapData(counts, segment).countries.map((c) => [
			c.name,
			c.customers,
			c.baseCustomers,
			round(c.index),
			c.revenue
		]);

	it('sums the spellings of a country and gives the index of a segment against the base', () => {
		// Germany in A: (3/7) ÷ (4/13) × 100 = 139.286; the UK: (1/7) ÷ (2/13) = 92.857;
		// Iran (1/7) ÷ (1/13) = 185.714; the USA has no A customer: 0.
		expect(table('A')).toEqual([
			['Germany', 3, 4, 139.286, 100],
			['Iran', 1, 1, 185.714, 0],
			['United Kingdom', 1, 2, 92.857, 50],
			['Vietnam', 1, 2, 92.857, 0],
			['United States', 0, 1, 0, 0]
		]);
		const a = countryMapData(counts, 'A');
		// In the order the query gives them (by segment, then value in byte order).
		expect(a.countries[0]!.spellings).toEqual(['DE', 'Germany', 'germany', 'DEU']);
		expect([a.segmentCustomers, a.baseCustomers, a.noCountry, a.notOnMap]).toEqual([7, 13, 1, []]);
	});

	it('lists what is not on the map for the segment', () => {
		// B: Germany (1/6) ÷ (4/13) = 54.167, the USA (1/6) ÷ (1/13) = 216.667.
		const b = countryMapData(counts, 'B');
		expect(table('B').slice(0, 2)).toEqual([
			['Germany', 1, 4, 54.167, 0],
			['United Kingdom', 1, 2, 108.333, 30]
		]);
		expect(b.countries.find((c) => c.name === 'United States')!.index).toBeCloseTo(216.667, 3);
		expect(b.notOnMap).toEqual([
			{ value: 'Atlantis', customers: 1 },
			{ value: 'Singapore', customers: 1 }
		]);
		expect(b.noCountry).toBe(0);
	});

	it('gives every customer’s shares when no segment is chosen', () => {
		const all = countryMapData(counts, null);
		expect(all.countries.map((c) => [c.name, c.customers, round(c.shareInBase)])).toEqual([
			['Germany', 4, 0.308],
			['United Kingdom', 2, 0.154],
			['Vietnam', 2, 0.154],
			['Iran', 1, 0.077],
			['United States', 1, 0.077]
		]);
		expect(all.notOnMap.map((m) => m.value)).toEqual(['Atlantis', 'Singapore']);
		expect(all.noCountry).toBe(1);
		expect(segmentsBySize(counts)).toEqual(['A', 'B']);
	});
});
