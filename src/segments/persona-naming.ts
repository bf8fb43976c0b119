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

/**
 * The words of the automatic persona texts, in English, by key. Kept here as data so the
 * catalogue can fold them in and translate them; `{name}` marks a filled-in part. The texts
 * saved with the data (the `persona` column of `customers`) are always made from these.
 */
export const PERSONA_PHRASES = {
	'name.prospects': 'Prospects',
	'name.champions': 'Champions',
	'name.mainstream': 'Mainstream customers',
	'name.pair': '{adjective} {noun}',
	'name.distinct': '{name} ({segment})',
	'noun.customers': 'customers',
	'noun.big_spender': 'big spenders',
	'noun.frequent': 'regulars',
	'noun.discount_seeker': 'bargain hunters',
	'noun.one_time': 'one-time buyers',
	'noun.occasional': 'occasional buyers',
	'noun.low_spender': 'low spenders',
	'adjective.new': 'new',
	'adjective.lapsed': 'lapsed',
	'adjective.churn_risk': 'at-risk',
	'adjective.recent': 'active',
	'adjective.complainer': 'unhappy',
	'adjective.returner': 'return-prone',
	'adjective.discount_seeker': 'deal-driven',
	'summary.prospect': 'Not bought yet ({percent} of them)',
	'summary.bought': 'Bought {how}',
	'summary.boughtAverage': 'Bought about as often and as much as most',
	'summary.both': '{often} and {much}',
	'how.often': 'often',
	'how.once': 'once',
	'how.rarely': 'rarely',
	'how.much': 'much',
	'how.little': 'little',
	'summary.notFor': 'not for {ago}',
	'summary.firstOrder': 'first order {ago} ago',
	'summary.lastOrder': 'last order {ago} ago on average',
	'ago.months': '{count} months',
	'ago.day': '{count} day',
	'ago.days': '{count} days',
	'extra.discount': '{percent} of spend on discount',
	'extra.return': 'return {percent} of what they buy',
	'extra.complained': '{percent} complained',
	'extra.churn': '{percent} at high churn risk',
	'extra.favour': 'favour {category} ({percent} of spend)',
	'join.parts': ', ',
	'join.extras': '; ',
	'end.sentence': '.'
} as const;

/** A key of PERSONA_PHRASES. */
export type PersonaPhrase = keyof typeof PERSONA_PHRASES;

/** How the persona texts are written out: the phrases of one language and its numbers. */
export interface PersonaWords {
	phrase: (key: PersonaPhrase, params?: Record<string, string>) => string;
	/** A share (0..1) as a whole percentage. */
	percent: (share: number) => string;
	count: (n: number) => string;
}

/** The English words, as saved with the data: `45 %`, plain digits. */
export const ENGLISH_PERSONA_WORDS: PersonaWords = {
	phrase: (key, params = {}) =>
		PERSONA_PHRASES[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole),
	percent: (share) => `${Math.round(share * 100)} %`,
	count: String
};

// First match wins: the word for what the customers are, then the word before it.
const NOUNS: PersonaTrait[] = [
	'big_spender',
	'frequent',
	'discount_seeker',
	'one_time',
	'occasional',
	'low_spender'
];
const ADJECTIVES: PersonaTrait[] = [
	'new',
	'lapsed',
	'churn_risk',
	'recent',
	'complainer',
	'returner',
	'discount_seeker'
];

/**
 * The automatic persona name from the traits: "Prospects", "Champions", or an adjective (new,
 * lapsed, active...) and a noun (big spenders, regulars, bargain hunters...), e.g. "Lapsed big
 * spenders"; "Mainstream customers" when nothing stands out.
 */
export function personaName(
	traits: readonly PersonaTrait[],
	words: PersonaWords = ENGLISH_PERSONA_WORDS
): string {
	const has = (t: PersonaTrait) => traits.includes(t);
	if (has('prospect')) return words.phrase('name.prospects');
	if (has('champion')) return words.phrase('name.champions');
	// New customers have few orders by definition: "new one-time buyers" says it twice.
	const nouns = has('new') ? NOUNS.filter((t) => t !== 'one_time' && t !== 'occasional') : NOUNS;
	const noun = nouns.find(has);
	const adjective = ADJECTIVES.find((t) => has(t) && t !== noun);
	if (!adjective && !noun) return words.phrase('name.mainstream');
	const nounText = words.phrase(noun ? (`noun.${noun}` as PersonaPhrase) : 'noun.customers');
	if (!adjective) return capitalise(nounText);
	const adjectiveText = words.phrase(`adjective.${adjective}` as PersonaPhrase);
	return capitalise(words.phrase('name.pair', { adjective: adjectiveText, noun: nounText }));
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function ago(days: number, words: PersonaWords): string {
	const months = Math.round(days / DAYS_PER_MONTH);
	if (months >= 2) return words.phrase('ago.months', { count: words.count(months) });
	const whole = Math.round(days);
	return words.phrase(whole === 1 ? 'ago.day' : 'ago.days', { count: words.count(whole) });
}

/**
 * The one-line summary: how often and how much they bought, how long ago, and what else sets
 * them apart — e.g. "Bought often and much, not for 7 months; 45 % of spend on discount."
 */
export function personaSummary(
	s: PersonaMetrics,
	traits: readonly PersonaTrait[],
	category: LeadingCategory | null = null,
	words: PersonaWords = ENGLISH_PERSONA_WORDS
): string {
	const has = (t: PersonaTrait) => traits.includes(t);
	const { phrase } = words;
	const percent = (share: number) => ({ percent: words.percent(share) });
	const parts: string[] = [];
	if (has('prospect')) {
		parts.push(phrase('summary.prospect', percent(1 - s.buyers / s.customers)));
	} else {
		const often = has('frequent')
			? phrase('how.often')
			: has('one_time')
				? phrase('how.once')
				: has('occasional')
					? phrase('how.rarely')
					: null;
		const much = has('big_spender')
			? phrase('how.much')
			: has('low_spender')
				? phrase('how.little')
				: null;
		const how = often && much ? phrase('summary.both', { often, much }) : (often ?? much);
		parts.push(how ? phrase('summary.bought', { how }) : phrase('summary.boughtAverage'));
		const recency = s.avg_recency_days;
		if (recency !== null) {
			if (has('lapsed')) parts.push(phrase('summary.notFor', { ago: ago(recency, words) }));
			else if (has('new') && s.avg_tenure_days !== null) {
				parts.push(phrase('summary.firstOrder', { ago: ago(s.avg_tenure_days, words) }));
			} else parts.push(phrase('summary.lastOrder', { ago: ago(recency, words) }));
		}
	}
	const extras: string[] = [];
	if (has('discount_seeker') && s.discount_share !== null) {
		extras.push(phrase('extra.discount', percent(s.discount_share)));
	}
	if (has('returner') && s.return_share !== null) {
		extras.push(phrase('extra.return', percent(s.return_share)));
	}
	if (has('complainer') && s.complainer_share) {
		extras.push(phrase('extra.complained', percent(s.complainer_share)));
	}
	if (has('churn_risk') && s.high_churn_share) {
		extras.push(phrase('extra.churn', percent(s.high_churn_share)));
	}
	if (category && (category.index_vs_base ?? 0) >= CATEGORY_MIN_INDEX) {
		extras.push(
			phrase('extra.favour', { category: category.value, ...percent(category.share_of_spend) })
		);
	}
	const body = parts.join(phrase('join.parts'));
	const tail = extras.length ? phrase('join.extras') + extras.join(phrase('join.parts')) : '';
	return body + tail + phrase('end.sentence');
}

/**
 * Names made distinct: a name that more than one segment got is followed by the segment's
 * label, e.g. "Lapsed low spenders (Hibernating)".
 */
export function distinctNames(named: readonly { segment: string; name: string }[]): string[] {
	const count = new Map<string, number>();
	for (const { name } of named) count.set(name, (count.get(name) ?? 0) + 1);
	return named.map(({ segment, name }) =>
		(count.get(name) ?? 0) > 1
			? ENGLISH_PERSONA_WORDS.phrase('name.distinct', { name, segment })
			: name
	);
}
