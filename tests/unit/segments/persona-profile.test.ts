import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersonaProfileSql } from '../../../src/segments/persona-profile';
import { buildPersonaSpendMixSql } from '../../../src/segments/persona-spend-mix';
import { buildPersonaAttributeSql } from '../../../src/segments/persona-attributes';
import { rounded, type SegmentsDb } from './segments-db';
import { openPersonaDb, PERSONA_AS_OF } from './persona-db';

const asOf = PERSONA_AS_OF;
let db: SegmentsDb;
beforeAll(async () => {
	db = await openPersonaDb();
});
afterAll(() => db.close());

// Segments are the `tribe` column of the customer file: A = p1 p2 p3, B = p4 p5 p7 (p7 never
// bought); p6 has no tribe and is in no segment and not in the base (6 customers, 5 buyers).
// Before 2024-07-01, returns excluded (p3's order of 07-05 is after it):
//   p1 2 orders 150 (50 discounted), last 06-21 → recency 10, first 06-01 → tenure 30
//   p2 1 order 60, recency 60, tenure 60
//   p3 1 order 60 (Toys 30 discounted), recency = tenure = 180 (2024-01-03 → 07-01)
//   p4 2 orders 300 (200 discounted), 50 returned, last 04-01 → 91, first 03-02 → 121
//   p5 1 order 40 (discounted), recency = tenure = 20
describe('buildPersonaProfileSql', () => {
	it('gives size, shares and averages per segment and for the base', () => {
		const rows = rounded(db.rows(buildPersonaProfileSql({ asOf, segmentColumn: 'tribe' })), 6);
		const pick = (r: Record<string, unknown>) => [
			r.segment,
			r.is_base,
			r.customers,
			r.customer_share,
			r.buyers,
			r.revenue,
			r.revenue_share,
			r.avg_recency_days,
			r.avg_frequency,
			r.avg_monetary,
			r.avg_tenure_days,
			r.discount_share,
			r.return_share
		];
		expect(rows.map(pick)).toEqual([
			// base: recency 361/5, orders 7/5, spend 610/5, tenure 411/5, discounted 320/610, 50/610
			[null, true, 6, 1, 5, 610, 1, 72.2, 1.4, 122, 82.2, 0.52459, 0.081967],
			// A: 250/3 days, 4/3 orders, 270/3, tenure 270/3, discounted 80/270, no return
			['A', false, 3, 0.5, 3, 270, 0.442623, 83.333333, 1.333333, 90, 90, 0.296296, 0],
			// B: averages over its 2 buyers; discounted 240/340, returned 50/340
			['B', false, 3, 0.5, 2, 340, 0.557377, 55.5, 1.5, 170, 70.5, 0.705882, 0.147059]
		]);
	});

	it('averages a CLV column and gives the share of a flag when asked', () => {
		const sql = buildPersonaProfileSql({
			asOf,
			segmentColumn: 'tribe',
			clvColumn: 'monetary',
			flagColumns: ['is_prospect']
		});
		const rows = rounded(db.rows(sql), 6);
		// avg_clv here averages monetary over everyone (prospects count 0): A 270/3, B 340/3.
		expect(rows.map((r) => [r.segment, r.avg_clv, r.share_0])).toEqual([
			[null, 101.666667, 0.166667],
			['A', 90, 0],
			['B', 113.333333, 0.333333]
		]);
	});

	it('rejects a missing segment column name', () => {
		expect(() => buildPersonaProfileSql({ asOf, segmentColumn: '' })).toThrow(
			'invalid segmentColumn'
		);
	});
});

describe('buildPersonaSpendMixSql', () => {
	it('ranks categories by share of spend with the index against the base', () => {
		const rows = rounded(
			db.rows(buildPersonaSpendMixSql({ asOf, segmentColumn: 'tribe', by: 'category', top: 2 })),
			4
		);
		// Base spend (A and B only): Garden 180, Books 360, Toys 70 of 610.
		expect(rows.map((r) => Object.values(r))).toEqual([
			// segment, value, revenue, share of spend, base share, index, rank
			['A', 'Garden', 180, 0.6667, 0.2951, 225.9259, 1], // (180/270) ÷ (180/610)
			['A', 'Books', 60, 0.2222, 0.5902, 37.6543, 2],
			['B', 'Books', 300, 0.8824, 0.5902, 149.5098, 1],
			['B', 'Toys', 40, 0.1176, 0.1148, 102.521, 2]
		]);
	});

	it('gives the preferred channel', () => {
		const rows = rounded(
			db.rows(buildPersonaSpendMixSql({ asOf, segmentColumn: 'tribe', by: 'channel', top: 1 })),
			4
		);
		expect(rows.map((r) => [r.segment, r.value, r.revenue, r.share_of_spend])).toEqual([
			['A', 'web', 210, 0.7778],
			['B', 'store', 300, 0.8824]
		]);
	});
});

describe('buildPersonaAttributeSql', () => {
	it('gives shares, the index and the two-proportion z against the rest of the base', () => {
		const rows = rounded(
			db.rows(buildPersonaAttributeSql({ asOf, segmentColumn: 'tribe', attribute: 'gender' })),
			6
		);
		// Base: F p1 p2 p5, M p3 p4 p7. A: F 2 of 3; the rest (B): F 1 of 3; p̂ = 1/2.
		// z = (2/3 − 1/3) ÷ √(1/2 · 1/2 · (1/3 + 1/3)) = 0.816497.
		expect(
			rows.map((r) => [r.segment, r.value, r.customers, r.share_in_segment, r.index_vs_base, r.z])
		).toEqual([
			['A', 'F', 2, 0.666667, 133.333333, 0.816497],
			['A', 'M', 1, 0.333333, 66.666667, -0.816497],
			['B', 'F', 1, 0.333333, 66.666667, -0.816497],
			['B', 'M', 2, 0.666667, 133.333333, 0.816497]
		]);
	});

	it('has no z where every customer has the value (nothing to compare)', () => {
		const rows = db.rows(
			buildPersonaAttributeSql({ asOf, segmentColumn: 'tribe', attribute: 'country' })
		);
		expect(rows.map((r) => [r.segment, r.value, r.customers, r.base_total, r.z])).toEqual([
			['A', 'FR', 3, 6, null],
			['B', 'FR', 3, 6, null]
		]);
	});
});
