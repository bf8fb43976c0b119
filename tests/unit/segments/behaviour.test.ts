import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	behaviourLens,
	buildBehaviourSql,
	type BehaviourOptions
} from '../../../src/segments/behaviour';
import {
	ALL_AVAILABLE,
	buildBehaviourAvailabilitySql
} from '../../../src/segments/behaviour-available';
import { buildBehaviourSummarySql } from '../../../src/segments/behaviour-summary';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-behaviour-orders.csv',
		customers: 'lens-behaviour-customers.csv',
		tickets: 'lens-behaviour-tickets.csv'
	});
	// The shared harness reads no events file: the events view is made here, typed as canonical.
	const file = 'lens-behaviour-events.csv';
	db.registerText(file, readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
	db.rows(`CREATE OR REPLACE VIEW events AS
		SELECT CAST(customer_id AS VARCHAR) AS customer_id, CAST(event_time AS TIMESTAMP) AS event_time,
			CAST(event_type AS VARCHAR) AS event_type, CAST(channel AS VARCHAR) AS channel
		FROM read_csv('${file}', all_varchar = true)`);
});
afterAll(() => db.close());

const asOf = '2024-07-01';
const base: BehaviourOptions = { asOf, available: ALL_AVAILABLE };

/** `id:value` of one column for every customer, in id order. */
function column(name: string, opts: Partial<BehaviourOptions> = {}): string {
	return db
		.rows<Record<string, unknown>>(buildBehaviourSql({ ...base, ...opts }))
		.map((r) => `${r.customer_id}:${r[name] === null ? '-' : String(r[name])}`)
		.join(' ');
}

// The fixture on 2024-07-01 (anything dated on or after it is ignored, such as b11's discounted
// order and visit of 07-01 and b08's complaint of 07-02). Event window: from 2024-04-02.
//   b01 4 lines, 2 discounted (exactly 50 %; revenue 50 of 80)  e-mail click 06-02
//   b02 1 of 3 lines discounted; its date-only order of 05-10 and a page view that morning
//   b03 no discount; 2 app orders, 1 web; last order 06-25 15:00
//   b04 4 lines + 1 return line: exactly 20 % of lines returned; last order 03-01
//   b05 5 lines + 1 return: 1/6; web 05-01 and phone 06-24 (date only, exactly 7 days ago)
//   b06 all discounted, no channel; a "Complaint" ticket without a score; a social like
//   b07 two tickets scored 2 (mean exactly 2)   b08 half discounted; scores 2 and 3 (2.5)
//   b09 1 item at 12:30, page view at 12:00 (exactly 30 min); 2 items at 20:00 after a view at
//       19:55; a product view on 06-20
//   b10 1 item at 12:30:01, page view at 12:00 (30 min 1 s); cart and checkout on 06-11
//   b11 1 item at 09:10; page views 06-11 09:00 (over 24 h before) and 06-12 09:00 (10 min)
//   q01 q02 q03 in the customer file only: q01 a complaint ticket, page and product views;
//       q02 a page view; q03 a checkout on 03-01 (before the window)
describe('buildBehaviourSql', () => {
	it('gives buyers one behaviour group by precedence, and non-buyers none', () => {
		expect(column('behaviour_group')).toBe(
			[
				'b01:discount_seeker', // 2 of 4 lines: at the threshold
				'b02:other', // 1 of 3 lines discounted: neither seeker nor full-price
				'b03:full_price_buyer',
				'b04:returner', // exactly 20 % returned; also full-price, but returner comes first
				'b05:full_price_buyer', // 1/6 returned, under 20 %
				'b06:complainer', // complainer beats discount seeker
				'b07:complainer', // mean satisfaction exactly 2
				'b08:discount_seeker', // mean 2.5: not a complainer
				'b09:impulse_buyer', // 1 impulse order of 2 tracked: exactly half
				'b10:full_price_buyer', // 30 min 1 s: not an impulse order
				'b11:impulse_buyer', // the visit of the day before is over 24 h old
				'q01:-',
				'q02:-',
				'q03:-'
			].join(' ')
		);
	});

	it('computes each flag', () => {
		expect(column('is_complainer')).toBe(
			'b01:false b02:false b03:false b04:false b05:false b06:true b07:true b08:false ' +
				'b09:false b10:false b11:false q01:true q02:false q03:false'
		);
		expect(column('discount_share')).toBe(
			'b01:0.5 b02:0.3333333333333333 b03:0 b04:0 b05:0 b06:1 b07:0 b08:0.5 b09:0 b10:0 ' +
				'b11:0 q01:- q02:- q03:-'
		);
		expect(column('is_full_price_buyer')).toBe(
			'b01:false b02:false b03:true b04:true b05:true b06:false b07:true b08:false ' +
				'b09:true b10:true b11:true q01:false q02:false q03:false'
		);
		expect(column('return_share')).toContain('b04:0.2 b05:0.16666666666666666 b06:0');
		expect(column('impulse_orders')).toBe(
			'b01:0 b02:0 b03:0 b04:0 b05:0 b06:0 b07:0 b08:0 b09:1 b10:0 b11:1 q01:0 q02:0 q03:0'
		);
		expect(column('complaint_tickets')).toContain('b06:1 b07:0 b08:0');
		expect(column('mean_satisfaction')).toContain('b06:- b07:2 b08:2.5');
	});

	it('places everyone in the journey', () => {
		expect(column('journey_stage')).toBe(
			[
				'b01:post_purchase', // the e-mail click is no funnel step
				'b02:post_purchase', // the page view on the day of a date-only order is before it
				'b03:purchased', // 6 days ago
				'b04:-', // last order before the event window, no events
				'b05:purchased', // date-only order exactly 7 days ago
				'b06:post_purchase',
				'b07:post_purchase',
				'b08:post_purchase',
				'b09:evaluating', // product view after the last order (type " Product_View ")
				'b10:deciding', // checkout after the last order
				'b11:post_purchase', // its visit on the as-of date does not count
				'q01:evaluating',
				'q02:visited',
				'q03:-' // its checkout is before the window
			].join(' ')
		);
	});

	it('finds online behaviour in the event window and the preferred channel', () => {
		expect(column('is_site_visitor')).toBe(
			'b01:false b02:true b03:false b04:false b05:false b06:false b07:false b08:false ' +
				'b09:true b10:true b11:true q01:true q02:true q03:false'
		);
		// b03's click is before the window; b02 only opened an e-mail.
		expect(column('is_email_responder')).toContain('b01:true b02:false b03:false');
		expect(column('is_social_engager')).toContain('b05:false b06:true b07:false');
		// b03: 2 app orders to 1 web; b05: 1 web, 1 phone, the phone one later; b06 has none.
		expect(column('preferred_channel')).toBe(
			'b01:web b02:store b03:app b04:web b05:phone b06:- b07:web b08:web b09:web b10:web ' +
				'b11:app q01:- q02:- q03:-'
		);
	});

	it('follows the options', () => {
		// Revenue basis at 60 %: b01 50/80 yes, b08 30/60 no (and not full-price either).
		expect(
			column('behaviour_group', { discountBasis: 'revenue', discountSeekerShare: 0.6 })
		).toContain('b08:other');
		expect(
			column('is_discount_seeker', { discountBasis: 'revenue', discountSeekerShare: 0.6 })
		).toContain('b01:true');
		// 29 minutes: b09's order 30 minutes after the visit is no longer an impulse order.
		const quick = column('behaviour_group', { impulseMinutes: 29 });
		expect(quick).toContain('b09:full_price_buyer');
		expect(quick).toContain('b11:impulse_buyer');
		// b07 (mean 2) is not a complainer at 1.5; b04 at 25 % is not a returner.
		expect(column('behaviour_group', { maxSatisfaction: 1.5, returnerShare: 0.25 })).toContain(
			'b04:full_price_buyer b05:full_price_buyer b06:complainer b07:full_price_buyer'
		);
		// A purchase window of 6 days leaves b05 (7 days) post-purchase.
		expect(column('journey_stage', { purchasedDays: 6 })).toContain(
			'b03:purchased b04:- b05:post_purchase'
		);
	});

	it('leaves out what the data cannot support', () => {
		const noEvents = {
			...ALL_AVAILABLE,
			visits: false,
			productViews: false,
			carts: false,
			checkouts: false,
			emailResponses: false,
			socialEvents: false
		};
		const lens = behaviourLens({ asOf, available: noEvents });
		const names = db
			.rows<{ column_name: string }>(`DESCRIBE (${lens.sql})`)
			.map((c) => c.column_name);
		expect(names).toEqual([
			'customer_id',
			'discount_share',
			'is_discount_seeker',
			'is_full_price_buyer',
			'return_share',
			'is_returner',
			'complaint_tickets',
			'mean_satisfaction',
			'is_complainer',
			'preferred_channel',
			'behaviour_group'
		]);
		// Without events, b09 and b11 are plain full-price buyers.
		expect(column('behaviour_group', { available: noEvents })).toContain('b09:full_price_buyer');
		// Without discounts, discount seekers and full-price buyers are "other".
		const noDiscount = column('behaviour_group', {
			available: { ...ALL_AVAILABLE, discount: false }
		});
		expect(noDiscount).toBe(
			'b01:other b02:other b03:other b04:returner b05:other b06:complainer b07:complainer ' +
				'b08:other b09:impulse_buyer b10:other b11:impulse_buyer q01:- q02:- q03:-'
		);
		// Scores only: b06's and q01's complaints have no score, so they are not complainers.
		const scores = { ...ALL_AVAILABLE, ticketKinds: false };
		expect(column('is_complainer', { available: scores })).toContain('b06:false b07:true');
		expect(column('is_complainer', { available: scores })).toContain('q01:false');
	});

	it('rejects invalid options', () => {
		expect(() => buildBehaviourSql({ ...base, discountSeekerShare: 0 })).toThrow(
			'invalid discountSeekerShare: 0'
		);
		expect(() => buildBehaviourSql({ ...base, impulseMinutes: 2.5 })).toThrow(
			'invalid impulseMinutes: 2.5'
		);
		expect(() => buildBehaviourSql({ ...base, eventTypes: { visit: [] } })).toThrow(
			'invalid event types for visit: []'
		);
		expect(() => buildBehaviourSql({ ...base, complaintKind: ' ' })).toThrow(
			'invalid complaintKind'
		);
	});
});

describe('buildBehaviourAvailabilitySql', () => {
	it('finds every kind of data in the fixture', () => {
		expect(db.one(buildBehaviourAvailabilitySql({ asOf }))).toEqual(ALL_AVAILABLE);
	});

	it('finds nothing in empty views, and follows the event vocabulary', async () => {
		const empty = await openSegmentsDb({});
		const none = Object.fromEntries(Object.keys(ALL_AVAILABLE).map((k) => [k, false]));
		expect(empty.one(buildBehaviourAvailabilitySql({ asOf }))).toEqual(none);
		empty.close();
		const renamed = db.one(
			buildBehaviourAvailabilitySql({ asOf, eventTypes: { social: ['tweet'] } })
		);
		expect(renamed.socialEvents).toBe(false);
		// Before 2024-03-01 there is no event and no return yet.
		const early = db.one(buildBehaviourAvailabilitySql({ asOf: '2024-03-01' }));
		expect([early.visits, early.returns, early.discount]).toEqual([false, false, false]);
	});
});

describe('buildBehaviourSummarySql', () => {
	it('counts groups, stages, channels and flags', () => {
		const rows = rounded(db.rows(buildBehaviourSummarySql(base)), 4).map((r) => Object.values(r));
		expect(rows).toEqual([
			// Of the 11 buyers; revenue (sale lines before the as-of date): b01 80, b02 90,
			// b03 150, b04 100, b05 50, b06 50, b07 30, b08 60, b09 30, b10 15, b11 15.
			['behaviour_group', 'complainer', 1, 2, 0.1818, 80], // b06 b07
			['behaviour_group', 'returner', 2, 1, 0.0909, 100], // b04
			['behaviour_group', 'discount_seeker', 3, 2, 0.1818, 140], // b01 b08
			['behaviour_group', 'impulse_buyer', 4, 2, 0.1818, 45], // b09 b11
			['behaviour_group', 'full_price_buyer', 5, 3, 0.2727, 215], // b03 b05 b10
			['behaviour_group', 'other', 6, 1, 0.0909, 90], // b02
			// Of the 12 with a stage (not b04, q03).
			['journey_stage', 'visited', 1, 1, 0.0833, 0], // q02
			['journey_stage', 'evaluating', 2, 2, 0.1667, 30], // b09 q01
			['journey_stage', 'deciding', 3, 1, 0.0833, 15], // b10
			['journey_stage', 'purchased', 4, 2, 0.1667, 200], // b03 b05
			['journey_stage', 'post_purchase', 5, 6, 0.5, 325], // b01 b02 b06 b07 b08 b11
			// Of the 10 with a channel; phone and store tie, in name order.
			['preferred_channel', 'web', 1, 6, 0.6, 315], // b01 b04 b07 b08 b09 b10
			['preferred_channel', 'app', 2, 2, 0.2, 165], // b03 b11
			['preferred_channel', 'phone', 3, 1, 0.1, 50], // b05
			['preferred_channel', 'store', 4, 1, 0.1, 90], // b02
			// Of all 14 known.
			['flag', 'is_complainer', 1, 3, 0.2143, 80], // b06 b07 q01
			['flag', 'is_returner', 2, 1, 0.0714, 100], // b04
			['flag', 'is_discount_seeker', 3, 3, 0.2143, 190], // b01 b06 b08
			['flag', 'is_impulse_buyer', 4, 2, 0.1429, 45], // b09 b11
			['flag', 'is_full_price_buyer', 5, 7, 0.5, 390], // b03 b04 b05 b07 b09 b10 b11
			['flag', 'is_site_visitor', 6, 6, 0.4286, 150], // b02 b09 b10 b11 q01 q02
			['flag', 'is_email_responder', 7, 1, 0.0714, 80], // b01
			['flag', 'is_social_engager', 8, 1, 0.0714, 50] // b06
		]);
	});

	it('shows only the groups the data supports', () => {
		const rows = db.rows(
			buildBehaviourSummarySql({
				asOf,
				available: { ...ALL_AVAILABLE, returns: false, channel: false }
			})
		);
		const dims = new Set(rows.map((r) => `${r.dimension}:${r.value}`));
		expect(dims.has('behaviour_group:returner')).toBe(false);
		expect(dims.has('flag:is_returner')).toBe(false);
		expect([...dims].some((d) => d.startsWith('preferred_channel'))).toBe(false);
		// b04 is now a full-price buyer: 4 of them.
		expect(rows.find((r) => r.value === 'full_price_buyer')!.customers).toBe(4);
	});
});

describe('behaviourLens', () => {
	it('adds behaviour_group and its flags to the customers view', () => {
		db.run(buildCustomersViewSql({ asOf, lenses: [behaviourLens(base)] }));
		const rows = db.rows(`SELECT behaviour_group, count(*) AS n FROM customers
			GROUP BY ALL ORDER BY behaviour_group NULLS LAST`);
		expect(rows).toEqual([
			{ behaviour_group: 'complainer', n: 2 },
			{ behaviour_group: 'discount_seeker', n: 2 },
			{ behaviour_group: 'full_price_buyer', n: 3 },
			{ behaviour_group: 'impulse_buyer', n: 2 },
			{ behaviour_group: 'other', n: 1 },
			{ behaviour_group: 'returner', n: 1 },
			{ behaviour_group: null, n: 3 }
		]);
		expect(
			db.one(`SELECT journey_stage, is_complainer FROM customers WHERE customer_id = 'q01'`)
		).toEqual({
			journey_stage: 'evaluating',
			is_complainer: true
		});
	});
});
