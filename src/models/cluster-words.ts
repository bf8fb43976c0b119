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

/** The words a description can use, by key; the interface translates them by the same keys. */
export const CLUSTER_WORDS = {
	longStanding: 'long-standing',
	new: 'new',
	lapsed: 'lapsed',
	recent: 'recent',
	likelyActive: 'likely active',
	likelyLapsed: 'likely lapsed',
	churnRisk: 'at risk of churn',
	churnUnlikely: 'unlikely to churn',
	discountDriven: 'discount-driven',
	fullPrice: 'full-price',
	manyReturns: 'many returns',
	fewReturns: 'few returns',
	manyComplaints: 'many complaints',
	fewComplaints: 'few complaints',
	frequent: 'frequent',
	infrequent: 'infrequent',
	bigBaskets: 'big baskets',
	smallBaskets: 'small baskets',
	highClv: 'high lifetime value',
	lowClv: 'low lifetime value',
	highSpend: 'high spend',
	lowSpend: 'low spend',
	satisfied: 'satisfied',
	dissatisfied: 'dissatisfied',
	multiCategory: 'multi-category',
	singleCategory: 'single-category',
	highIncome: 'high income',
	lowIncome: 'low income',
	older: 'older',
	younger: 'younger',
	withChildren: 'with children',
	fewChildren: 'few children'
} as const;

/** A key of CLUSTER_WORDS. */
export type ClusterWordKey = keyof typeof CLUSTER_WORDS;

// Checked in order, on the lower-cased name with punctuation as spaces, so that the more specific
// come first: `days since first order` is tenure, not recency; `discount amount` is not spend.
// Words for a high value, then for a low one.
const WORDS: readonly [RegExp, ClusterWordKey, ClusterWordKey][] = [
	[/\b(tenure|customer age|days since first|first order)/, 'longStanding', 'new'],
	[/\b(recency|days since|inactive days)/, 'lapsed', 'recent'],
	[/\b(p alive|alive|active probability)/, 'likelyActive', 'likelyLapsed'],
	[/\bchurn/, 'churnRisk', 'churnUnlikely'],
	[/\bdiscount/, 'discountDriven', 'fullPrice'],
	[/\breturn/, 'manyReturns', 'fewReturns'],
	[/\b(complaint|ticket)/, 'manyComplaints', 'fewComplaints'],
	[/\b(frequency|orders|order count|purchases|transactions|visits)\b/, 'frequent', 'infrequent'],
	[/\b(aov|average order|avg order|basket)/, 'bigBaskets', 'smallBaskets'],
	[/\b(clv|lifetime value|ltv)\b/, 'highClv', 'lowClv'],
	[/\b(monetary|revenue|spend|spent|spending|sales|amount|value)/, 'highSpend', 'lowSpend'],
	[/\b(satisfaction|csat|nps|rating)\b/, 'satisfied', 'dissatisfied'],
	[/\b(categories|category count)\b/, 'multiCategory', 'singleCategory'],
	[/\b(income|salary)\b/, 'highIncome', 'lowIncome'],
	[/\bage\b/, 'older', 'younger'],
	[/\b(children|kids)\b/, 'withChildren', 'fewChildren']
];

/** A feature's word before it is written in a language: a known word, a one-hot level, or a column. */
export type FeatureWordParts =
	| { kind: 'word'; word: ClusterWordKey }
	| { kind: 'level'; form: 'few' | 'mostly' | 'more'; level: string }
	| { kind: 'column'; high: boolean; name: string };

/** What to say about a feature being high or low, e.g. recency low → the word `recent`. */
export function featureWordParts(feature: string, high: boolean, mean = NaN): FeatureWordParts {
	const [column, level] = splitOneHot(feature);
	if (level !== undefined) {
		return { kind: 'level', form: !high ? 'few' : mean >= 0.5 ? 'mostly' : 'more', level };
	}
	const name = column
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	const entry = WORDS.find(([pattern]) => pattern.test(name));
	if (entry) return { kind: 'word', word: high ? entry[1] : entry[2] };
	return { kind: 'column', high, name: name || feature };
}

/** The parts in English: "recent", "mostly Female", "high tenure days". */
export function englishWord(parts: FeatureWordParts): string {
	if (parts.kind === 'word') return CLUSTER_WORDS[parts.word];
	if (parts.kind === 'level') return `${parts.form} ${parts.level}`;
	return `${parts.high ? 'high' : 'low'} ${parts.name}`;
}

/** The words for a feature being high or low, e.g. recency low → "recent". */
export function featureWord(feature: string, high: boolean, mean = NaN): string {
	return englishWord(featureWordParts(feature, high, mean));
}

/** The most distinctive features' words, most distinctive first, each said once. */
export function distinctiveWords(
	contrasts: readonly FeatureContrast[],
	most = 3
): FeatureWordParts[] {
	const byText = new Map<string, FeatureWordParts>();
	for (const c of [...contrasts]
		.filter((c) => Math.abs(c.z) >= DISTINCTIVE_Z)
		.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))) {
		const parts = featureWordParts(c.feature, c.z > 0, c.mean);
		// Two one-hot levels or two spend columns can give the same words; say them once.
		if (!byText.has(englishWord(parts))) byText.set(englishWord(parts), parts);
	}
	return [...byText.values()].slice(0, most);
}

/** A short description from the most distinctive features: "recent, frequent, high spend". */
export function describeCluster(contrasts: readonly FeatureContrast[], most = 3): string {
	const words = distinctiveWords(contrasts, most).map(englishWord);
	return words.length > 0 ? words.join(', ') : 'close to the average customer';
}

// One-hot columns are named `column=level` (see one-hot.ts).
function splitOneHot(feature: string): [string, string | undefined] {
	const at = feature.indexOf('=');
	return at > 0 ? [feature.slice(0, at), feature.slice(at + 1)] : [feature, undefined];
}
