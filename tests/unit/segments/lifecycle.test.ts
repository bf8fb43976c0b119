import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import {
	buildLifecycleSql,
	buildLifecycleSummarySql,
	describeLifecycleStages,
	lifecycleLens,
	type LifecycleOptions
} from '../../../src/segments/lifecycle';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-lifecycle-orders.csv',
		customers: 'lens-lifecycle-customers.csv'
	});
});
afterAll(() => db.close());

const asOf = '2024-07-01';

/** `id:stage` for every customer, in id order. */
function stages(opts: Partial<LifecycleOptions> = {}): string {
	return db
		.rows<{ customer_id: string; lifecycle_stage: string }>(buildLifecycleSql({ asOf, ...opts }))
		.map((r) => `${r.customer_id}:${r.lifecycle_stage}`)
		.join(' ');
}

// Days before 2024-07-01: 30 → 06-01, 180 → 2024-01-03, 365 → 2023-07-02 (2024 is a leap year).
describe('buildLifecycleSql', () => {
	it('gives every known customer one stage with the default thresholds', () => {
		expect(stages()).toBe(
			[
				// One order exactly 180 days ago: not yet churned, so active (one order, not new).
				'a01:active',
				// 181 days: churned.
				'a02:churned',
				// 6 months in the last 365 days, last order 16 days ago, median gap 31 days.
				'l01:loyal',
				// 6 months, the first exactly 365 days ago (2023-07-02, in the window): loyal;
				// gaps 70 61 61 60 71 → median 61, 42 days since the last ≤ 91.5.
				'l02:loyal',
				// The same one day earlier (366 days): 5 months in the window, so only repeat.
				'l03:repeat',
				// 6 months but the last order 108 days ago > 1.5 × 31: lapsing beats loyal.
				'l04:lapsing',
				// First order exactly 30 days ago: new; its order of 07-05 is after the as-of date.
				'n01:new',
				// One order 31 days ago: no longer new, so active.
				'n02:active',
				// Two orders, the first 26 days ago: new beats repeat.
				'n03:new',
				// In the customer file, no order.
				'p01:prospect',
				// Only a return line: returns never count as orders.
				'p02:prospect',
				// Its only order is on the as-of date itself, which is ignored.
				'p03:prospect',
				// Gap 31, 91 days since the last order > 46.5.
				'r01:lapsing',
				// Gap 40, 21 days since the last order ≤ 60.
				'r02:repeat',
				// Gap 20, exactly 30 = 1.5 × 20 days since the last order: not (yet) lapsing.
				'r03:repeat',
				// Gap 20, 31 days: lapsing.
				'r04:lapsing',
				// Gaps 10 20 51: median 20 (the mean, 27, would give 40.5), 40 days > 30: lapsing.
				'r05:lapsing',
				// Two orders on one day: repeat, but no gap, so never lapsing.
				's01:repeat'
			].join(' ')
		);
	});

	it('gives the columns the stage is decided from', () => {
		const rows = db.rows(buildLifecycleSql({ asOf, stage: 'lapsing' }));
		expect(rows.map((r) => [r.customer_id, r.orders, r.median_gap_days, r.active_months])).toEqual([
			['l04', 6, 31, 6],
			['r01', 2, 31, 2],
			['r04', 2, 20, 1],
			['r05', 4, 20, 3]
		]);
		const s01 = db.one(`SELECT * FROM (${buildLifecycleSql({ asOf })}) WHERE customer_id = 's01'`);
		expect([s01.orders, s01.median_gap_days]).toEqual([2, null]);
	});

	it('follows changed thresholds', () => {
		const changed = stages({ newDays: 31, churnDays: 179, loyalMonths: 5, lapseFactor: 2 });
		// n02 (31 days) is new; a01 (180 days) churned; l03 (5 months) loyal; r04 (31 ≤ 2 × 20)
		// and r05 (40 ≤ 40) no longer lapsing; r01 (91 > 62) and l04 (108 > 62) still are.
		expect(changed).toContain('a01:churned');
		expect(changed).toContain('n02:new');
		expect(changed).toContain('l03:loyal');
		expect(changed).toContain('r04:repeat r05:repeat');
		expect(changed).toContain('r01:lapsing');
		expect(changed).toContain('l04:lapsing');
	});

	it('moves with the as-of date', () => {
		// On 2024-04-01: r05's first order (03-02) is exactly 30 days old: new. l04 has 6 months
		// in the window and its last order is 17 days old: loyal. r01 has one order (03-01, 31
		// days; its 04-01 order is on the as-of date): active. n01 has not bought yet: prospect.
		const early = stages({ asOf: '2024-04-01' });
		expect(early).toBe(
			'a01:active a02:active l01:repeat l02:repeat l03:repeat l04:loyal n01:prospect ' +
				'p01:prospect p02:prospect p03:prospect r01:active r05:new'
		);
	});

	it('rejects invalid options', () => {
		expect(() => buildLifecycleSql({ asOf, newDays: 1.5 })).toThrow('invalid newDays: 1.5');
		expect(() => buildLifecycleSql({ asOf, churnDays: 0 })).toThrow('invalid churnDays: 0');
		expect(() => buildLifecycleSql({ asOf, lapseFactor: -1 })).toThrow('invalid lapseFactor: -1');
		expect(() => buildLifecycleSql({ asOf: '2024-02-30' })).toThrow('invalid asOf: 2024-02-30');
		expect(() => buildLifecycleSql({ asOf, stage: 'gone' as never })).toThrow('invalid stage');
	});

	it('describes every stage with the chosen numbers', () => {
		const how = describeLifecycleStages({ asOf, newDays: 14 });
		expect(how.map((h) => h.stage)).toEqual([
			'prospect',
			'new',
			'active',
			'repeat',
			'loyal',
			'lapsing',
			'churned'
		]);
		expect(how[1]!.how).toBe('First order 14 days or less before the as-of date.');
	});
});

describe('buildLifecycleSummarySql', () => {
	it('counts customers and revenue per stage, empty stages included', () => {
		// 18 customers, revenue 910 (returns and orders on or after the as-of date left out).
		expect(rounded(db.rows(buildLifecycleSummarySql({ asOf })), 6)).toEqual([
			row('prospect', 3, 0, 0), // p01 p02 p03, 0 orders each
			row('new', 2, 100, 1.5), // n01 50, n03 20 + 30
			row('active', 2, 130, 1), // n02 50, a01 80
			row('repeat', 4, 200, 3), // r02 60, r03 50, l03 60, s01 30; orders (2 + 2 + 6 + 2) / 4
			row('loyal', 2, 180, 6), // l01 120, l02 60
			row('lapsing', 4, 230, 3.5), // r01 80, r04 50, r05 40, l04 60; orders (2 + 2 + 4 + 6) / 4
			row('churned', 1, 70, 1) // a02
		]);
	});

	it('has every stage with zeros when there is no data', async () => {
		const empty = await openSegmentsDb({});
		const rows = empty.rows(buildLifecycleSummarySql({ asOf }));
		expect(rows.map((r) => [r.customers, r.revenue, r.customer_share])).toEqual(
			Array(7).fill([0, 0, null])
		);
		empty.close();
	});
});

function row(stage: string, customers: number, revenue: number, avgOrders: number) {
	return {
		lifecycle_stage: stage,
		customers,
		customer_share: Math.round((customers / 18) * 1e6) / 1e6,
		revenue,
		revenue_share: Math.round((revenue / 910) * 1e6) / 1e6,
		avg_orders: avgOrders
	};
}

describe('lifecycleLens', () => {
	it('adds lifecycle_stage to the customers view', () => {
		db.run(buildCustomersViewSql({ asOf, lenses: [lifecycleLens({ asOf })] }));
		const rows = db.rows(`SELECT lifecycle_stage, count(*) AS n FROM customers GROUP BY ALL
			ORDER BY lifecycle_stage`);
		expect(rows).toEqual([
			{ lifecycle_stage: 'active', n: 2 },
			{ lifecycle_stage: 'churned', n: 1 },
			{ lifecycle_stage: 'lapsing', n: 4 },
			{ lifecycle_stage: 'loyal', n: 2 },
			{ lifecycle_stage: 'new', n: 2 },
			{ lifecycle_stage: 'prospect', n: 3 },
			{ lifecycle_stage: 'repeat', n: 4 }
		]);
		// Prospects in the view are exactly the prospect stage.
		expect(
			db.one(`SELECT count(*) AS n FROM customers
				WHERE is_prospect <> (lifecycle_stage = 'prospect')`)
		).toEqual({ n: 0 });
	});
});
