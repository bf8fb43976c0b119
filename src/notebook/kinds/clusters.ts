import type { Table } from 'apache-arrow';
import type { CellKind, RunContext } from '../cell-kind';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import type { MissingPolicy } from '../../models/feature-matrix';
import type { Transform } from '../../models/scaling';
import {
	buildClusterFeaturesSql,
	buildClusterLensSql,
	buildEmptyLabelsSql,
	buildCustomerColumnsSql,
	CLUSTER_COLUMN,
	CLUSTER_LENS_NAME,
	clusterCandidates,
	clusterLabelsTable,
	clusterLens,
	DEFAULT_CLUSTER_FEATURES,
	type CustomerColumn
} from '../../segments/cluster-features';
import { lensTableName } from '../../segments/customers-view';
import { getAnalysisClient } from '../../engine/analysis/analysis-client';
import { runWorkerJob as runJob } from './worker-job';
import type { ClusterResult, SweepResult } from '../../engine/analysis/analysis-protocol';
import { featureInputFromArrow, inputFingerprint } from '../../engine/analysis/feature-input';
import { clusterLabelsIpc } from '../../engine/analysis/labels-ipc';
import { arrowToFloat64 } from '../../engine/analysis/arrow-columns';
import { analysisProgress } from '../../engine/analysis/AnalysisProgress.svelte';
import { english } from '../../i18n/english';

/** What each clusters cell is doing in the analysis worker (for its progress bar). */
export { analysisProgress };

/** The axes of the scatter: two numeric features, or `PC1` / `PC2`. */
export interface ScatterAxes {
	x: string;
	y: string;
}

/** Options of the clusters cell. */
export interface ClusterCellOptions {
	/** Numeric columns of `customers`. */
	features: string[];
	/** Categorical columns of `customers`, one-hot encoded. */
	categorical: string[];
	/** Transforms the user chose, by feature; the others get the suggested one. */
	transforms: Record<string, Transform>;
	missing: MissingPolicy;
	/** The number of clusters; null = the suggested one. */
	k: number | null;
	seed: number;
	restarts: number;
	/** Cluster prospects too (their recency is missing, frequency and spend 0). */
	includeProspects: boolean;
	/** The scatter's axes; null = PC1 × PC2. */
	scatter: ScatterAxes | null;
}

/** The k values the sweep tries. */
export const K_RANGE = { kMin: 2, kMax: 10 } as const;

/** The clusters cell's result. */
export interface ClusterCellResult {
	asOf: string;
	/** The options the result was computed with (the cell's may have moved on). */
	options: ClusterCellOptions;
	/** customer_id, revenue, the numeric features (`f0…`), the categorical ones (`c0…`). */
	table: Table;
	/** The numeric features per row, in `options.features` order, NaN where missing. */
	values: Float64Array[];
	sweep: SweepResult;
	/** True when the sweep was reused: only k (or the restarts) changed since it ran. */
	sweepReused: boolean;
	clustering: ClusterResult;
	/** Where k came from. */
	kSource: 'suggested' | 'chosen';
	timings: { sweepMs: number; clusterMs: number };
}

/** The options of a new clusters cell: RFM metrics and order value of the buyers, k suggested. */
export function defaultClusterOptions(): ClusterCellOptions {
	return {
		features: [...DEFAULT_CLUSTER_FEATURES],
		categorical: [],
		transforms: {},
		missing: 'impute-median',
		k: null,
		seed: 1,
		restarts: 10,
		includeProspects: false,
		scatter: null
	};
}

/** A cell's options with defaults for anything a saved notebook lacks. */
export function clusterOptions(options: Partial<ClusterCellOptions>): ClusterCellOptions {
	return { ...defaultClusterOptions(), ...options };
}

// The last sweep of each cell: changing k re-uses it rather than trying every k again.
const sweeps = new Map<string, { key: string; sweep: SweepResult }>();

/** k-means clusters of customers on chosen features, with help choosing k. */
export const clustersKind: CellKind<ClusterCellOptions, ClusterCellResult> = {
	kind: 'clusters',
	label: 'Clusters',
	description: 'k-means groups of customers on chosen features, with help choosing k',
	defaultOptions: defaultClusterOptions,
	reads: () => ['customers', PARAM_INPUT('asOf')],
	// `cluster` too: a SQL cell that mentions the column runs after this cell, and again with it.
	defines: () => [CLUSTER_COLUMN, lensTableName('clusters')],
	// Layered: `cluster` is a column the rules and personas cells below may read. The lens
	// copies the labels of the last run; each run writes new ones and rebuilds from there.
	lensesLast: true,
	lensesFromRun: true,
	async lenses(ctx) {
		const table = clusterLabelsTable(ctx.cellId);
		await ctx.engine.query(buildEmptyLabelsSql(table));
		return [clusterLens(table)];
	},
	async run(ctx, saved) {
		const asOf = requireAsOf(ctx);
		const options = clusterOptions(saved);
		const columns = smallRows<CustomerColumn>(await ctx.engine.query(buildCustomerColumnsSql()));
		checkFeatures(options, columns);
		const table = await ctx.engine.query(
			buildClusterFeaturesSql({
				numeric: options.features,
				categorical: options.categorical,
				includeProspects: options.includeProspects
			})
		);
		if (table.numRows < 3) {
			const few = options.includeProspects ? 'error.fewCustomers' : 'error.fewBuyers';
			throw new Error(english(few, { count: table.numRows }));
		}
		const spec = {
			numeric: options.features,
			categorical: options.categorical,
			missing: options.missing,
			transforms: options.transforms,
			seed: options.seed,
			restarts: options.restarts
		};
		const client = getAnalysisClient();
		const started = performance.now();
		const sweepInput = featureInputFromArrow(table, spec);
		const key = inputFingerprint(sweepInput, JSON.stringify(K_RANGE));
		const cached = sweeps.get(ctx.cellId);
		const sweepReused = cached?.key === key;
		const sweep = sweepReused
			? cached.sweep
			: await runJob(ctx, (progress) => client.kSweep(sweepInput, K_RANGE, progress));
		sweeps.set(ctx.cellId, { key, sweep });
		const sweepMs = performance.now() - started;
		const kSource = options.k === null ? 'suggested' : 'chosen';
		const k = options.k ?? sweep.suggestedK;
		const clustering = await runJob(ctx, (progress) =>
			client.cluster(featureInputFromArrow(table, spec), k, progress)
		);
		await writeLabels(ctx, asOf, table, clustering.labels);
		return {
			asOf,
			options,
			table,
			values: options.features.map((_, i) => arrowToFloat64(table.getChildAt(2 + i)!)),
			sweep,
			sweepReused,
			clustering,
			kSource,
			timings: { sweepMs, clusterMs: performance.now() - started - sweepMs }
		};
	},
	queries: {
		/** The columns of `customers` (name, type), for the feature picker. */
		columns: (ctx) => ctx.engine.query(buildCustomerColumnsSql())
	}
};

function checkFeatures(options: ClusterCellOptions, columns: CustomerColumn[]): void {
	if (options.features.length + options.categorical.length === 0) {
		throw new Error(english('error.noFeatures'));
	}
	const candidates = clusterCandidates(columns);
	const known = new Set(columns.map((c) => c.name));
	const check = (names: string[], allowed: string[], what: string) => {
		for (const name of names) {
			if (!known.has(name)) {
				throw new Error(
					`"${name}" is not a column of customers (was it in a file no longer loaded?): untick it.`
				);
			}
			if (!allowed.includes(name)) throw new Error(`"${name}" is not ${what}: untick it.`);
		}
	};
	check(options.features, candidates.numeric, 'a numeric column');
	check(options.categorical, candidates.categorical, 'a text column');
}

// The labels become column `cluster` of `customers`: written as Arrow to the cell's table, copied
// into lens `lens_clusters` with the lenses after it, and the view re-created (see
// cluster-features.ts). Only the cell whose lens `customers` joins (the first) does so.
async function writeLabels(ctx: RunContext, asOf: string, table: Table, labels: Int32Array) {
	const ids = table.getChildAt(0)!;
	await ctx.engine.insertArrowIpc(clusterLabelsIpc(ids, labels), clusterLabelsTable(ctx.cellId));
	const lenses = ctx.customersLenses();
	if (!lenses.some((l) => l.name === CLUSTER_LENS_NAME && l.owner === ctx.cellId)) return;
	for (const sql of buildClusterLensSql(asOf, lenses)) await ctx.engine.runLong(sql);
}
