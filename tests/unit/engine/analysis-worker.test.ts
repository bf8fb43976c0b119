import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	AnalysisCancelled,
	AnalysisClient,
	type WorkerLike
} from '../../../src/engine/analysis/analysis-client';
import { handleAnalysisRequest } from '../../../src/engine/analysis/analysis-handler';
import type { AnalysisStage, FeatureInput } from '../../../src/engine/analysis/analysis-protocol';
import {
	featureInputFromArrow,
	inputFingerprint
} from '../../../src/engine/analysis/feature-input';
import { buildClusterFeaturesSql } from '../../../src/segments/cluster-features';
import { quoteLiteral } from '../../../src/sql/quote';
import { openTestDb, type TestDb } from '../node-duckdb';

// Reference results of the Mall Customers data (tests/fixtures/Mall_README.md).
const BEST_WSS = 44448.4554;
const SIZES = [81, 39, 35, 23, 22];
const SILHOUETTES = [0.2969, 0.4676, 0.4932, 0.5539];

/**
 * The worker, in this process: messages are structured-cloned with their transfer lists, as
 * postMessage does (so the sender's buffers are detached), and answered on a later task.
 */
function inProcessWorker(log: { started: number; terminated: number }): WorkerLike {
	log.started++;
	let alive = true;
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage(message, transfer) {
			const request = structuredClone(message, { transfer });
			setTimeout(() =>
				handleAnalysisRequest(request, (response, moved = []) => {
					const copy = structuredClone(response, { transfer: moved });
					setTimeout(() => {
						if (alive) worker.onmessage?.({ data: copy } as MessageEvent);
					});
				})
			);
		},
		terminate() {
			alive = false;
			log.terminated++;
		}
	};
	return worker;
}

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	const file = 'Mall_Customers.csv';
	const url = new URL(`../../fixtures/${file}`, import.meta.url);
	db.registerText(file, readFileSync(fileURLToPath(url), 'utf8'));
	// A stand-in `customers`: the feature query reads only these columns. Two incomes are
	// blanked in a copy of the income column, to see missing values travel as NaN.
	db.rows(`CREATE VIEW customers AS SELECT
		CAST(CustomerID AS VARCHAR) AS customer_id,
		false AS is_prospect,
		CAST("Spending Score (1-100)" AS DOUBLE) * 10 AS monetary,
		"Annual Income (k$)" AS income,
		"Spending Score (1-100)" AS score,
		CASE WHEN CustomerID IN (3, 150) THEN NULL ELSE "Annual Income (k$)" END AS patchy_income,
		Genre AS gender
	FROM read_csv(${quoteLiteral(file)})`);
});
afterAll(() => db.close());

interface MallOptions extends Partial<Omit<FeatureInput, 'numeric' | 'categorical'>> {
	numeric?: string[];
	categorical?: string[];
}

function mallInput(options: MallOptions) {
	const numeric = options.numeric ?? ['income', 'score'];
	const categorical = options.categorical ?? [];
	const table = db.table(
		buildClusterFeaturesSql({ numeric, categorical, includeProspects: false })
	);
	return featureInputFromArrow(table, {
		numeric,
		categorical,
		missing: options.missing ?? 'impute-median',
		transforms: options.transforms ?? { income: 'none', score: 'none' },
		seed: options.seed ?? 2024,
		restarts: options.restarts ?? 10
	});
}

describe('the analysis worker, through its client', () => {
	it('clusters Mall Customers (income, score, unscaled, k = 5) to the best known WSS', async () => {
		const log = { started: 0, terminated: 0 };
		const client = new AnalysisClient(() => inProcessWorker(log));
		const stages = new Set<AnalysisStage>();
		const input = mallInput({});
		const result = await client.cluster(input, 5, (stage) => stages.add(stage)).result;
		expect(Math.abs(result.wss - BEST_WSS) / BEST_WSS).toBeLessThan(0.005);
		expect(result.sizes).toEqual(SIZES);
		expect(result.labels).toHaveLength(200);
		expect(result.profiles.map((p) => p.size)).toEqual(SIZES);
		expect(result.profiles.reduce((s, p) => s + (p.revenueShare ?? 0), 0)).toBeCloseTo(1, 9);
		expect(result.pca.x).toHaveLength(200);
		expect(result.pca.centroids).toHaveLength(5);
		expect(result.pca.explained[0]! + result.pca.explained[1]!).toBeCloseTo(1, 9);
		expect([...stages]).toEqual(['kmeans', 'pca', 'profiles']);
		// The input's buffers went to the worker rather than being copied.
		expect(input.numeric[0]!.values.byteLength).toBe(0);
		expect(log.started).toBe(1);
	});

	it('sweeps k = 2…10 with progress, and suggests k = 5', async () => {
		const client = new AnalysisClient(() => inProcessWorker({ started: 0, terminated: 0 }));
		const progress: number[] = [];
		const sweep = await client.kSweep(mallInput({}), { kMin: 2, kMax: 10 }, (stage, done, total) =>
			progress.push(done / total)
		).result;
		expect(sweep.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
		sweep.points
			.slice(0, 4)
			.forEach((p, i) => expect(p.silhouette).toBeCloseTo(SILHOUETTES[i]!, 2));
		expect(sweep.suggestedK).toBe(5);
		expect(sweep).toMatchObject({ silhouetteExact: true, silhouetteSampleSize: 200 });
		expect(progress.at(-1)).toBe(1);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(sweep.preparation).toMatchObject({ rows: 200, sourceRows: 200, droppedRows: 0 });
	});

	it('reports Arrow nulls as missing values: imputed, or their rows dropped and left unlabelled', async () => {
		const client = new AnalysisClient(() => inProcessWorker({ started: 0, terminated: 0 }));
		const numeric = ['patchy_income', 'score'];
		const transforms = { patchy_income: 'none' as const, score: 'none' as const };
		const imputed = await client.cluster(mallInput({ numeric, transforms }), 5).result;
		expect(imputed.preparation.missing[0]).toMatchObject({
			feature: 'patchy_income',
			missing: 2,
			action: 'imputed'
		});
		expect(imputed.labels.every((l) => l >= 0)).toBe(true);

		const dropped = await client.cluster(mallInput({ numeric, transforms, missing: 'drop-row' }), 5)
			.result;
		expect(dropped.preparation).toMatchObject({ rows: 198, sourceRows: 200, droppedRows: 2 });
		// CustomerID 3 and 150 are rows 2 and 149 (ordered by id).
		expect([dropped.labels[2], dropped.labels[149]]).toEqual([-1, -1]);
		expect(Number.isNaN(dropped.pca.x[2]!)).toBe(true);
		expect(dropped.sizes.reduce((a, b) => a + b, 0)).toBe(198);
	});

	it('one-hot encodes a text column and shows the suggested transforms', async () => {
		const client = new AnalysisClient(() => inProcessWorker({ started: 0, terminated: 0 }));
		const result = await client.cluster(
			mallInput({ numeric: ['income'], categorical: ['gender'], transforms: {} }),
			2
		).result;
		expect(
			result.preparation.features.map((f) => [f.name, f.column, f.level, f.transform])
		).toEqual([
			['income', 'income', undefined, 'z'],
			['gender=Female', 'gender', 'Female', 'none'],
			['gender=Male', 'gender', 'Male', 'none']
		]);
		expect(result.preparation.features[0]!.reason).toContain('z-score');
		expect(result.preparation.oneHot).toEqual([
			{ column: 'gender', levels: ['Female', 'Male'], otherLevels: [], missing: 0 }
		]);
	});

	it('passes errors back as rejections, and keeps working', async () => {
		const client = new AnalysisClient(() => inProcessWorker({ started: 0, terminated: 0 }));
		await expect(client.cluster(mallInput({}), 500).result).rejects.toThrow('invalid k: 500');
		await expect(client.cluster(mallInput({}), 2).result).resolves.toMatchObject({ k: 2 });
	});

	it('cancels the running request by restarting the worker, and a waiting one by dropping it', async () => {
		const log = { started: 0, terminated: 0 };
		const client = new AnalysisClient(() => inProcessWorker(log));
		const running = client.kSweep(mallInput({}), { kMin: 2, kMax: 10 });
		const waiting = client.cluster(mallInput({}), 3);
		const after = client.cluster(mallInput({}), 4);
		waiting.cancel();
		running.cancel();
		await expect(running.result).rejects.toBeInstanceOf(AnalysisCancelled);
		await expect(waiting.result).rejects.toBeInstanceOf(AnalysisCancelled);
		await expect(after.result).resolves.toMatchObject({ k: 4 });
		expect(log).toEqual({ started: 2, terminated: 1 });
	});
});

describe('inputFingerprint', () => {
	it('is the same for the same values and settings, and differs when either changes', () => {
		const a = inputFingerprint(mallInput({}));
		expect(inputFingerprint(mallInput({}))).toBe(a);
		// Restarts only matter to the clustering, not to the sweep.
		expect(inputFingerprint(mallInput({ restarts: 3 }))).toBe(a);
		expect(inputFingerprint(mallInput({ seed: 7 }))).not.toBe(a);
		expect(inputFingerprint(mallInput({ numeric: ['patchy_income', 'score'] }))).not.toBe(a);
		expect(inputFingerprint(mallInput({ transforms: {} }))).not.toBe(a);
	});
});
