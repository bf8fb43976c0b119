import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildParetoSql } from '../../../src/segments/pareto';
import {
	buildValueTierSummarySql,
	buildValueTiersSql,
	buildVipSummarySql,
	type ValueTierOptions,
	type ValueTierPick
} from '../../../src/segments/value-tiers';
import { buildCoreLensSql } from '../../../src/segments/customers-view';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
});
afterAll(() => db.close());

const asOf = '2024-07-01';

// Monetary on 2024-07-01, largest first, with the revenue of those who spent strictly more
// ("ahead") out of a total of 1000:
//   c01 300 (0)  c02 200 (300)  c03 150 (500)  c04 100 (650)  c05 50 (750)
//   c06 45 (800) c07 45 (800)   c08 40 (890)   c09 35 (930)   c10 35 (930)
function tiers(opts: Partial<ValueTierOptions> = {}) {
	return db
		.rows<{ customer_id: string; value_tier: string; is_vip: boolean }>(
			buildValueTiersSql({ asOf, ...opts })
		)
		.map((r) => `${r.customer_id}:${r.value_tier}${r.is_vip ? '*' : ''}`)
		.join(' ');
}

describe('buildValueTiersSql', () => {
	it('cuts at 50 % and 80 % of revenue, the boundaries falling exactly on a buyer', () => {
		// c03 has exactly 500 = 50 % ahead: no longer high. c06 and c07 have exactly 800 = 80 %
		// ahead: low. Default VIPs are the top 100, so everyone here.
		expect(tiers()).toBe(
			'c01:high* c02:high* c03:mid* c04:mid* c05:mid* c06:low* c07:low* c08:low* c09:low* c10:low*'
		);
	});

	it('keeps equal spenders in one tier when a boundary falls between them', () => {
		// Mid up to 82 %: c06 (800 ahead) is mid, and so is c07, although 845 would be ahead of
		// it in row order.
		expect(tiers({ midShare: 0.32, vip: { top: 0 } })).toBe(
			'c01:high c02:high c03:mid c04:mid c05:mid c06:mid c07:mid c08:low c09:low c10:low'
		);
	});

	it('marks VIPs by rank, ties at the last place included, or by a spend floor', () => {
		expect(tiers({ vip: { top: 3 } })).toContain('c03:mid* c04:mid ');
		// Sixth place is shared by c06 and c07 (45): both in.
		expect(tiers({ vip: { top: 6 } })).toContain('c06:low* c07:low* c08:low ');
		expect(tiers({ vip: { minMonetary: 100 } })).toContain('c04:mid* c05:mid ');
	});

	it('gives ranks and the revenue share ahead', () => {
		const rows = rounded(db.rows(buildValueTiersSql({ asOf })));
		expect(rows.slice(5, 8).map((r) => [r.monetary_rank, r.revenue_share_ahead])).toEqual([
			[6, 0.8],
			[6, 0.8],
			[8, 0.89]
		]);
	});

	it('rejects shares that do not fit in 100 %', () => {
		expect(() => buildValueTiersSql({ asOf, highShare: 0.7, midShare: 0.4 })).toThrow(
			'invalid tier shares: 0.7, 0.4'
		);
	});
});

describe('buildValueTierSummarySql', () => {
	it('sums up the three tiers', () => {
		expect(rounded(db.rows(buildValueTierSummarySql({ asOf })))).toEqual([
			{
				value_tier: 'high',
				customers: 2,
				revenue: 500,
				customer_share: 0.2,
				revenue_share: 0.5,
				min_monetary: 200,
				max_monetary: 300
			},
			{
				value_tier: 'mid',
				customers: 3,
				revenue: 300,
				customer_share: 0.3,
				revenue_share: 0.3,
				min_monetary: 50,
				max_monetary: 150
			},
			{
				value_tier: 'low',
				customers: 5,
				revenue: 200,
				customer_share: 0.5,
				revenue_share: 0.2,
				min_monetary: 35,
				max_monetary: 45
			}
		]);
	});
});

describe('buildParetoSql', () => {
	it('gives the cumulative curve from the origin and the top 20 % share', () => {
		// Top 20 % of 10 buyers = 2 buyers: (300 + 200) / 1000.
		const rows = rounded(db.rows(buildParetoSql({ asOf })));
		expect(rows.map((r) => [r.customers, r.customer_share, r.revenue_share])).toEqual([
			[0, 0, 0],
			[1, 0.1, 0.3],
			[2, 0.2, 0.5],
			[3, 0.3, 0.65],
			[4, 0.4, 0.75],
			[5, 0.5, 0.8],
			[6, 0.6, 0.845],
			[7, 0.7, 0.89],
			[8, 0.8, 0.93],
			[9, 0.9, 0.965],
			[10, 1, 1]
		]);
		expect(new Set(rows.map((r) => r.top_revenue_share))).toEqual(new Set([0.5]));
	});

	it('thins the curve to at most maxPoints points, keeping both ends', () => {
		// maxPoints 5: every ceil(10 / 3) = 4th buyer, the last one and the origin.
		const rows = rounded(db.rows(buildParetoSql({ asOf, maxPoints: 5 })));
		expect(rows.map((r) => [r.customers, r.revenue_share])).toEqual([
			[0, 0],
			[4, 0.75],
			[8, 0.93],
			[10, 1]
		]);
	});

	it('splits equal spenders across two points by their spend alone', () => {
		// maxPoints 8: every ceil(10 / 6) = 2nd buyer. c06 and c07 (45 each) are the 6th and 7th
		// whichever comes first: 845 after six buyers either way.
		const rows = rounded(db.rows(buildParetoSql({ asOf, maxPoints: 8 })));
		expect(rows.map((r) => [r.customers, r.revenue_share])).toEqual([
			[0, 0],
			[2, 0.5],
			[4, 0.75],
			[6, 0.845],
			[8, 0.93],
			[10, 1]
		]);
	});

	it('rounds the top share up to whole buyers', () => {
		// Top 25 % of 10 = 2.5 → 3 buyers: 650 / 1000.
		const [row] = rounded(db.rows(buildParetoSql({ asOf, topPercent: 25 })));
		expect(row!.top_revenue_share).toBe(0.65);
	});

	it('is empty without buyers', () => {
		expect(db.rows(buildParetoSql({ asOf: '2023-01-01' }))).toEqual([]);
	});
});

describe('buildVipSummarySql', () => {
	it('counts the VIPs, their revenue and the smallest spend among them', () => {
		expect(db.one(buildVipSummarySql({ asOf }))).toEqual({
			customers: 10,
			revenue: 1000,
			min_monetary: 35
		});
		expect(db.one(buildVipSummarySql({ asOf, vip: { top: 3 } }))).toEqual({
			customers: 3,
			revenue: 650,
			min_monetary: 150
		});
		expect(db.one(buildVipSummarySql({ asOf, vip: { top: 0 } }))).toEqual({
			customers: 0,
			revenue: 0,
			min_monetary: null
		});
	});
});

describe('storedTiers', () => {
	const picks: (ValueTierPick | undefined)[] = [
		undefined,
		{ tier: 'high' },
		{ tier: 'mid' },
		{ tier: 'low' },
		{ vip: true }
	];
	const settings: Partial<ValueTierOptions>[] = [
		{},
		{ midShare: 0.32, vip: { top: 0 } },
		{ vip: { top: 6 } },
		{ vip: { minMonetary: 100 } },
		{ highShare: 0.2, midShare: 0.3, vip: { top: 3 } }
	];

	it.each(settings)(
		'reads tier and VIP flag from lens_core built with %j, as ranking gives',
		(opts) => {
			db.rows(buildCoreLensSql({ asOf, ...opts }));
			const stored = { asOf, ...opts, metricsTable: 'lens_core', storedTiers: true };
			for (const pick of picks) {
				const ranked = rounded(db.rows(buildValueTiersSql({ asOf, ...opts, pick })));
				expect(
					rounded(db.rows(buildValueTiersSql({ ...stored, pick }))),
					JSON.stringify(pick)
				).toEqual(ranked);
			}
			expect(db.rows(buildValueTierSummarySql(stored))).toEqual(
				db.rows(buildValueTierSummarySql({ asOf, ...opts }))
			);
			expect(db.rows(buildVipSummarySql(stored))).toEqual(
				db.rows(buildVipSummarySql({ asOf, ...opts }))
			);
		}
	);

	it('reads the stored columns rather than ranking: a table holding other tiers shows them', () => {
		db.rows(buildCoreLensSql({ asOf }));
		db.rows(`CREATE OR REPLACE TABLE tampered AS
			SELECT * REPLACE ('high' AS value_tier, false AS is_vip) FROM lens_core`);
		const stored = { asOf, metricsTable: 'tampered', storedTiers: true };
		const summary = db.rows<{ value_tier: string; customers: number }>(
			buildValueTierSummarySql(stored)
		);
		expect(summary.map((t) => [t.value_tier, t.customers])).toEqual([
			['high', 10],
			['mid', 0],
			['low', 0]
		]);
		expect(db.one(buildVipSummarySql(stored))).toMatchObject({ customers: 0 });
		// Ranks and shares ahead are still every buyer's own.
		const high = rounded(db.rows(buildValueTiersSql({ ...stored, pick: { tier: 'high' } })));
		expect(high.map((r) => [r.monetary_rank, r.revenue_share_ahead])).toEqual([
			[1, 0],
			[2, 0.3],
			[3, 0.5],
			[4, 0.65],
			[5, 0.75],
			[6, 0.8],
			[6, 0.8],
			[8, 0.89],
			[9, 0.93],
			[9, 0.93]
		]);
		// Without storedTiers the same table is ranked again from its metrics.
		expect(db.rows(buildValueTierSummarySql({ asOf, metricsTable: 'tampered' }))).toEqual(
			db.rows(buildValueTierSummarySql({ asOf }))
		);
	});

	it('needs a table to read them from, and a known tier to pick', () => {
		expect(() => buildValueTierSummarySql({ asOf, storedTiers: true })).toThrow(
			'invalid storedTiers: no metricsTable'
		);
		const pick = { tier: 'top' } as unknown as ValueTierPick;
		expect(() => buildValueTiersSql({ asOf, pick })).toThrow('invalid tier: top');
	});
});
