import {
	AGE_BAND_EDGES,
	DEFAULT_QUANTILES,
	DEFAULT_TOP_VALUES,
	edgeLabels,
	type AttributeBands
} from '../../segments/breakdown-bands';
import { t } from '../../i18n/t';
import { formatDate } from '../../ui/format';
import { shownBand } from '../../i18n/value-labels';
import { locale } from '../../i18n/locale.svelte';

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
	return /birth|dob/i.test(name) ? t('breakdown.ageFrom', { column: name }) : name;
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
		t('breakdown.group.segments'),
		(n) => TEXT.test(type.get(n) ?? ''),
		t('breakdown.group.otherText')
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
		t('breakdown.group.who'),
		() => true,
		t('breakdown.group.other')
	);
	return withCurrent(groups, current);
}

function withCurrent(groups: ChoiceGroup[], current: string): ChoiceGroup[] {
	if (!current || groups.some((g) => g.choices.some((c) => c.name === current))) return groups;
	return [
		{ label: t('breakdown.group.current'), choices: [{ name: current, label: label(current) }] },
		...groups
	];
}

/** The bands in words, with every default stated. */
export function bandsText(bands: AttributeBands, asOf: string): string {
	const unknown = t('breakdown.value.unknown');
	// Band edges are numbers (18–24): in the language's digits; labels typed by hand stay as typed.
	const separator = { en: ', ', fa: '، ', vi: '; ' }[locale.current];
	const list = (labels: readonly string[]) => labels.join(separator);
	const edges = (e: readonly number[]) => list(edgeLabels(e).map(shownBand));
	switch (bands.kind) {
		case 'text': {
			const top = bands.top ?? DEFAULT_TOP_VALUES;
			return t('breakdown.bands.text', { top, other: t('breakdown.value.other'), unknown });
		}
		case 'age':
			return t('breakdown.bands.age', { bands: edges(AGE_BAND_EDGES), unknown });
		case 'age_from_birth_date':
			return t('breakdown.bands.birth', {
				date: formatDate(asOf),
				bands: edges(AGE_BAND_EDGES),
				unknown
			});
		case 'edges':
			return t('breakdown.bands.edges', {
				bands: bands.labels ? list(bands.labels) : edges(bands.edges),
				unknown
			});
		case 'quantiles':
			return t('breakdown.bands.quantiles', { count: bands.count ?? DEFAULT_QUANTILES, unknown });
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
