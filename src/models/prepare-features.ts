import {
	buildFeatureMatrix,
	type FeatureColumn,
	type FeatureMatrix,
	type MissingPolicy
} from './feature-matrix';
import type { DenseMatrix } from './dense-matrix';
import {
	applyScaling,
	fitScaling,
	suggestTransform,
	type Scaling,
	type Transform,
	type TransformSuggestion
} from './scaling';

/** Options for preparing features: the missing-value policy and any transforms the user chose. */
export interface PrepareOptions {
	readonly missing?: MissingPolicy;
	/** Per feature name; features not listed get the suggested transform. */
	readonly transforms?: Readonly<Record<string, Transform>>;
}

/** Features ready to cluster, with everything the UI must state about how they were prepared. */
export interface PreparedFeatures {
	/** Original units after missing values were handled; carries the missing-value report. */
	readonly raw: FeatureMatrix;
	/** What k-means sees. */
	readonly model: DenseMatrix;
	readonly scaling: Scaling;
	readonly suggestions: readonly TransformSuggestion[];
}

/** Columns → matrix (missing values handled and reported) → chosen or suggested transforms. */
export function prepareFeatures(
	columns: readonly FeatureColumn[],
	options: PrepareOptions = {}
): PreparedFeatures {
	const raw = buildFeatureMatrix(columns, options.missing);
	// Suggested from the values as they came, so filled-in medians do not damp the skewness.
	const suggestions = columns.map((column) => suggestTransform(column.name, column.values));
	const transforms = suggestions.map((s) => options.transforms?.[s.feature] ?? s.transform);
	const scaling = fitScaling(raw, transforms);
	return { raw, model: applyScaling(raw, scaling), scaling, suggestions };
}
