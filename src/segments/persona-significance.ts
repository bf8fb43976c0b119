/** One segment × value of an attribute's profile, as buildPersonaAttributeSql returns it. */
export interface PersonaAttributeRow {
	segment: string;
	value: string;
	value_order: number;
	customers: number;
	segment_customers: number;
	share_in_segment: number;
	base_customers: number;
	share_in_base: number;
	/** Every customer with a segment. */
	base_total: number;
	index_vs_base: number | null;
	z: number | null;
}

/** |z| at or above this: different at p < 0.01 (two-sided) by the two-proportion z-test. */
export const Z_CRITICAL = 2.576;
/**
 * The normal approximation behind the test needs enough customers: at least this many expected
 * with and without the value, in the segment and in the rest of the base.
 */
export const MIN_EXPECTED = 5;

/** The caption that says how highlights are decided. */
export const SIGNIFICANCE_TEXT =
	'Highlighted: shares that differ from the rest of the customers by a two-proportion z-test at p < 0.01 (|z| ≥ 2.58, two-sided), where at least 5 customers are expected with and without the value on each side; ▲ more common, ▼ less common.';

/**
 * Whether a segment's share of a value differs significantly from the rest of the base:
 * 'over', 'under', or null (not significant, or too few customers for the test).
 */
export function significance(row: PersonaAttributeRow): 'over' | 'under' | null {
	if (row.z === null || !Number.isFinite(row.z)) return null;
	const n1 = row.segment_customers;
	const n2 = row.base_total - n1;
	const p = row.share_in_base;
	const expected = [n1 * p, n1 * (1 - p), n2 * p, n2 * (1 - p)];
	if (expected.some((e) => e < MIN_EXPECTED)) return null;
	if (Math.abs(row.z) < Z_CRITICAL) return null;
	return row.z > 0 ? 'over' : 'under';
}
