import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	affinityLens,
	buildAffinityMixSql,
	buildAffinitySql,
	buildAffinitySummarySql
} from '../../../src/segments/affinity';
import { buildCategoryBySegmentSql } from '../../../src/segments/affinity-segments';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';
import { HOSTILE } from '../data/fixture-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-affinity-orders.csv',
		customers: 'lens-breakdown-customers.csv'
	});
});
afterAll(() => db.close());

const asOf = '2024-07-01';

// Spend per category before 2024-07-01 (returns and lines without a category left out):
//   k01 Garden 100, Books 50     k02 Books 80          k03 Garden 60, Toys 60 (a tie)
//   k04 Toys 30 + 20 (+ 50 blank) k05 Books 40 (its Garden line is a return)
//   k06 Books 10 (its Garden 200 is on the as-of date)  k08 Garden 30, Books 30, Toys 40
//   b01 Garden 90 (not in the customer file)            k07 never bought
describe('buildAffinitySql', () => {
	it('gives each buyer the dominant category and how many they buy in', () => {
		const rows = rounded(db.rows(buildAffinitySql({ asOf })), 4);
		expect(rows.map((r) => Object.values(r))).toEqual([
			// customer, top, share, categories, multi, categorised revenue
			['b01', 'Garden', 1, 1, false, 90],
			['k01', 'Garden', 0.6667, 2, true, 150],
			['k02', 'Books', 1, 1, false, 80],
			['k03', 'Garden', 0.5, 2, true, 120], // the tie goes to the first name
			['k04', 'Toys', 1, 1, false, 50], // the blank category is not a category
			['k05', 'Books', 1, 1, false, 40],
			['k06', 'Books', 1, 1, false, 10],
			['k08', 'Toys', 0.4, 3, true, 100]
		]);
	});

	it('moves with the as-of date', () => {
		// On 2024-07-02 k06's Garden 200 counts: Garden 200 of 210.
		const k06 = db.one(`SELECT * FROM (${buildAffinitySql({ asOf: '2024-07-02' })})
			WHERE customer_id = 'k06'`);
		expect([k06.top_category, k06.category_count]).toEqual(['Garden', 2]);
	});
});

describe('buildAffinitySummarySql and buildAffinityMixSql', () => {
	it('sums up each category', () => {
		expect(rounded(db.rows(buildAffinitySummarySql({ asOf })), 6)).toEqual([
			// Garden: b01 k01 k03 k08 bought, top for b01 k01 k03, only b01 bought nothing else;
			// 90 + 100 + 60 + 30 = 280 of 640.
			summary('Garden', 4, 3, 1, 280, 0.4375),
			// Books: k01 k02 k05 k06 k08; top and only category for k02 k05 k06; 50 + 80 + 40 + 10
			// + 30 = 210.
			summary('Books', 5, 3, 3, 210, 0.328125),
			// Toys: k03 k04 k08; top for k04 and k08; only k04; 60 + 50 + 40 = 150.
			summary('Toys', 3, 2, 1, 150, 0.234375)
		]);
	});

	it('counts single- and multi-category buyers', () => {
		// Multi: k01 k03 k08 of 8 buyers.
		expect(db.one(buildAffinityMixSql({ asOf }))).toEqual({
			buyers: 8,
			single_category: 5,
			multi_category: 3,
			multi_category_share: 0.375
		});
	});
});

function summary(
	category: string,
	buyers: number,
	top: number,
	single: number,
	revenue: number,
	share: number
) {
	return {
		category,
		buyers,
		top_customers: top,
		single_category_customers: single,
		revenue,
		revenue_share: share
	};
}

describe('affinityLens and buildCategoryBySegmentSql', () => {
	beforeAll(() => {
		db.run(buildCustomersViewSql({ asOf, lenses: [affinityLens({ asOf })] }));
	});

	it('adds top_category to the customers view', () => {
		const rows = db.rows(`SELECT customer_id, top_category, is_multi_category FROM customers
			WHERE customer_id IN ('k03', 'k07') ORDER BY customer_id`);
		expect(rows).toEqual([
			{ customer_id: 'k03', top_category: 'Garden', is_multi_category: true },
			{ customer_id: 'k07', top_category: null, is_multi_category: null }
		]);
	});

	it('crosses categories with a segment column, even one with a hostile name', () => {
		// Segments from the hostile column: A = k01 k02 k03 (350 spent), B = k04 k05 k06 k08
		// (200), unknown = b01 (90). Base shares: Garden 0.4375, Books 0.328125, Toys 0.234375.
		const rows = rounded(db.rows(buildCategoryBySegmentSql({ asOf, segmentColumn: HOSTILE })), 4);
		expect(rows.map((r) => Object.values(r))).toEqual([
			// segment, category, customers, revenue, customer share, revenue share, index
			['A', 'Books', 2, 130, 0.6667, 0.3714, 113.1973], // 130/350 ÷ 0.328125
			['A', 'Garden', 2, 160, 0.6667, 0.4571, 104.4898], // 160/350 ÷ 0.4375
			['A', 'Toys', 1, 60, 0.3333, 0.1714, 73.1429], // 60/350 ÷ 0.234375
			['B', 'Books', 3, 80, 0.75, 0.4, 121.9048], // k05 k06 k08: 80/200 ÷ 0.328125
			['B', 'Garden', 1, 30, 0.25, 0.15, 34.2857], // k08
			['B', 'Toys', 2, 90, 0.5, 0.45, 192], // k04 k08
			['unknown', 'Books', 0, 0, 0, 0, 0],
			['unknown', 'Garden', 1, 90, 1, 1, 228.5714], // b01: 1 ÷ 0.4375
			['unknown', 'Toys', 0, 0, 0, 0, 0]
		]);
	});

	it('rejects a missing segment column', () => {
		expect(() => buildCategoryBySegmentSql({ asOf, segmentColumn: '' })).toThrow(
			'invalid segmentColumn: '
		);
	});
});
