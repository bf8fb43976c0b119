/**
 * Seeded randomness for the models: k-means++ starts and silhouette samples must repeat exactly
 * for the same seed, so nothing here touches Math.random. sfc32 needs only 32-bit integer
 * operations (fast everywhere) and passes BigCrush; splitmix32 spreads small seeds over its state.
 */

/** A seeded generator of floats in [0, 1). */
export type Random = () => number;

/** A seeded sfc32 generator; `stream` gives an unrelated sequence for the same seed. */
export function createRandom(seed: number, stream = 0): Random {
	const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0);
	let a = mix();
	let b = mix();
	let c = mix();
	let d = mix();
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (((c << 21) | (c >>> 11)) + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// The first outputs of a freshly seeded sfc32 still echo the seed words.
	for (let i = 0; i < 15; i++) next();
	return next;
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
	return Math.min(n - 1, Math.floor(random() * n));
}

/** `m` distinct indices drawn uniformly from [0, n), in ascending order (all of them if m ≥ n). */
export function sampleIndices(n: number, m: number, random: Random): Int32Array {
	if (m >= n) return Int32Array.from({ length: n }, (_, i) => i);
	// Floyd's algorithm: m draws and a set of size m, whatever n is.
	const chosen = new Set<number>();
	for (let j = n - m; j < n; j++) {
		const t = randomInt(random, j + 1);
		chosen.add(chosen.has(t) ? j : t);
	}
	return Int32Array.from(chosen).sort();
}

function splitmix32(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x9e3779b9) | 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
		z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
		return (z ^ (z >>> 15)) | 0;
	};
}
