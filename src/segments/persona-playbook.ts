import type { PersonaTrait } from './persona-traits';

/**
 * What to do for customers with a trait. Kept here as data, in one place, so the text can be
 * translated; `{category}` stands for the segment's leading category.
 */
export const PERSONA_PLAYBOOK: Readonly<Record<PersonaTrait, readonly string[]>> = {
	prospect: [
		'Welcome series that turns interest into a first order, with a first-order incentive.'
	],
	champion: [
		'Loyalty rewards: early access, exclusive offers, thank-you gestures.',
		'Ask for reviews and referrals; make them ambassadors.'
	],
	new: [
		'Onboarding: a welcome series, how-to content, and a reason for a second order within 30 days.'
	],
	at_risk: [
		'Win-back before they are lost: personal outreach and a tailored offer on what they used to buy.'
	],
	lapsed: [
		'Win-back campaign with a time-limited offer; stop regular sends to those who do not respond.'
	],
	recent: ['Keep the momentum: recommendations based on the last order.'],
	frequent: ['Reward the habit: points, subscriptions or replenishment reminders.'],
	occasional: ['Remind them at the moments they usually buy; seasonal campaigns.'],
	one_time: ['Second-purchase nudge: recommendations that follow from the first order.'],
	big_spender: ['Premium service: VIP support, personal contact, high-end ranges.'],
	low_spender: ['Raise order value: bundles, cross-sell, free shipping above a threshold.'],
	high_value: ['Protect the value: priority service and regular check-ins.'],
	churn_risk: ['Retention offer for those most likely to leave, timed before they lapse.'],
	discount_seeker: [
		'Deals: sale-period campaigns, bundles and coupons — keep full-price buyers out of them.'
	],
	returner: [
		'Service recovery for returns: better size and product information, check quality issues.'
	],
	complainer: ['Service recovery: contact them, resolve open tickets, follow up on satisfaction.']
};

/** The extra line for a segment with a leading category. */
export const CATEGORY_ACTION = 'Lead with {category} in campaigns to this segment.';
/** The line when no trait stands out. */
export const DEFAULT_ACTION =
	'Keep them in the regular programme; test offers to learn what moves them.';
/** At most this many actions per persona: a card lists what matters most. */
export const MAX_ACTIONS = 3;

/** The playbook in one language: a trait's lines, the category line and the default line. */
export interface PlaybookWords {
	lines: (trait: PersonaTrait) => readonly string[];
	category: (category: string) => string;
	fallback: string;
}

/** The English playbook, as written above. */
export const ENGLISH_PLAYBOOK: PlaybookWords = {
	lines: (trait) => PERSONA_PLAYBOOK[trait],
	category: (category) => CATEGORY_ACTION.replace('{category}', category),
	fallback: DEFAULT_ACTION
};

/**
 * The recommended actions for a segment: the playbook lines of its traits in their order of
 * weight, the category line when a category leads, at most MAX_ACTIONS; DEFAULT_ACTION when
 * no trait has a line.
 */
export function personaActions(
	traits: readonly PersonaTrait[],
	leadingCategory: string | null = null,
	words: PlaybookWords = ENGLISH_PLAYBOOK
): string[] {
	const lines = [...new Set(traits.flatMap((t) => words.lines(t)))];
	if (leadingCategory) lines.push(words.category(leadingCategory));
	return lines.length ? lines.slice(0, MAX_ACTIONS) : [words.fallback];
}
