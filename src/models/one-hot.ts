import type { FeatureColumn } from './feature-matrix';

/** Options for one-hot encoding a categorical column. */
export interface OneHotOptions {
	/** Most output columns, `other` included (default 8). */
	readonly maxCategories?: number;
	readonly otherLabel?: string;
	readonly missingLabel?: string;
}

/** One 0/1 column per kept level, with what was folded into `other` and how many were missing. */
export interface OneHotResult {
	readonly columns: FeatureColumn[];
	readonly levels: readonly string[];
	/** Levels folded into the `other` column, most frequent first. */
	readonly otherLevels: readonly string[];
	readonly missing: number;
}

/** One-hot encodes a string column; rare levels beyond the cap go to one `other` column. */
export function oneHot(
	name: string,
	values: ArrayLike<string | null | undefined>,
	options: OneHotOptions = {}
): OneHotResult {
	const { maxCategories = 8, otherLabel = 'other', missingLabel = '(missing)' } = options;
	if (!Number.isInteger(maxCategories) || maxCategories < 2) {
		throw new Error(`invalid maxCategories: ${maxCategories}`);
	}
	// Missing values get a level of their own, so they are counted and visible, not dropped.
	const labelOf = (value: string | null | undefined) =>
		value === null || value === undefined || value.trim() === '' ? missingLabel : value;
	const counts = new Map<string, number>();
	let missing = 0;
	for (let i = 0; i < values.length; i++) {
		const label = labelOf(values[i]);
		if (label === missingLabel) missing++;
		counts.set(label, (counts.get(label) ?? 0) + 1);
	}
	// Most frequent first; ties alphabetical so the column order never depends on row order.
	const ranked = [...counts.keys()].sort(
		(a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0)
	);
	// A level that is itself called `other` joins the folded ones rather than doubling the name.
	const kept =
		ranked.length <= maxCategories
			? ranked
			: ranked.filter((level) => level !== otherLabel).slice(0, maxCategories - 1);
	const otherLevels = ranked.filter((level) => !kept.includes(level));
	const levels = otherLevels.length > 0 ? [...kept, otherLabel] : kept;
	const position = new Map(kept.map((level, j) => [level, j]));
	const columns = levels.map((level) => ({
		name: `${name}=${level}`,
		values: new Float64Array(values.length)
	}));
	for (let i = 0; i < values.length; i++) {
		const j = position.get(labelOf(values[i])) ?? kept.length;
		columns[j]!.values[i] = 1;
	}
	return { columns, levels, otherLevels, missing };
}
