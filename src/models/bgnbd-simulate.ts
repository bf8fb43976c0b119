// Deterministic BG/NBD customers for tests and benchmarks: each customer draws a purchase
// rate λ ~ Gamma(r, α) and a dropout probability p ~ Beta(a, b), buys as a Poisson process
// with rate λ, and after each repeat purchase drops out with probability p (Fader, Hardie &
// Lee 2005, assumptions i-v; the same process as lifetimes' beta_geometric_nbd_model).
import type { BgNbdParams } from './bgnbd-likelihood';
import type { RfmData } from './rfm-data';

/** mulberry32: a small, fast, seeded PRNG with 32 bits of state, uniform on [0, 1). */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function normal(random: () => number): number {
	// Box–Muller; 1 - u keeps the logarithm finite.
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Gamma(shape, rate) draw: Marsaglia & Tsang (2000), boosted for shape < 1. */
export function sampleGamma(random: () => number, shape: number, rate: number): number {
	if (shape < 1) {
		return sampleGamma(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
	}
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const z = normal(random);
		const v = Math.pow(1 + c * z, 3);
		if (v <= 0) continue;
		const u = 1 - random();
		if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
	}
}

/** Simulates (x, t_x, T) for customers observed for the given ages T. */
export function simulateBgNbd(params: BgNbdParams, T: Float64Array, seed = 1): RfmData {
	const random = seededRandom(seed);
	const n = T.length;
	const x = new Float64Array(n);
	const tx = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const lambda = sampleGamma(random, params.r, params.alpha);
		const g1 = sampleGamma(random, params.a, 1);
		const p = g1 / (g1 + sampleGamma(random, params.b, 1));
		let t = 0;
		for (;;) {
			t += -Math.log(1 - random()) / lambda;
			if (!(t <= T[i]!)) break;
			x[i]!++;
			tx[i] = t;
			if (random() < p) break;
		}
	}
	return { x, tx, T: Float64Array.from(T) };
}
