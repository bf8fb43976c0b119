import type { ClusterProfile } from '../../models/cluster-profile';
import type { MissingPolicy, MissingReport } from '../../models/feature-matrix';
import type { KSweepResult } from '../../models/k-sweep';
import type { Transform } from '../../models/scaling';
import type { ClvStage } from './clv-job';
import type { ClvInput, ClvResult } from './clv-protocol';

/** A numeric feature, one value per customer; Arrow nulls arrive as NaN. */
export interface NumericFeature {
	name: string;
	values: Float64Array;
}

/** A categorical feature as dictionary codes into `levels`; −1 is a missing value. */
export interface CategoricalFeature {
	name: string;
	codes: Int32Array;
	levels: string[];
}

/** What both requests cluster: the features of every customer and how to prepare them. */
export interface FeatureInput {
	numeric: NumericFeature[];
	categorical: CategoricalFeature[];
	/** Revenue per customer, for each cluster's share of revenue. */
	revenue: Float64Array | null;
	missing: MissingPolicy;
	/** Chosen transforms by feature name; the others get the suggested one. */
	transforms: Record<string, Transform>;
	seed: number;
	/** k-means++ restarts for the clustering (the sweep uses its own rule, see k-sweep.ts). */
	restarts: number;
}

/** A column k-means sees: a numeric feature or one level of a one-hot encoded one. */
export interface ModelFeature {
	name: string;
	/** The column of `customers` it comes from. */
	column: string;
	/** For a one-hot column, its level. */
	level?: string;
	transform: Transform;
	suggested: Transform;
	reason: string;
	skewness: number;
}

/** How a categorical column was one-hot encoded. */
export interface OneHotReport {
	column: string;
	levels: string[];
	/** Rare levels folded into `other`. */
	otherLevels: string[];
	missing: number;
}

/** How the features were prepared: stated by every chart and table. */
export interface PreparationReport {
	features: ModelFeature[];
	oneHot: OneHotReport[];
	missing: MissingReport[];
	sourceRows: number;
	/** Rows k-means saw (source rows less those dropped for missing values). */
	rows: number;
	droppedRows: number;
}

/** The k sweep's answer: WSS and silhouette per k, the suggested k, and the preparation. */
export interface SweepResult extends KSweepResult {
	preparation: PreparationReport;
}

/** The clustering for one k, with everything the panel draws. */
export interface ClusterResult {
	k: number;
	/** Cluster per source row (0 = the largest), −1 where the row was dropped. */
	labels: Int32Array;
	sizes: number[];
	wss: number;
	iterations: number;
	converged: boolean;
	restarts: number;
	startRows: number;
	seed: number;
	profiles: ClusterProfile[];
	pca: {
		/** Coordinates per source row on the first two components; NaN where dropped. */
		x: Float32Array;
		y: Float32Array;
		explained: number[];
		/** Loadings per component, over `preparation.features`. */
		components: number[][];
		/** The centroids projected on the components. */
		centroids: [number, number][];
	};
	preparation: PreparationReport;
}

/** Where a request has got to. */
export type AnalysisStage = 'sweep' | 'kmeans' | 'pca' | 'profiles' | ClvStage;

/**
 * Requests to the analysis worker, each with an id its replies carry. There is no cancel
 * message: the work is one synchronous run of the models, which no message can interrupt, so
 * the client cancels by terminating the worker (see analysis-client.ts).
 */
export type AnalysisRequest =
	| { id: number; type: 'kSweep'; input: FeatureInput; kMin: number; kMax: number }
	| { id: number; type: 'cluster'; input: FeatureInput; k: number }
	| { id: number; type: 'clv'; input: ClvInput };

/** Replies: any number of progress messages, then one result or one error. */
export type AnalysisResponse =
	| { id: number; type: 'progress'; stage: AnalysisStage; done: number; total: number }
	| { id: number; type: 'kSweep'; result: SweepResult }
	| { id: number; type: 'cluster'; result: ClusterResult }
	| { id: number; type: 'clv'; result: ClvResult }
	| { id: number; type: 'error'; message: string };

/** The buffers of an input, to transfer rather than copy (the sender's copies are detached). */
export function inputTransferables(input: FeatureInput): ArrayBuffer[] {
	const buffers = [
		...input.numeric.map((f) => f.values.buffer),
		...input.categorical.map((f) => f.codes.buffer),
		...(input.revenue ? [input.revenue.buffer] : [])
	];
	// A buffer listed twice makes postMessage throw; SharedArrayBuffers cannot be transferred.
	return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** The buffers of a clustering's per-row arrays, transferred back to the page. */
export function clusterTransferables(result: ClusterResult): ArrayBuffer[] {
	return [result.labels.buffer, result.pca.x.buffer, result.pca.y.buffer].filter(
		(b): b is ArrayBuffer => b instanceof ArrayBuffer
	);
}
