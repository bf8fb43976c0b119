import {
	AGE_BAND_EDGES,
	BREAKDOWN_OTHER,
	BREAKDOWN_UNKNOWN,
	DEFAULT_QUANTILES,
	DEFAULT_TOP_VALUES,
	edgeLabels,
	type AttributeBands
} from '../../segments/breakdown-bands';

/** A column of `customers` as the pickers offer it. */
export interface ColumnChoice {
	name: string;
	/** What the option says (`age (from birth_date)`). */
	label: string;
}

/** Groups of options of one picker. */
export interface ChoiceGroup {
	label: string;
	choices: ColumnChoice[];
}

// Segment lenses of `customers`, in the order offered.
const SEGMENT_COLUMNS = [
	'rfm_segment',
	'value_tier',
	'lifecycle_stage',
	'behaviour_group',
	'top_category',
	'cluster',
	'is_vip',
	'is_prospect',
	'r_score',
	'f_score',
	'm_score'
];
// Who the customer is and where they live, in the order offered.
const ATTRIBUTE_COLUMNS = [
	'gender',
	'age',
	'birth_date',
	'education',
	'occupation',
	'marital_status',
	'children',
	'income',
	'annual_income',
	'city',
	'region',
	'country',
	'interests',
	'signup_channel'
];
const TEXT = /^(VARCHAR|BOOLEAN|ENUM)/i;
const NEVER = new Set(['customer_id']);

function label(name: string): string {
	return /birth|dob/i.test(name) ? `age (from ${name})` : name;
}

function grouped(
	names: string[],
	known: string[],
	isKnown: (n: string) => boolean,
	first: string,
	rest: (n: string) => boolean,
	restLabel: string
): ChoiceGroup[] {
	const top = [
		...known.filter((n) => names.includes(n)),
		...names.filter((n) => !known.includes(n) && isKnown(n))
	];
	const others = names.filter((n) => !top.includes(n) && rest(n));
	const groups = [
		{ label: first, choices: top.map((name) => ({ name, label: label(name) })) },
		{ label: restLabel, choices: others.map((name) => ({ name, label: label(name) })) }
	];
	return groups.filter((g) => g.choices.length > 0);
}

/**
 * The segment columns offered: the segment lenses that exist (and every rule column), then the
 * other text or yes/no columns. The current choice is kept even when the view lost it.
 */
export function segmentChoices(
	columns: readonly { name: string; type: string }[],
	current: string
): ChoiceGroup[] {
	const names = columns.map((c) => c.name).filter((n) => !NEVER.has(n));
	const type = new Map(columns.map((c) => [c.name, c.type]));
	const groups = grouped(
		names,
		SEGMENT_COLUMNS,
		(n) => /^rule_/.test(n),
		'Segments',
		(n) => TEXT.test(type.get(n) ?? ''),
		'Other text columns'
	);
	return withCurrent(groups, current);
}

/** The attributes offered: demographics and geography first, then every other column. */
export function attributeChoices(
	columns: readonly { name: string; type: string }[],
	current: string
): ChoiceGroup[] {
	const names = columns.map((c) => c.name).filter((n) => !NEVER.has(n));
	const groups = grouped(
		names,
		ATTRIBUTE_COLUMNS,
		() => false,
		'Who they are, where they live',
		() => true,
		'Other columns'
	);
	return withCurrent(groups, current);
}

function withCurrent(groups: ChoiceGroup[], current: string): ChoiceGroup[] {
	if (!current || groups.some((g) => g.choices.some((c) => c.name === current))) return groups;
	return [{ label: 'Current', choices: [{ name: current, label: label(current) }] }, ...groups];
}

/** The bands in words, with every default stated. */
export function bandsText(bands: AttributeBands, asOf: string): string {
	switch (bands.kind) {
		case 'text': {
			const top = bands.top ?? DEFAULT_TOP_VALUES;
			return `Values as they are: the ${top} most common, the rest as "${BREAKDOWN_OTHER}", empty as "${BREAKDOWN_UNKNOWN}".`;
		}
		case 'age':
			return `Age bands ${edgeLabels(AGE_BAND_EDGES).join(', ')}; no age: "${BREAKDOWN_UNKNOWN}".`;
		case 'age_from_birth_date':
			return `Age in whole years on ${asOf} (the as-of date) from the birth date, in bands ${edgeLabels(AGE_BAND_EDGES).join(', ')}; no or unreadable date: "${BREAKDOWN_UNKNOWN}".`;
		case 'edges':
			return `Bands ${(bands.labels ?? edgeLabels(bands.edges)).join(', ')} (a band includes its lower edge); not a number: "${BREAKDOWN_UNKNOWN}".`;
		case 'quantiles': {
			const n = bands.count ?? DEFAULT_QUANTILES;
			return `${n} bands of about equal numbers of customers (cut at actual values, so equal values share a band and there may be fewer); not a number: "${BREAKDOWN_UNKNOWN}".`;
		}
	}
}

/** Parses "18, 25, 35" into ascending numbers, or null when it is not such a list. */
export function parseEdges(text: string): number[] | null {
	const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
	const edges = parts.map(Number);
	const ok =
		edges.length >= 1 &&
		edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]!));
	return ok ? edges : null;
}

/** Parses "young | middle | old" into labels (one more than the edges), or null. */
export function parseLabels(text: string, edges: number): string[] | null | 'none' {
	if (text.trim() === '') return 'none';
	const labels = text.split('|').map((l) => l.trim());
	return labels.length === edges + 1 && labels.every((l) => l !== '') ? labels : null;
}
