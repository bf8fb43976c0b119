/** How far (in z-scores) a cluster must sit from the base before a feature is worth a word. */
export const DISTINCTIVE_Z = 0.5;

/** One feature of one cluster, as the description needs it. */
export interface FeatureContrast {
	readonly feature: string;
	/** Cluster mean vs the whole base, in standard deviations. */
	readonly z: number;
	/** Cluster mean in original units (for a 0/1 column: the share of the cluster). */
	readonly mean: number;
}

// Checked in order, on the lower-cased name with punctuation as spaces, so that the more specific
// come first: `days since first order` is tenure, not recency; `discount amount` is not spend.
// Words for a high value, then for a low one.
const WORDS: readonly [RegExp, string, string][] = [
	[/\b(tenure|customer age|days since first|first order)/, 'long-standing', 'new'],
	[/\b(recency|days since|inactive days)/, 'lapsed', 'recent'],
	[/\b(p alive|alive|active probability)/, 'likely active', 'likely lapsed'],
	[/\bchurn/, 'at risk of churn', 'unlikely to churn'],
	[/\bdiscount/, 'discount-driven', 'full-price'],
	[/\breturn/, 'many returns', 'few returns'],
	[/\b(complaint|ticket)/, 'many complaints', 'few complaints'],
	[/\b(frequency|orders|order count|purchases|transactions|visits)\b/, 'frequent', 'infrequent'],
	[/\b(aov|average order|avg order|basket)/, 'big baskets', 'small baskets'],
	[/\b(clv|lifetime value|ltv)\b/, 'high lifetime value', 'low lifetime value'],
	[/\b(monetary|revenue|spend|spent|spending|sales|amount|value)/, 'high spend', 'low spend'],
	[/\b(satisfaction|csat|nps|rating)\b/, 'satisfied', 'dissatisfied'],
	[/\b(categories|category count)\b/, 'multi-category', 'single-category'],
	[/\b(income|salary)\b/, 'high income', 'low income'],
	[/\bage\b/, 'older', 'younger'],
	[/\b(children|kids)\b/, 'with children', 'few children']
];

/** The words for a feature being high or low, e.g. recency low → "recent". */
export function featureWord(feature: string, high: boolean, mean = NaN): string {
	const [column, level] = splitOneHot(feature);
	if (level !== undefined) {
		if (!high) return `few ${level}`;
		return mean >= 0.5 ? `mostly ${level}` : `more ${level}`;
	}
	const name = column
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	const entry = WORDS.find(([pattern]) => pattern.test(name));
	if (entry) return high ? entry[1] : entry[2];
	return `${high ? 'high' : 'low'} ${name || feature}`;
}

/** A short description from the most distinctive features: "recent, frequent, high spend". */
export function describeCluster(contrasts: readonly FeatureContrast[], most = 3): string {
	const words = contrasts
		.filter((c) => Math.abs(c.z) >= DISTINCTIVE_Z)
		.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
		.map((c) => featureWord(c.feature, c.z > 0, c.mean));
	// Two one-hot levels or two spend columns can give the same words; say them once.
	const unique = [...new Set(words)].slice(0, most);
	return unique.length > 0 ? unique.join(', ') : 'close to the average customer';
}

// One-hot columns are named `column=level` (see one-hot.ts).
function splitOneHot(feature: string): [string, string | undefined] {
	const at = feature.indexOf('=');
	return at > 0 ? [feature.slice(0, at), feature.slice(at + 1)] : [feature, undefined];
}
