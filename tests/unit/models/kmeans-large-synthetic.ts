import { denseMatrix, type DenseMatrix } from '../../../src/models/dense-matrix';
import type { FeatureColumn } from '../../../src/models/feature-matrix';
import { createRandom } from '../../../src/models/seeded-random';

/**
 * n rows × d features from `groups` unit-variance Gaussian blobs of sizes ∝ 1, 2, …, groups,
 * centred at ±4 on successive axes (so up to 2·d groups, all clearly apart), reproducible by seed.
 */
export function gaussianBlobs(n: number, d: number, groups: number, seed = 7): DenseMatrix {
	if (groups > 2 * d) throw new Error(`invalid groups: ${groups} for ${d} features`);
	const random = createRandom(seed);
	const total = (groups * (groups + 1)) / 2;
	const data = new Float64Array(n * d);
	for (let i = 0; i < n; i++) {
		let pick = random() * total;
		let g = 0;
		while (pick >= g + 1 && g < groups - 1) pick -= ++g;
		for (let j = 0; j < d; j++) {
			// Box–Muller; 1 − u keeps the logarithm finite.
			const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
			const centre = j === g >> 1 ? (g % 2 ? -4 : 4) : 0;
			data[i * d + j] = centre + normal;
		}
	}
	return denseMatrix(data, n, d);
}

/**
 * n customers with skewed, correlated RFM-style features and no planted clusters (the hard,
 * realistic case for k-means): recency, frequency, monetary, average order value, tenure.
 */
export function syntheticCustomers(n: number, seed = 11): FeatureColumn[] {
	const random = createRandom(seed);
	const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
	const names = ['recency', 'frequency', 'monetary', 'avg_order_value', 'tenure'];
	const [recency, frequency, monetary, aov, tenure] = names.map(() => new Float64Array(n));
	for (let i = 0; i < n; i++) {
		const engaged = normal();
		const orders = Math.max(1, Math.round(Math.exp(0.8 + 0.7 * engaged + 0.4 * normal())));
		const basket = Math.exp(3.5 + 0.5 * normal());
		recency![i] = Math.floor(Math.exp(4.5 - 0.6 * engaged + 0.8 * normal()));
		frequency![i] = orders;
		monetary![i] = orders * basket;
		aov![i] = basket;
		tenure![i] = Math.floor(Math.exp(5.5 + 0.6 * normal()));
	}
	return [recency!, frequency!, monetary!, aov!, tenure!].map((values, j) => ({
		name: names[j]!,
		values
	}));
}
