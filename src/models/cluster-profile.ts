import { columnMoments, type DenseMatrix } from './dense-matrix';
import { describeCluster } from './cluster-words';
import { invertScaling, type Scaling } from './scaling';

/** What the profiles are computed from; every matrix and array has one row per clustered row. */
export interface ProfileInput {
	readonly names: readonly string[];
	/** The features in original units (after missing values were filled). */
	readonly raw: DenseMatrix;
	/** The features as clustered (after the transforms). */
	readonly model: DenseMatrix;
	readonly labels: Int32Array;
	/** Centroids in the clustered space, as k-means returned them. */
	readonly centroids: readonly (readonly number[])[];
	readonly scaling: Scaling;
	/** Revenue per row, for each cluster's share of revenue. */
	readonly revenue?: Float64Array;
}

/** One feature of one cluster. */
export interface FeatureProfile {
	readonly feature: string;
	/** The centroid with the transforms undone (for log1p features, a geometric-type centre). */
	readonly centroid: number;
	/** Arithmetic mean of the cluster's rows, original units. */
	readonly mean: number;
	readonly baseMean: number;
	/** (cluster mean − base mean) / base sd, in the clustered space. */
	readonly z: number;
	/** 100 × cluster mean / base mean in original units; null when the base mean is not positive. */
	readonly index: number | null;
}

/** One cluster: how big, how valuable, where its centre lies and what sets it apart. */
export interface ClusterProfile {
	readonly cluster: number;
	readonly size: number;
	readonly share: number;
	readonly revenueShare: number | null;
	readonly features: FeatureProfile[];
	readonly description: string;
}

/** Size, shares, centroid in original units, z-score and index per feature, and a description. */
export function profileClusters(input: ProfileInput): ClusterProfile[] {
	const { names, raw, model, labels, centroids, scaling, revenue } = input;
	const k = centroids.length;
	const cols = raw.cols;
	const rawMeans = clusterMeans(raw, labels, k);
	const modelMeans = clusterMeans(model, labels, k);
	const base = columnMoments(raw);
	const modelBase = columnMoments(model);
	const sizes = new Array<number>(k).fill(0);
	const revenues = new Array<number>(k).fill(0);
	labels.forEach((label, i) => {
		sizes[label]!++;
		if (revenue) revenues[label]! += revenue[i]!;
	});
	const totalRevenue = revenues.reduce((sum, r) => sum + r, 0);
	return centroids.map((centroid, c) => {
		const original = invertScaling(centroid, scaling);
		const features = names.map((feature, j) => {
			const mean = rawMeans[c * cols + j]!;
			const baseMean = base.mean[j]!;
			const sd = modelBase.sd[j]!;
			return {
				feature,
				centroid: original[j]!,
				mean,
				baseMean,
				z: sd > 0 ? (modelMeans[c * cols + j]! - modelBase.mean[j]!) / sd : 0,
				index: baseMean > 0 ? (100 * mean) / baseMean : null
			};
		});
		return {
			cluster: c,
			size: sizes[c]!,
			share: sizes[c]! / labels.length,
			revenueShare: revenue && totalRevenue > 0 ? revenues[c]! / totalRevenue : null,
			features,
			description: describeCluster(features)
		};
	});
}

function clusterMeans(matrix: DenseMatrix, labels: Int32Array, k: number): Float64Array {
	const { data, rows, cols } = matrix;
	const sums = new Float64Array(k * cols);
	const counts = new Float64Array(k);
	for (let i = 0; i < rows; i++) {
		const c = labels[i]!;
		counts[c]!++;
		for (let j = 0; j < cols; j++) sums[c * cols + j]! += data[i * cols + j]!;
	}
	// An empty cluster has no mean; NaN says so rather than a made-up 0.
	return sums.map((sum, at) => sum / counts[Math.floor(at / cols)]!);
}
