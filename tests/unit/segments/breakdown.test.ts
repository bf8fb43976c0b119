import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildBreakdownMembersSql,
	buildBreakdownSql,
	type BreakdownOptions
} from '../../../src/segments/breakdown';
import { edgeLabels } from '../../../src/segments/breakdown-bands';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';
import { HOSTILE } from '../data/fixture-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-affinity-orders.csv',
		customers: 'lens-breakdown-customers.csv'
	});
	db.run(buildCustomersViewSql({ asOf }));
});
afterAll(() => db.close());

const asOf = '2024-07-01';

/** `segment:value=customers` for every non-empty cell, in result order. */
function cells(opts: Omit<BreakdownOptions, 'asOf'>): string[] {
	return db
		.rows<{ segment: string; value: string; customers: number }>(
			buildBreakdownSql({ asOf, ...opts })
		)
		.filter((r) => r.customers > 0)
		.map((r) => `${r.segment}:${r.value}=${r.customers}`);
}

// The customers view: k01-k08 (customer file) and b01 (a buyer not in it), 9 in all.
// Segments (the hostile column): A = k01 k02 k03, B = k04 k05 k06 k08, unknown = k07 b01.
// Spend before 2024-07-01: k01 150, k02 80, k03 120, k04 100, k05 40, k06 10, k08 100, b01 90.
describe('buildBreakdownSql', () => {
	it('gives counts, shares, revenue and the index against the base, by age band', () => {
		// Ages: k01 17, k02 18, k03 24, k04 25 and k05 34 (25–34: both edges), k06 65, k08 45;
		// k07 and b01 have none. Base: under 18 1, 18–24 2, 25–34 2, 45–54 1, 65+ 1, unknown 2.
		const rows = rounded(
			db.rows(
				buildBreakdownSql({
					asOf,
					segmentColumn: HOSTILE,
					attribute: 'age',
					bands: { kind: 'age' }
				})
			),
			4
		);
		expect(rows.filter((r) => r.segment === 'A').map((r) => Object.values(r))).toEqual([
			// segment, value, order, customers, segment size, share, base, base share, revenue, index
			['A', 'under 18', 1, 1, 3, 0.3333, 1, 0.1111, 150, 300], // k01: (1/3) ÷ (1/9)
			['A', '18–24', 2, 2, 3, 0.6667, 2, 0.2222, 200, 300], // k02 k03
			['A', '25–34', 3, 0, 3, 0, 2, 0.2222, 0, 0],
			['A', '45–54', 5, 0, 3, 0, 1, 0.1111, 0, 0],
			['A', '65+', 7, 0, 3, 0, 1, 0.1111, 0, 0],
			['A', 'unknown', 8, 0, 3, 0, 2, 0.2222, 0, 0]
		]);
		const b = rows.filter((r) => r.segment !== 'A' && (r.customers as number) > 0);
		expect(b.map((r) => [r.segment, r.value, r.customers, r.revenue, r.index_vs_base])).toEqual([
			['B', '25–34', 2, 140, 225], // k04 k05: (2/4) ÷ (2/9)
			['B', '45–54', 1, 100, 225], // k08
			['B', '65+', 1, 10, 225], // k06
			['unknown', 'unknown', 2, 90, 450] // k07 b01: (2/2) ÷ (2/9)
		]);
	});

	it('computes ages on the as-of date from a birth date', () => {
		// k01 turns 17 on 2024-07-01 itself; k02 and k04 have their birthday the day after (17
		// and 24); k03 is 24, k06 65, k08 45 (born 06-30); k05, k07 and b01 have no birth date.
		expect(
			cells({
				segmentColumn: HOSTILE,
				attribute: 'birth_date',
				bands: { kind: 'age_from_birth_date' }
			})
		).toEqual([
			'A:under 18=2',
			'A:18–24=1',
			'B:18–24=1',
			'B:45–54=1',
			'B:65+=1',
			'B:unknown=1',
			'unknown:unknown=2'
		]);
	});

	it('keeps the most common text values and groups the rest', () => {
		// Cities: Paris 3, Lyon 2, then Lille, Nantes, Nice once each (Lille first by name).
		// Gender: F k01 k03 k04 k07, M k02 k05 k08, unknown k06 (blank) and b01.
		expect(
			cells({ segmentColumn: 'gender', attribute: 'city', bands: { kind: 'text', top: 3 } })
		).toEqual([
			'F:Paris=2',
			'F:Lyon=2',
			'M:Paris=1',
			'M:other=2', // Nice, Nantes
			'unknown:Lille=1',
			'unknown:unknown=1'
		]);
		const order = db.rows(
			buildBreakdownSql({
				asOf,
				segmentColumn: 'gender',
				attribute: 'city',
				bands: { kind: 'text', top: 3 }
			})
		);
		expect([...new Set(order.map((r) => `${r.value_order}:${r.value}`))]).toEqual([
			'1:Paris',
			'2:Lyon',
			'3:Lille',
			'4:other',
			'5:unknown'
		]);
	});

	it('cuts numbers at given edges, with labels', () => {
		const bands = { kind: 'edges' as const, edges: [25000, 45000], labels: ['low', 'mid', 'high'] };
		// Incomes: k01 10000 k02 20000 | k03 30000 k04 40000 k05 40000 | k06 50000 k08 60000.
		expect(cells({ segmentColumn: HOSTILE, attribute: 'income', bands })).toEqual([
			'A:low=2',
			'A:mid=1',
			'B:mid=2',
			'B:high=2',
			'unknown:unknown=2'
		]);
	});

	it('cuts numbers at quantiles, keeping equal values together', () => {
		// 7 incomes; the median cut is 40000 and both 40000s stay in the lower half.
		expect(
			cells({ segmentColumn: HOSTILE, attribute: 'income', bands: { kind: 'quantiles', count: 2 } })
		).toEqual(['A:10000–40000=3', 'B:10000–40000=2', 'B:50000–60000=2', 'unknown:unknown=2']);
	});

	it('quotes a hostile attribute name', () => {
		// Values: A k01 k02 k03, B k04 k05 k06 k08 (the most common, so first), none k07 b01.
		expect(cells({ segmentColumn: 'gender', attribute: HOSTILE })).toEqual([
			'F:B=1',
			'F:A=2',
			'F:unknown=1',
			'M:B=2',
			'M:A=1',
			'unknown:B=1',
			'unknown:unknown=1'
		]);
	});

	it('rejects invalid options', () => {
		const base = { asOf, segmentColumn: 'gender', attribute: 'age' };
		expect(() => buildBreakdownSql({ ...base, attribute: '' })).toThrow('invalid attribute: ');
		expect(() => buildBreakdownSql({ ...base, bands: { kind: 'edges', edges: [3, 2] } })).toThrow(
			'invalid edges: 3,2'
		);
		expect(() =>
			buildBreakdownSql({ ...base, bands: { kind: 'edges', edges: [1], labels: ['a'] } })
		).toThrow('invalid labels: 2 needed, got 1');
		expect(() => buildBreakdownSql({ ...base, bands: { kind: 'quantiles', count: 1 } })).toThrow(
			'invalid quantile count: 1'
		);
		expect(() => buildBreakdownSql({ ...base, bands: { kind: 'text', top: 0 } })).toThrow(
			'invalid top: 0'
		);
	});
});

const list = (sql: string) => db.rows(sql).map((r) => Object.values(r).map(String).join(' '));

// Spend before 2024-07-01 as above; orders: k04 2 (A41 A42), k05 1 (A52 is a return), k08 2,
// b01 1, k07 none.
describe('buildBreakdownMembersSql', () => {
	it('lists the customers of one segment × band square, largest spend first', () => {
		const sql = buildBreakdownMembersSql({
			asOf,
			segmentColumn: HOSTILE,
			attribute: 'age',
			bands: { kind: 'age' },
			segment: 'B',
			value: '25–34'
		});
		// customer_id, age, orders, revenue: k04 is 25 and k05 34 (both edges of the band).
		expect(list(sql)).toEqual(['k04 25 2 100', 'k05 34 1 40']);
		expect(db.rows(sql).map((r) => Object.keys(r))[0]).toEqual([
			'customer_id',
			'age',
			'orders',
			'revenue'
		]);
	});

	it('lists the "unknown" segment and value, prospects with 0 orders', () => {
		const sql = buildBreakdownMembersSql({
			asOf,
			segmentColumn: HOSTILE,
			attribute: 'age',
			bands: { kind: 'age' },
			segment: 'unknown',
			value: 'unknown'
		});
		expect(list(sql)).toEqual(['b01 null 1 90', 'k07 null 0 0']);
	});

	it('lists the "other" text values, and quotes a hostile attribute and values', () => {
		// gender × city, top 3 (Paris, Lyon, Lille): M × other = k05 (Nice) and k08 (Nantes).
		const other = buildBreakdownMembersSql({
			asOf,
			segmentColumn: 'gender',
			attribute: 'city',
			bands: { kind: 'text', top: 3 },
			segment: 'M',
			value: 'other'
		});
		expect(list(other)).toEqual(['k08 Nantes 2 100', 'k05 Nice 1 40']);
		const hostile = buildBreakdownMembersSql({
			asOf,
			segmentColumn: 'gender',
			attribute: HOSTILE,
			segment: 'F',
			value: "A' OR '1'='1"
		});
		expect(list(hostile)).toEqual([]);
		const a = buildBreakdownMembersSql({
			asOf,
			segmentColumn: 'gender',
			attribute: HOSTILE,
			segment: 'F',
			value: 'A'
		});
		expect(list(a)).toEqual(['k01 A 2 150', 'k03 A 1 120']);
		expect(Object.keys(db.rows(a)[0]!)).toContain(HOSTILE);
	});

	it('names the attribute column apart when it is called like a listed column', () => {
		const sql = buildBreakdownMembersSql({
			asOf,
			segmentColumn: 'gender',
			attribute: 'customer_id',
			bands: { kind: 'text', top: 20 },
			segment: 'M',
			value: 'k02'
		});
		expect(db.rows(sql)).toEqual([
			{ customer_id: 'k02', attribute_value: 'k02', orders: 1, revenue: 80 }
		]);
	});
});

describe('edgeLabels', () => {
	it('writes whole-number bands as ranges and others with "to under"', () => {
		expect(edgeLabels([18, 25, 35, 45, 55, 65])).toEqual([
			'under 18',
			'18–24',
			'25–34',
			'35–44',
			'45–54',
			'55–64',
			'65+'
		]);
		expect(edgeLabels([1, 2, 3])).toEqual(['under 1', '1', '2', '3+']);
		expect(edgeLabels([0.5, 1.5])).toEqual(['under 0.5', '0.5 to under 1.5', '1.5+']);
	});
});
