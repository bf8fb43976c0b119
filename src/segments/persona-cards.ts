import { CATEGORY_MIN_INDEX, distinctNames, personaName, personaSummary } from './persona-naming';
import { personaActions } from './persona-playbook';
import { significance, type PersonaAttributeRow } from './persona-significance';
import { personaTraits, type PersonaMetrics, type PersonaTrait } from './persona-traits';

/** One row of buildPersonaProfileSql. */
export interface PersonaProfileRow extends PersonaMetrics {
	segment: string | null;
	is_base: boolean;
	customer_share: number;
	revenue: number;
	revenue_share: number | null;
	share_0?: number | null;
}

/** One row of buildPersonaSpendMixSql. */
export interface SpendMixRow {
	segment: string;
	value: string;
	revenue: number;
	share_of_spend: number;
	base_share: number;
	index_vs_base: number | null;
	rank: number;
}

/** One value of an attribute on a card, with whether it differs significantly. */
export interface CardAttributeValue {
	value: string;
	customers: number;
	share_in_segment: number;
	share_in_base: number;
	index_vs_base: number | null;
	z: number | null;
	highlight: 'over' | 'under' | null;
}

/** A persona card's figures and automatic texts (edits are applied by whoever shows it). */
export interface PersonaCard {
	segment: string;
	metrics: PersonaProfileRow;
	traits: PersonaTrait[];
	auto: { name: string; summary: string; actions: string[] };
	categories: SpendMixRow[];
	channel: SpendMixRow | null;
	/** Per attribute: its values in order, for this segment. */
	attributes: { attribute: string; values: CardAttributeValue[] }[];
	/** The churn-risk mix, when customers has churn_risk. */
	churn: CardAttributeValue[] | null;
}

/** The inputs of the cards: the query results of the personas cell. */
export interface PersonaCardInputs {
	profile: readonly PersonaProfileRow[];
	categories: readonly SpendMixRow[];
	channels: readonly SpendMixRow[];
	attributes: readonly { attribute: string; rows: readonly PersonaAttributeRow[] }[];
	churn: readonly PersonaAttributeRow[] | null;
	minSize: number;
	/** share_0 of the profile is the share of complainers. */
	complainerFlag: boolean;
}

function values(rows: readonly PersonaAttributeRow[], segment: string): CardAttributeValue[] {
	return rows
		.filter((r) => r.segment === segment)
		.map((r) => ({
			value: r.value,
			customers: r.customers,
			share_in_segment: r.share_in_segment,
			share_in_base: r.share_in_base,
			index_vs_base: r.index_vs_base,
			z: r.z,
			highlight: significance(r)
		}));
}

const HIGH_CHURN = /^high/i;

/**
 * The persona cards of the segments with at least `minSize` customers, largest first, with
 * their traits against the whole base, automatic names (made distinct), summaries and actions;
 * the smaller segments; and the automatic name of each carded segment.
 */
export function personaCards(input: PersonaCardInputs) {
	const base = input.profile.find((r) => r.is_base);
	const segments = input.profile.filter((r) => !r.is_base && r.segment !== null);
	const carded = segments.filter((r) => Number(r.customers) >= input.minSize);
	const metrics = (r: PersonaProfileRow, churn: CardAttributeValue[] | null): PersonaMetrics => ({
		...r,
		customers: Number(r.customers),
		buyers: Number(r.buyers),
		complainer_share: input.complainerFlag ? (r.share_0 ?? null) : null,
		high_churn_share: churn
			? churn.filter((c) => HIGH_CHURN.test(c.value)).reduce((s, c) => s + c.share_in_segment, 0)
			: null
	});
	// share_in_base is the same on every segment's rows: read it from the first segment's.
	const first = input.churn?.[0]?.segment;
	const baseChurn = input.churn
		? input.churn
				.filter((r) => r.segment === first && HIGH_CHURN.test(r.value))
				.reduce((sum, r) => sum + r.share_in_base, 0)
		: null;
	const baseMetrics = base ? { ...metrics(base, null), high_churn_share: baseChurn } : null;
	const drafts = carded.map((row) => {
		const segment = row.segment!;
		const churn = input.churn ? values(input.churn, segment) : null;
		const m = metrics(row, churn);
		const traits = baseMetrics ? personaTraits(m, baseMetrics) : [];
		const categories = input.categories.filter((c) => c.segment === segment);
		const lead = categories[0] ?? null;
		const leading = lead && (lead.index_vs_base ?? 0) >= CATEGORY_MIN_INDEX ? lead.value : null;
		return {
			segment,
			metrics: { ...row, ...m } as PersonaProfileRow,
			traits,
			name: personaName(traits),
			summary: personaSummary(m, traits, lead),
			actions: personaActions(traits, leading),
			categories,
			channel: input.channels.find((c) => c.segment === segment) ?? null,
			attributes: input.attributes.map((a) => ({
				attribute: a.attribute,
				values: values(a.rows, segment)
			})),
			churn
		};
	});
	const names = distinctNames(drafts);
	const cards: PersonaCard[] = drafts.map(({ name: _n, summary, actions, ...d }, i) => ({
		...d,
		auto: { name: names[i]!, summary, actions }
	}));
	return {
		baseCustomers: Number(base?.customers ?? 0),
		baseRevenue: Number(base?.revenue ?? 0),
		cards,
		smaller: segments
			.filter((r) => Number(r.customers) < input.minSize)
			.map((r) => ({ segment: r.segment!, customers: Number(r.customers) })),
		autoNames: Object.fromEntries(cards.map((c) => [c.segment, c.auto.name]))
	};
}
