import { describe, expect, it } from 'vitest';
import { personaTraits, type PersonaMetrics } from '../../../src/segments/persona-traits';
import { distinctNames, personaName, personaSummary } from '../../../src/segments/persona-naming';
import {
	DEFAULT_ACTION,
	MAX_ACTIONS,
	PERSONA_PLAYBOOK,
	personaActions
} from '../../../src/segments/persona-playbook';

// The whole base: last order 100 days ago, 3 orders, 300 spent, customers for 400 days,
// 20 % of spend discounted, 5 % returned, 4 % complained.
const BASE: PersonaMetrics = {
	customers: 1000,
	buyers: 900,
	avg_recency_days: 100,
	avg_frequency: 3,
	avg_monetary: 300,
	avg_tenure_days: 400,
	discount_share: 0.2,
	return_share: 0.05,
	complainer_share: 0.04
};
const like = (changes: Partial<PersonaMetrics>): PersonaMetrics => ({ ...BASE, ...changes });

// Table-driven: a segment's figures → traits, automatic name, summary.
const CASES: {
	what: string;
	segment: PersonaMetrics;
	traits: string[];
	name: string;
	summary: string;
}[] = [
	{
		what: 'the issue example: bought often and much, long ago',
		segment: like({ avg_recency_days: 213, avg_frequency: 6, avg_monetary: 900 }),
		traits: ['at_risk', 'lapsed', 'frequent', 'big_spender'],
		name: 'Lapsed big spenders',
		summary: 'Bought often and much, not for 7 months.'
	},
	{
		what: 'recent, frequent and big spenders are champions',
		segment: like({ avg_recency_days: 20, avg_frequency: 8, avg_monetary: 1200 }),
		traits: ['champion', 'recent', 'frequent', 'big_spender'],
		name: 'Champions',
		summary: 'Bought often and much, last order 20 days ago on average.'
	},
	{
		what: 'new customers: short tenure, one order',
		segment: like({
			avg_recency_days: 25,
			avg_frequency: 1,
			avg_monetary: 80,
			avg_tenure_days: 25
		}),
		traits: ['new', 'recent', 'one_time', 'low_spender'],
		name: 'New low spenders',
		summary: 'Bought once and little, first order 25 days ago.'
	},
	{
		what: 'discount seekers get the bargain-hunter noun and their discount share',
		segment: like({ discount_share: 0.55 }),
		traits: ['discount_seeker'],
		name: 'Bargain hunters',
		summary:
			'Bought about as often and as much as most, last order 3 months ago on average; 55 % of spend on discount.'
	},
	{
		what: 'returners and complainers',
		segment: like({ return_share: 0.25, complainer_share: 0.3, avg_frequency: 1.1 }),
		traits: ['one_time', 'returner', 'complainer'],
		name: 'Unhappy one-time buyers',
		summary:
			'Bought once, last order 3 months ago on average; return 25 % of what they buy, 30 % complained.'
	},
	{
		what: 'people who have not bought are prospects',
		segment: like({ buyers: 100, customers: 1000 }),
		traits: ['prospect'],
		name: 'Prospects',
		summary: 'Not bought yet (90 % of them).'
	},
	{
		what: 'nothing stands out',
		segment: like({}),
		traits: [],
		name: 'Mainstream customers',
		summary: 'Bought about as often and as much as most, last order 3 months ago on average.'
	}
];

describe('persona naming on fixtures', () => {
	for (const c of CASES) {
		it(c.what, () => {
			const traits = personaTraits(c.segment, BASE);
			expect(traits).toEqual(c.traits);
			expect(personaName(traits)).toBe(c.name);
			expect(personaSummary(c.segment, traits)).toBe(c.summary);
		});
	}

	it('keeps "Champions" for a last order at most 60 days old', () => {
		// Against a base whose last order is 250 days old, 120 days is recent (0.48 ×).
		const base = like({ avg_recency_days: 250 });
		const segment = like({ avg_recency_days: 120, avg_frequency: 8, avg_monetary: 1200 });
		const traits = personaTraits(segment, base);
		expect(traits).toEqual(['recent', 'frequent', 'big_spender']);
		expect(personaName(traits)).toBe('Active big spenders');
	});

	it('names a leading category when it is far above the base', () => {
		const segment = like({});
		const lead = { value: 'Garden', share_of_spend: 0.62, index_vs_base: 210 };
		expect(personaSummary(segment, [], lead)).toMatch(/; favour Garden \(62 % of spend\)\.$/);
		expect(personaSummary(segment, [], { ...lead, index_vs_base: 110 })).not.toMatch(/Garden/);
	});

	it('makes repeated names distinct with the segment label', () => {
		expect(
			distinctNames([
				{ segment: 'Lost', name: 'Lapsed low spenders' },
				{ segment: 'Champions', name: 'Champions' },
				{ segment: 'Hibernating', name: 'Lapsed low spenders' }
			])
		).toEqual(['Lapsed low spenders (Lost)', 'Champions', 'Lapsed low spenders (Hibernating)']);
	});
});

describe('persona playbook', () => {
	it('ties actions to traits in order of weight, at most three', () => {
		const actions = personaActions(['champion', 'recent', 'frequent', 'big_spender']);
		expect(actions).toHaveLength(MAX_ACTIONS);
		expect(actions.slice(0, 2)).toEqual([...PERSONA_PLAYBOOK.champion]);
		expect(actions[0]).toMatch(/^Loyalty rewards/);
	});

	it('gives onboarding to new, win-back to lapsed, service recovery and deals', () => {
		expect(personaActions(['new'])[0]).toMatch(/^Onboarding/);
		expect(personaActions(['at_risk', 'lapsed'])[0]).toMatch(/^Win-back/);
		expect(personaActions(['complainer'])[0]).toMatch(/^Service recovery/);
		expect(personaActions(['discount_seeker'])[0]).toMatch(/^Deals/);
	});

	it('adds the leading category and falls back to a default', () => {
		expect(personaActions([], 'Garden')).toEqual([
			'Lead with Garden in campaigns to this segment.'
		]);
		expect(personaActions([])).toEqual([DEFAULT_ACTION]);
	});
});
