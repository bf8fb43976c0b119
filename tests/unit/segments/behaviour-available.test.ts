import { describe, expect, it } from 'vitest';
import {
	ALL_AVAILABLE,
	BEHAVIOUR_FEATURES,
	behaviourAvailability,
	type BehaviourAvailable
} from '../../../src/segments/behaviour-available';

const NOTHING = Object.fromEntries(
	Object.keys(ALL_AVAILABLE).map((k) => [k, false])
) as unknown as BehaviourAvailable;

describe('behaviourAvailability', () => {
	it('allows everything when the data has everything', () => {
		expect(behaviourAvailability(ALL_AVAILABLE)).toEqual({
			computable: [...BEHAVIOUR_FEATURES],
			missing: []
		});
	});

	it('says in plain words what each missing feature needs', () => {
		expect(behaviourAvailability(NOTHING)).toEqual({
			computable: [],
			missing: [
				{
					feature: 'complainer',
					reason: 'needs support tickets with a kind or a satisfaction score'
				},
				{ feature: 'returner', reason: 'needs order lines flagged as returns' },
				{ feature: 'discount_seeker', reason: 'needs a discount column in the transactions' },
				{
					feature: 'impulse_buyer',
					reason: 'needs events with site visits and orders with a time of day, not only a date'
				},
				{ feature: 'full_price_buyer', reason: 'needs a discount column in the transactions' },
				{
					feature: 'journey_stage',
					reason: 'needs events with visits, product views, carts or checkouts'
				},
				{ feature: 'site_visitor', reason: 'needs events with page or product views' },
				{ feature: 'email_responder', reason: 'needs events with e-mail clicks' },
				{
					feature: 'social_engager',
					reason: 'needs events with social activity (likes, shares, comments)'
				},
				{ feature: 'preferred_channel', reason: 'needs a channel column in the transactions' }
			]
		});
	});

	it('needs only what each feature uses', () => {
		// Product views alone make site visitors, a journey, and impulse buyers with order times.
		const some = { ...NOTHING, productViews: true, orderTimes: true, satisfaction: true };
		expect(behaviourAvailability(some).computable).toEqual([
			'complainer',
			'impulse_buyer',
			'journey_stage',
			'site_visitor'
		]);
		// Carts make a journey but no site visitors; without order times, no impulse buyers.
		const carts = behaviourAvailability({ ...NOTHING, carts: true, visits: true });
		expect(carts.computable).toEqual(['journey_stage', 'site_visitor']);
		expect(carts.missing.find((m) => m.feature === 'impulse_buyer')!.reason).toBe(
			'needs orders with a time of day, not only a date'
		);
	});
});
