import type { PersonaMetrics, PersonaTrait } from './persona-traits';

/** A segment's leading category, for the summary (its share of spend and index vs the base). */
export interface LeadingCategory {
	value: string;
	share_of_spend: number;
	index_vs_base: number | null;
}

/** A category is named in the summary when it takes this index against the base or more. */
export const CATEGORY_MIN_INDEX = 130;
const DAYS_PER_MONTH = 30.44;

// First match wins: the word for what the customers are, then the word before it.
const NOUNS: [PersonaTrait, string][] = [
	['big_spender', 'big spenders'],
	['frequent', 'regulars'],
	['discount_seeker', 'bargain hunters'],
	['one_time', 'one-time buyers'],
	['occasional', 'occasional buyers'],
	['low_spender', 'low spenders']
];
const ADJECTIVES: [PersonaTrait, string][] = [
	['new', 'New'],
	['lapsed', 'Lapsed'],
	['churn_risk', 'At-risk'],
	['recent', 'Active'],
	['complainer', 'Unhappy'],
	['returner', 'Return-prone'],
	['discount_seeker', 'Deal-driven']
];

/**
 * The automatic persona name from the traits: "Prospects", "Champions", or an adjective (new,
 * lapsed, active...) and a noun (big spenders, regulars, bargain hunters...), e.g. "Lapsed big
 * spenders"; "Mainstream customers" when nothing stands out.
 */
export function personaName(traits: readonly PersonaTrait[]): string {
	const has = (t: PersonaTrait) => traits.includes(t);
	if (has('prospect')) return 'Prospects';
	if (has('champion')) return 'Champions';
	// New customers have few orders by definition: "new one-time buyers" says it twice.
	const nouns = has('new') ? NOUNS.filter(([t]) => t !== 'one_time' && t !== 'occasional') : NOUNS;
	const noun = nouns.find(([t]) => has(t));
	const adjective = ADJECTIVES.find(([t]) => has(t) && t !== noun?.[0]);
	if (!adjective && !noun) return 'Mainstream customers';
	if (!adjective) return capitalise(noun![1]);
	return `${adjective[1]} ${noun?.[1] ?? 'customers'}`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

function ago(days: number): string {
	const months = Math.round(days / DAYS_PER_MONTH);
	if (months >= 2) return `${months} months`;
	const whole = Math.round(days);
	return `${whole} day${whole === 1 ? '' : 's'}`;
}

/**
 * The one-line summary: how often and how much they bought, how long ago, and what else sets
 * them apart — e.g. "Bought often and much, not for 7 months; 45 % of spend on discount."
 */
export function personaSummary(
	s: PersonaMetrics,
	traits: readonly PersonaTrait[],
	category: LeadingCategory | null = null
): string {
	const has = (t: PersonaTrait) => traits.includes(t);
	const parts: string[] = [];
	if (has('prospect')) {
		parts.push(`Not bought yet (${percent(1 - s.buyers / s.customers)} of them)`);
	} else {
		const often = has('frequent')
			? 'often'
			: has('one_time')
				? 'once'
				: has('occasional')
					? 'rarely'
					: null;
		const much = has('big_spender') ? 'much' : has('low_spender') ? 'little' : null;
		const how = [often, much].filter((w) => w !== null).join(' and ');
		parts.push(how ? `Bought ${how}` : 'Bought about as often and as much as most');
		const recency = s.avg_recency_days;
		if (recency !== null) {
			if (has('lapsed')) parts.push(`not for ${ago(recency)}`);
			else if (has('new') && s.avg_tenure_days !== null) {
				parts.push(`first order ${ago(s.avg_tenure_days)} ago`);
			} else parts.push(`last order ${ago(recency)} ago on average`);
		}
	}
	const extras: string[] = [];
	if (has('discount_seeker') && s.discount_share !== null) {
		extras.push(`${percent(s.discount_share)} of spend on discount`);
	}
	if (has('returner') && s.return_share !== null) {
		extras.push(`return ${percent(s.return_share)} of what they buy`);
	}
	if (has('complainer') && s.complainer_share) {
		extras.push(`${percent(s.complainer_share)} complained`);
	}
	if (has('churn_risk') && s.high_churn_share) {
		extras.push(`${percent(s.high_churn_share)} at high churn risk`);
	}
	if (category && (category.index_vs_base ?? 0) >= CATEGORY_MIN_INDEX) {
		extras.push(`favour ${category.value} (${percent(category.share_of_spend)} of spend)`);
	}
	return `${parts.join(', ')}${extras.length ? `; ${extras.join(', ')}` : ''}.`;
}

/**
 * Names made distinct: a name that more than one segment got is followed by the segment's
 * label, e.g. "Lapsed low spenders (Hibernating)".
 */
export function distinctNames(named: readonly { segment: string; name: string }[]): string[] {
	const count = new Map<string, number>();
	for (const { name } of named) count.set(name, (count.get(name) ?? 0) + 1);
	return named.map(({ segment, name }) =>
		(count.get(name) ?? 0) > 1 ? `${name} (${segment})` : name
	);
}
