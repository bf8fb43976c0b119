import { profileClusters } from '../../models/cluster-profile';
import { expandLabels, selectRows, type FeatureColumn } from '../../models/feature-matrix';
import { kmeans } from '../../models/kmeans';
import { kSweep } from '../../models/k-sweep';
import { oneHot } from '../../models/one-hot';
import { pca } from '../../models/pca';
import { prepareFeatures, type PreparedFeatures } from '../../models/prepare-features';
import type {
	AnalysisStage,
	ClusterResult,
	FeatureInput,
	ModelFeature,
	OneHotReport,
	PreparationReport,
	SweepResult
} from './analysis-protocol';

/** Reports progress of one stage: `done` of `total` steps. */
export type ProgressHook = (stage: AnalysisStage, done: number, total: number) => void;

/** Fewest customers a clustering needs: two clusters and one more row to tell them apart. */
export const MIN_ROWS = 3;

interface Prepared {
	prepared: PreparedFeatures;
	report: PreparationReport;
}

/** Input → one-hot encoding → matrix with missing values handled → transforms. */
export function prepareInput(input: FeatureInput): Prepared {
	const columns: FeatureColumn[] = input.numeric.map((f) => ({ name: f.name, values: f.values }));
	const sources = input.numeric.map((f) => ({
		column: f.name,
		level: undefined as string | undefined
	}));
	const oneHotReports: OneHotReport[] = input.categorical.map((feature) => {
		const values = Array.from(feature.codes, (code) => (code < 0 ? null : feature.levels[code]));
		const encoded = oneHot(feature.name, values);
		columns.push(...encoded.columns);
		sources.push(...encoded.levels.map((level) => ({ column: feature.name, level })));
		return {
			column: feature.name,
			levels: [...encoded.levels],
			otherLevels: [...encoded.otherLevels],
			missing: encoded.missing
		};
	});
	if (columns.length === 0) throw new Error('invalid features: none chosen');
	const prepared = prepareFeatures(columns, {
		missing: input.missing,
		transforms: input.transforms
	});
	const { raw, scaling, suggestions } = prepared;
	const features: ModelFeature[] = raw.names.map((name, j) => ({
		name,
		column: sources[j]!.column,
		...(sources[j]!.level !== undefined ? { level: sources[j]!.level } : {}),
		transform: scaling.transforms[j]!,
		suggested: suggestions[j]!.transform,
		reason: suggestions[j]!.reason,
		skewness: suggestions[j]!.skewness
	}));
	return {
		prepared,
		report: {
			features,
			oneHot: oneHotReports,
			missing: [...raw.missing],
			sourceRows: raw.sourceRows,
			rows: raw.rows,
			droppedRows: raw.droppedRows
		}
	};
}

function requireRows(rows: number): void {
	if (rows < MIN_ROWS) {
		throw new Error(`Too few customers to cluster: ${rows} (at least ${MIN_ROWS} are needed).`);
	}
}

/** k-means for every k in kMin…kMax (capped below the row count), scored by WSS and silhouette. */
export function runSweep(
	input: FeatureInput,
	range: { kMin: number; kMax: number },
	onProgress?: ProgressHook
): SweepResult {
	const { prepared, report } = prepareInput(input);
	requireRows(report.rows);
	const kMax = Math.min(range.kMax, report.rows - 1);
	const kMin = Math.min(range.kMin, kMax);
	const sweep = kSweep(prepared.model, {
		kMin,
		kMax,
		seed: input.seed,
		onProgress: (done, total) => onProgress?.('sweep', done, total)
	});
	return { ...sweep, preparation: report };
}

/** k-means for one k, then PCA of the clustered space and a profile of every cluster. */
export function runCluster(
	input: FeatureInput,
	k: number,
	onProgress?: ProgressHook
): ClusterResult {
	const { prepared, report } = prepareInput(input);
	requireRows(report.rows);
	const { raw, model, scaling } = prepared;
	if (!Number.isInteger(k) || k < 2 || k >= raw.rows) {
		throw new Error(`invalid k: ${k} (needs 2 ≤ k < ${raw.rows} customers)`);
	}
	const result = kmeans(model, k, {
		seed: input.seed,
		restarts: input.restarts,
		onProgress: (done, total) => onProgress?.('kmeans', done, total)
	});
	onProgress?.('pca', 0, 1);
	const projection = pca(model);
	const centroids = result.centroids.map((centre): [number, number] => {
		const on = (component: number[] | undefined) =>
			component
				? component.reduce((sum, w, j) => sum + w * (centre[j]! - projection.mean[j]!), 0)
				: 0;
		return [on(projection.components[0]), on(projection.components[1])];
	});
	onProgress?.('profiles', 0, 1);
	const profiles = profileClusters({
		names: raw.names,
		raw,
		model,
		labels: result.labels,
		centroids: result.centroids,
		scaling,
		revenue: input.revenue ? selectRows(input.revenue, raw) : undefined
	});
	onProgress?.('profiles', 1, 1);
	return {
		k: result.k,
		labels: expandLabels(result.labels, raw),
		sizes: result.sizes,
		wss: result.wss,
		iterations: result.iterations,
		converged: result.converged,
		restarts: result.restarts,
		startRows: result.startRows,
		seed: result.seed,
		profiles,
		pca: {
			x: spread(projection.x, raw.rowIndex, raw.sourceRows),
			y: spread(projection.y, raw.rowIndex, raw.sourceRows),
			explained: projection.explainedVarianceRatio,
			components: projection.components,
			centroids
		},
		preparation: report
	};
}

// Per-matrix-row values back onto the source rows; rows dropped for missing values get NaN.
function spread(values: Float32Array, rowIndex: Int32Array, sourceRows: number): Float32Array {
	const out = new Float32Array(sourceRows).fill(NaN);
	rowIndex.forEach((source, r) => {
		out[source] = values[r]!;
	});
	return out;
}
