import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildLifecycleStagePairsSql,
	buildLifecycleTransitionMembersSql,
	buildLifecycleTransitionsSql
} from '../../../src/segments/lifecycle-transitions';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-lifecycle-orders.csv',
		customers: 'lens-lifecycle-customers.csv'
	});
});
afterAll(() => db.close());

const opts = { previousAsOf: '2024-04-01', asOf: '2024-07-01' };

// Stages on 2024-07-01 are worked out in lifecycle.test.ts. On 2024-04-01 (new: first order on
// or after 03-02; churned: last order before 2023-10-04; loyalty window from 2023-04-02):
//   p01 p02 p03 n01 prospect (in the customer file, no order yet)
//   a01 (01-03) a02 (01-02) r01 (03-01, 31 days; 04-01 is the as-of date) active
//   r05 new (03-02: exactly 30 days)
//   l01 (3 months) l02 (5 months) l03 (5 months) repeat; l04 (6 months, 17 days) loyal
//   n02 n03 r02 r03 r04 s01 not known yet (first order later, not in the customer file).
describe('buildLifecycleStagePairsSql', () => {
	it('gives every customer their stage on both dates', () => {
		const pairs = db
			.rows<{ customer_id: string; from_stage: string; to_stage: string }>(
				buildLifecycleStagePairsSql(opts)
			)
			.map((r) => `${r.customer_id}:${r.from_stage}>${r.to_stage}`);
		expect(pairs).toEqual([
			'a01:active>active',
			'a02:active>churned',
			'l01:repeat>loyal',
			'l02:repeat>loyal',
			'l03:repeat>repeat',
			'l04:loyal>lapsing',
			'n01:prospect>new',
			'n02:unknown>active',
			'n03:unknown>new',
			'p01:prospect>prospect',
			'p02:prospect>prospect',
			'p03:prospect>prospect',
			'r01:active>lapsing',
			'r02:unknown>repeat',
			'r03:unknown>repeat',
			'r04:unknown>lapsing',
			'r05:new>lapsing',
			's01:unknown>repeat'
		]);
	});

	it('rejects dates in the wrong order', () => {
		expect(() => buildLifecycleStagePairsSql({ ...opts, previousAsOf: '2024-07-01' })).toThrow(
			'invalid previousAsOf: 2024-07-01 is not before 2024-07-01'
		);
		expect(() => buildLifecycleStagePairsSql({ ...opts, previousAsOf: 'x' })).toThrow(
			'invalid previousAsOf: x'
		);
	});
});

describe('buildLifecycleTransitionsSql', () => {
	it('counts the flow from each stage to each stage', () => {
		const rows = rounded(db.rows(buildLifecycleTransitionsSql(opts)), 4);
		expect(rows.map((r) => Object.values(r))).toEqual([
			// from, to, from_order, to_order, customers, share_of_from (6 not known before)
			['unknown', 'new', 0, 2, 1, 0.1667], // n03
			['unknown', 'active', 0, 3, 1, 0.1667], // n02
			['unknown', 'repeat', 0, 4, 3, 0.5], // r02 r03 s01
			['unknown', 'lapsing', 0, 6, 1, 0.1667], // r04
			['prospect', 'prospect', 1, 1, 3, 0.75], // p01 p02 p03 of 4
			['prospect', 'new', 1, 2, 1, 0.25], // n01
			['new', 'lapsing', 2, 6, 1, 1], // r05
			['active', 'active', 3, 3, 1, 0.3333], // a01 of a01 a02 r01
			['active', 'lapsing', 3, 6, 1, 0.3333], // r01
			['active', 'churned', 3, 7, 1, 0.3333], // a02
			['repeat', 'repeat', 4, 4, 1, 0.3333], // l03 of l01 l02 l03
			['repeat', 'loyal', 4, 5, 2, 0.6667], // l01 l02
			['loyal', 'lapsing', 5, 6, 1, 1] // l04
		]);
	});
});

describe('buildLifecycleTransitionMembersSql', () => {
	const members = (from: string, to: string) =>
		db
			.rows(buildLifecycleTransitionMembersSql({ ...opts, from, to }))
			.map((r) => Object.values(r).map(String).join(' '));

	it('lists the customers of one (from, to) pair with their orders and spend on asOf', () => {
		// customer_id, orders, revenue, last_order_date (epoch ms) before 2024-07-01.
		const day = (iso: string) => String(Date.parse(`${iso}T00:00:00Z`));
		expect(members('repeat', 'loyal')).toEqual([
			`l01 6 120 ${day('2024-06-15')}`,
			`l02 6 60 ${day('2024-05-20')}`
		]);
		// s01: two orders on one day.
		expect(members('unknown', 'repeat')).toEqual([
			`r02 2 60 ${day('2024-06-10')}`,
			`r03 2 50 ${day('2024-06-01')}`,
			`s01 2 30 ${day('2024-04-01')}`
		]);
		expect(members('prospect', 'prospect').map((r) => r.split(' ').slice(0, 2))).toEqual([
			['p01', '0'],
			['p02', '0'],
			['p03', '0']
		]);
		expect(members('loyal', 'churned')).toEqual([]);
	});

	it('adds up to the flow', () => {
		for (const row of db.rows<{ from_stage: string; to_stage: string; customers: number }>(
			buildLifecycleTransitionsSql(opts)
		)) {
			expect(members(row.from_stage, row.to_stage)).toHaveLength(row.customers);
		}
	});

	it('takes only known stages', () => {
		expect(() =>
			buildLifecycleTransitionMembersSql({ ...opts, from: "x' OR 1=1", to: 'new' })
		).toThrow("invalid from: x' OR 1=1");
		expect(() =>
			buildLifecycleTransitionMembersSql({ ...opts, from: 'new', to: 'unknown' })
		).toThrow('invalid to: unknown');
	});
});
