import type {
	BehaviourCellOptions,
	BehaviourDimension,
	BehaviourSummaryRow
} from '../../notebook/kinds/behaviour';

const pct = (fraction: number) => `${Math.round(fraction * 1000) / 10} %`;

/** Plain names of the features, groups, stages and flags the behaviour lens computes. */
export const FEATURE_LABELS: Record<string, string> = {
	complainer: 'Complainers',
	returner: 'Returners',
	discount_seeker: 'Discount seekers',
	impulse_buyer: 'Impulse buyers',
	full_price_buyer: 'Full-price buyers',
	other: 'Other buyers',
	journey_stage: 'Journey stage',
	site_visitor: 'Site visitors',
	email_responder: 'E-mail responders',
	social_engager: 'Social engagers',
	preferred_channel: 'Preferred channel',
	visited: 'Visited',
	evaluating: 'Evaluating',
	deciding: 'Deciding',
	purchased: 'Purchased',
	post_purchase: 'Post-purchase',
	is_complainer: 'Complainers',
	is_returner: 'Returners',
	is_discount_seeker: 'Discount seekers',
	is_impulse_buyer: 'Impulse buyers',
	is_full_price_buyer: 'Full-price buyers',
	is_site_visitor: 'Site visitors',
	is_email_responder: 'E-mail responders',
	is_social_engager: 'Social engagers'
};

/** A value as people read it; values from the data (channels) stay as they are. */
export function valueLabel(dimension: BehaviourDimension, value: string): string {
	if (dimension === 'preferred_channel') return value;
	return FEATURE_LABELS[value] ?? value;
}

/** What each dimension table is and how its shares are counted, for its caption. */
export const DIMENSIONS: { dimension: BehaviourDimension; title: string; base: string }[] = [
	{
		dimension: 'behaviour_group',
		title: 'Behaviour group',
		base: 'Each buyer is in the first group that fits, in the order listed; shares are of buyers.'
	},
	{
		dimension: 'journey_stage',
		title: 'Journey stage',
		base: 'The furthest step in the event window since the last purchase; shares are of customers with a stage.'
	},
	{
		dimension: 'flag',
		title: 'Online behaviour and flags',
		base: 'A customer may carry several flags; shares are of everyone known (customers and prospects).'
	},
	{
		dimension: 'preferred_channel',
		title: 'Preferred channel',
		base: 'The channel of most orders (ties: the latest order); shares are of buyers with a channel.'
	}
];

/** The summary rows of one dimension, in their order. */
export function rowsOf(rows: readonly BehaviourSummaryRow[], dimension: BehaviourDimension) {
	return rows
		.filter((r) => r.dimension === dimension)
		.sort((a, b) => a.value_order - b.value_order);
}

/** How each group, stage and flag is decided under the cell's thresholds, in a sentence. */
export function valueRule(value: string, o: BehaviourCellOptions): string {
	const basis = o.discountBasis === 'revenue' ? 'of their spend' : 'of their order lines';
	const rules: Record<string, string> = {
		complainer: `A complaint ticket (kind containing “${o.complaintKind}”) or a mean satisfaction ≤ ${o.maxSatisfaction}.`,
		returner: `At least ${pct(o.returnerShare)} of their order lines returned.`,
		discount_seeker: `At least ${pct(o.discountSeekerShare)} ${basis} discounted.`,
		impulse_buyer: `At least ${pct(o.impulseShare)} of their tracked orders are single items bought within ${o.impulseMinutes} minutes of the visit's first event.`,
		full_price_buyer: 'Never bought a discounted line.',
		other: 'Buyers in none of the groups above.',
		visited: `Visited the site in the last ${o.eventWindowDays} days since their last purchase.`,
		evaluating: 'Viewed products or added to the cart since their last purchase.',
		deciding: 'Started a checkout since their last purchase.',
		purchased: 'Last purchase at most 7 days ago, no activity since.',
		post_purchase: `Last purchase within the last ${o.eventWindowDays} days, no activity since.`,
		is_site_visitor: `A page or product view in the last ${o.eventWindowDays} days.`,
		is_email_responder: `An e-mail click or reply in the last ${o.eventWindowDays} days.`,
		is_social_engager: `A social like, share, comment or follow in the last ${o.eventWindowDays} days.`
	};
	rules['is_complainer'] = rules['complainer']!;
	rules['is_returner'] = rules['returner']!;
	rules['is_discount_seeker'] = rules['discount_seeker']!;
	rules['is_impulse_buyer'] = rules['impulse_buyer']!;
	rules['is_full_price_buyer'] = rules['full_price_buyer']!;
	return rules[value] ?? '';
}

/** The largest value of a list, at least 1 (to scale bars). */
export function barScale(values: readonly number[]): number {
	return Math.max(1, ...values);
}

/** An index vs base as over (≥ 120), under (≤ 80) or even, for highlighting. */
export function indexLevel(index: number | null): 'over' | 'under' | 'even' {
	if (index === null || !Number.isFinite(index)) return 'even';
	if (index >= 120) return 'over';
	if (index <= 80) return 'under';
	return 'even';
}
