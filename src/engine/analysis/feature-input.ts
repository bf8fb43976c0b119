import type { Table } from 'apache-arrow';
import type { MissingPolicy } from '../../models/feature-matrix';
import type { Transform } from '../../models/scaling';
import { arrowToCodes, arrowToFloat64 } from './arrow-columns';
import type { FeatureInput } from './analysis-protocol';
import { arraysFingerprint } from './fingerprint';

/** Which features a table holds, by name, and how to prepare them. */
export interface FeatureSpec {
	numeric: readonly string[];
	categorical: readonly string[];
	missing: MissingPolicy;
	transforms: Record<string, Transform>;
	seed: number;
	restarts: number;
}

/**
 * The worker's input from a feature table laid out as `buildClusterFeaturesSql` lays it out:
 * customer_id, revenue, the numeric features, then the categorical ones, read by position.
 * Every array is a fresh copy: DuckDB's result shares one buffer between its columns, so the
 * copies are what gets transferred, and the table stays whole for the scatter's tooltips.
 */
export function featureInputFromArrow(table: Table, spec: FeatureSpec): FeatureInput {
	const expected = 2 + spec.numeric.length + spec.categorical.length;
	if (table.numCols !== expected) {
		throw new Error(`invalid feature table: ${table.numCols} columns, not ${expected}`);
	}
	const column = (j: number) => table.getChildAt(j)!;
	const revenue = arrowToFloat64(column(1)).map((v) => (Number.isFinite(v) ? v : 0));
	return {
		numeric: spec.numeric.map((name, i) => ({ name, values: arrowToFloat64(column(2 + i)) })),
		categorical: spec.categorical.map((name, i) => ({
			name,
			...arrowToCodes(column(2 + spec.numeric.length + i))
		})),
		revenue,
		missing: spec.missing,
		transforms: { ...spec.transforms },
		seed: spec.seed,
		restarts: spec.restarts
	};
}

/**
 * A fingerprint of an input's values and settings (FNV-1a over the bytes): the same features of
 * the same customers give the same text, so a k sweep can be reused when only k (or
 * the restarts, or revenue, which the sweep does not use) changed.
 */
export function inputFingerprint(input: FeatureInput, extra = ''): string {
	const about = JSON.stringify({
		numeric: input.numeric.map((f) => [f.name, f.values.length]),
		categorical: input.categorical.map((f) => [f.name, f.levels]),
		missing: input.missing,
		transforms: Object.entries(input.transforms).sort(([a], [b]) => (a < b ? -1 : 1)),
		seed: input.seed,
		extra
	});
	return arraysFingerprint(
		[...input.numeric.map((f) => f.values), ...input.categorical.map((f) => f.codes)],
		about
	);
}
