import { describe, expect, it } from 'vitest';
import { describeCluster, featureWord } from '../../../src/models/cluster-words';
import { profileClusters } from '../../../src/models/cluster-profile';
import { buildFeatureMatrix } from '../../../src/models/feature-matrix';
import { kmeans } from '../../../src/models/kmeans';
import { prepareFeatures } from '../../../src/models/prepare-features';
import { applyScaling, fitScaling } from '../../../src/models/scaling';
import { loadMall } from './kmeans-mall-fixture';

describe('featureWord', () => {
	it.each([
		['recency', false, 'recent'],
		['recency_days', true, 'lapsed'],
		['frequency', true, 'frequent'],
		['Orders', false, 'infrequent'],
		['monetary', true, 'high spend'],
		['total_spend', false, 'low spend'],
		['Spending Score (1-100)', true, 'high spend'],
		['avg_order_value', true, 'big baskets'],
		['discount_share', true, 'discount-driven'],
		['tenure_days', false, 'new'],
		['Annual Income (k$)', false, 'low income'],
		['Age', true, 'older'],
		['p_alive', false, 'likely lapsed'],
		['days_since_first_order', true, 'long-standing'],
		['days_since_last_order', false, 'recent'],
		['total_discount_amount', true, 'discount-driven'],
		['returned_orders', true, 'many returns'],
		['loyalty_points', true, 'high loyalty points'],
		['___', false, 'low ___']
	])('%s %s → %s', (feature, high, word) => {
		expect(featureWord(feature, high)).toBe(word);
	});

	it('speaks of one-hot levels by their share', () => {
		expect(featureWord('gender=Female', true, 0.8)).toBe('mostly Female');
		expect(featureWord('gender=Female', true, 0.3)).toBe('more Female');
		expect(featureWord('channel=web', false, 0.05)).toBe('few web');
	});
});

describe('describeCluster', () => {
	it('names the most distinctive features first, at most three, once each', () => {
		const text = describeCluster([
			{ feature: 'monetary', z: 1.1, mean: 900 },
			{ feature: 'recency', z: -1.5, mean: 12 },
			{ feature: 'frequency', z: 1.2, mean: 9 },
			{ feature: 'revenue', z: 1.0, mean: 880 },
			{ feature: 'age', z: 0.3, mean: 40 }
		]);
		expect(text).toBe('recent, frequent, high spend');
	});

	it('says so when nothing stands out', () => {
		expect(describeCluster([{ feature: 'age', z: 0.2, mean: 40 }])).toBe(
			'close to the average customer'
		);
	});
});

describe('profileClusters on Mall Customers (k = 5, unscaled)', () => {
	const mall = loadMall();
	const raw = buildFeatureMatrix([mall.income, mall.score]);
	const scaling = fitScaling(raw, ['none', 'none']);
	const result = kmeans(raw, 5, { seed: 2024 });
	const revenue = Float64Array.from({ length: 200 }, (_, i) => mall.score.values[i]!);
	const profiles = profileClusters({
		names: raw.names,
		raw,
		model: raw,
		labels: result.labels,
		centroids: result.centroids,
		scaling,
		revenue
	});

	it('gives size, share and revenue share per cluster', () => {
		expect(profiles.map((p) => p.size)).toEqual([81, 39, 35, 23, 22]);
		expect(profiles.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
		expect(profiles[0]!.share).toBeCloseTo(81 / 200, 12);
		const scoreTotal = mall.score.values.reduce((s, v) => s + v, 0);
		expect(profiles[1]!.revenueShare).toBeCloseTo((39 * 82.1282) / scoreTotal, 3);
	});

	it('reports centroids, means, z-scores and indices in original units', () => {
		const [income, score] = profiles[4]!.features;
		expect(income!.centroid).toBeCloseTo(25.73, 2);
		expect(income!.mean).toBeCloseTo(25.73, 2);
		expect(income!.baseMean).toBeCloseTo(60.56, 2);
		expect(income!.index).toBeCloseTo((100 * 25.727) / 60.56, 1);
		expect(income!.z).toBeCloseTo((25.727 - 60.56) / 26.198, 2);
		expect(score!.z).toBeGreaterThan(1);
	});

	it('describes each cluster in words', () => {
		expect(profiles.map((p) => p.description)).toEqual([
			'close to the average customer',
			'high spend, high income',
			'low spend, high income',
			'low income, low spend',
			'low income, high spend'
		]);
	});
});

describe('profileClusters with transforms', () => {
	it('undoes log1p for the centroid and keeps the arithmetic mean beside it', () => {
		const spend = { name: 'monetary', values: Float64Array.from([0, 0, 0, 99, 99, 9999]) };
		const prepared = prepareFeatures([spend], { transforms: { monetary: 'log1p-z' } });
		const labels = Int32Array.from([0, 0, 0, 1, 1, 1]);
		const scaling = fitScaling(prepared.raw, ['log1p-z']);
		const model = applyScaling(prepared.raw, scaling);
		const centroid = (c: number) => [[0, 1, 2].reduce((s, i) => s + model.data[c * 3 + i]!, 0) / 3];
		const [low, high] = profileClusters({
			names: ['monetary'],
			raw: prepared.raw,
			model,
			labels,
			centroids: [centroid(0), centroid(1)],
			scaling
		});
		expect(low!.features[0]!.centroid).toBeCloseTo(0, 10);
		// Geometric-type centre: expm1((ln 100 + ln 100 + ln 10000) / 3) = 10^(8/3) − 1.
		expect(high!.features[0]!.centroid).toBeCloseTo(10 ** (8 / 3) - 1, 8);
		expect(high!.features[0]!.mean).toBeCloseTo(10197 / 3, 10);
		expect(high!.revenueShare).toBeNull();
		expect(high!.description).toBe('high spend');
		expect(low!.description).toBe('low spend');
	});
});
