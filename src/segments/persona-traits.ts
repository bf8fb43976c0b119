/** What a persona is drawn from: a segment's (or the whole base's) profile figures. */
export interface PersonaMetrics {
	customers: number;
	/** Customers with an order before the as-of date. */
	buyers: number;
	avg_recency_days: number | null;
	avg_frequency: number | null;
	avg_monetary: number | null;
	avg_tenure_days: number | null;
	/** Spend on discounted lines ÷ spend. */
	discount_share: number | null;
	/** Amount returned ÷ amount sold. */
	return_share: number | null;
	/** Share of customers flagged as complainers, when the data has tickets. */
	complainer_share?: number | null;
	/** Share of customers at high churn risk, when predicted. */
	high_churn_share?: number | null;
	avg_clv?: number | null;
}

/** The traits that set a segment apart, in the order names and playbooks weigh them. */
export const PERSONA_TRAITS = [
	'prospect',
	'champion',
	'new',
	'at_risk',
	'lapsed',
	'recent',
	'frequent',
	'occasional',
	'one_time',
	'big_spender',
	'low_spender',
	'high_value',
	'churn_risk',
	'discount_seeker',
	'returner',
	'complainer'
] as const;
export type PersonaTrait = (typeof PERSONA_TRAITS)[number];

/** A segment stands out on a measure at 1.5 × the base's average or more... */
export const HIGH_RATIO = 1.5;
/** ...or at 0.6 × or less. */
export const LOW_RATIO = 0.6;
/** Champions: recent, frequent and big spenders whose last order is at most this many days old. */
export const CHAMPION_MAX_DAYS = 60;
/** Lapsed: last order at least this many days ago on average (and HIGH_RATIO × the base). */
export const LAPSED_MIN_DAYS = 90;
/** New: customers for at most this share of the base's average tenure, with few orders. */
export const NEW_TENURE_RATIO = 0.35;
export const NEW_MAX_ORDERS = 2;
/** One-time buyers: at most this many orders on average. */
export const ONE_TIME_MAX_ORDERS = 1.2;
/** Prospects: fewer than this share of the segment has bought. */
export const PROSPECT_MAX_BUYER_SHARE = 0.5;
/** Discount seekers: this share of spend discounted, and 1.3 × the base's share. */
export const DISCOUNT_MIN_SHARE = 0.3;
export const DISCOUNT_MIN_RATIO = 1.3;
/** Returners: this share of the amount sold returned, and HIGH_RATIO × the base's. */
export const RETURN_MIN_SHARE = 0.1;
/** Complainers: this share of customers complained, and twice the base's share. */
export const COMPLAINER_MIN_SHARE = 0.1;
/** At high churn risk: most of the segment. */
export const CHURN_MIN_SHARE = 0.5;

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
	if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
	return a / b;
}

const atLeast = (r: number | null, x: number) => r !== null && r >= x;
const atMost = (r: number | null, x: number) => r !== null && r <= x;

/**
 * The traits of a segment against the base, in the order names and playbooks weigh them: who
 * they are (prospects, champions, new, at risk), then recency, frequency, spend, and behaviour.
 */
export function personaTraits(s: PersonaMetrics, base: PersonaMetrics): PersonaTrait[] {
	const traits = new Set<PersonaTrait>();
	if (s.customers > 0 && s.buyers / s.customers < PROSPECT_MAX_BUYER_SHARE) traits.add('prospect');
	const recency = ratio(s.avg_recency_days, base.avg_recency_days);
	const frequency = ratio(s.avg_frequency, base.avg_frequency);
	const spend = ratio(s.avg_monetary, base.avg_monetary);
	if (atLeast(recency, HIGH_RATIO) && (s.avg_recency_days ?? 0) >= LAPSED_MIN_DAYS) {
		traits.add('lapsed');
	}
	if (atMost(recency, LOW_RATIO)) traits.add('recent');
	if (
		atMost(ratio(s.avg_tenure_days, base.avg_tenure_days), NEW_TENURE_RATIO) &&
		(s.avg_frequency ?? Infinity) <= NEW_MAX_ORDERS
	) {
		traits.add('new');
	}
	if (atLeast(frequency, HIGH_RATIO)) traits.add('frequent');
	if ((s.avg_frequency ?? Infinity) <= ONE_TIME_MAX_ORDERS) traits.add('one_time');
	else if (atMost(frequency, LOW_RATIO)) traits.add('occasional');
	if (atLeast(spend, HIGH_RATIO)) traits.add('big_spender');
	if (atMost(spend, LOW_RATIO)) traits.add('low_spender');
	if (atLeast(ratio(s.avg_clv, base.avg_clv), HIGH_RATIO)) traits.add('high_value');
	if ((s.high_churn_share ?? 0) >= CHURN_MIN_SHARE) traits.add('churn_risk');
	if (
		(s.discount_share ?? 0) >= DISCOUNT_MIN_SHARE &&
		atLeast(ratio(s.discount_share, base.discount_share), DISCOUNT_MIN_RATIO)
	) {
		traits.add('discount_seeker');
	}
	if (
		(s.return_share ?? 0) >= RETURN_MIN_SHARE &&
		atLeast(ratio(s.return_share, base.return_share), HIGH_RATIO)
	) {
		traits.add('returner');
	}
	if (
		(s.complainer_share ?? 0) >= COMPLAINER_MIN_SHARE &&
		atLeast(ratio(s.complainer_share, base.complainer_share), 2)
	) {
		traits.add('complainer');
	}
	const has = (t: PersonaTrait) => traits.has(t);
	const lately = (s.avg_recency_days ?? Infinity) <= CHAMPION_MAX_DAYS;
	if (lately && has('recent') && has('frequent') && has('big_spender')) traits.add('champion');
	if (has('lapsed') && (has('frequent') || has('big_spender') || has('high_value'))) {
		traits.add('at_risk');
	}
	return PERSONA_TRAITS.filter(has);
}
