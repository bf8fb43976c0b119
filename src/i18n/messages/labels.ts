/** `labels` with every key written `prefix` + key: folds a label table into the catalogue. */
export function prefixed<P extends string, K extends string>(
	prefix: P,
	labels: Readonly<Record<K, string>>
): Record<`${P}${K}`, string> {
	const out = {} as Record<`${P}${K}`, string>;
	for (const key of Object.keys(labels) as K[]) out[`${prefix}${key}`] = labels[key];
	return out;
}

/** A label table from keys and values given in the same order. */
export function keyed<K extends string>(
	keys: readonly K[],
	values: readonly string[]
): Record<K, string> {
	return Object.fromEntries(keys.map((k, i) => [k, values[i] ?? ''])) as Record<K, string>;
}

/** A label table from a table of values, each value read by `pick`. */
export function mapLabels<K extends string, V>(
	table: Readonly<Record<K, V>>,
	pick: (value: V) => string
): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const key of Object.keys(table) as K[]) out[key] = pick(table[key]);
	return out;
}

/** Stable keys of the 11 RFM segments, in RFM_SEGMENT_NAMES order. */
export const RFM_SEGMENT_KEYS = [
	'champions',
	'loyal',
	'potential',
	'new',
	'promising',
	'attention',
	'sleep',
	'risk',
	'cantLose',
	'hibernating',
	'lost'
] as const;
