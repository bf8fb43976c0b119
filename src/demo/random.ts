import { createPrng, type Prng } from './prng';

/** Typed draws over one seeded stream; the same calls in the same order give the same values. */
export class Random {
	readonly #next: Prng;

	constructor(seed: number, stream: string) {
		this.#next = createPrng(seed, stream);
	}

	/** A float in [0, 1). */
	float(): number {
		return this.#next();
	}

	/** An integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.#next() * (hi - lo + 1));
	}

	/** A float in [lo, hi). */
	range(lo: number, hi: number): number {
		return lo + this.#next() * (hi - lo);
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.#next() < p;
	}

	/** One item, uniformly. */
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.#next() * items.length)]!;
	}

	/** An index drawn with probability proportional to `weights`. */
	weighted(weights: readonly number[]): number {
		let total = 0;
		for (const w of weights) total += w;
		let u = this.#next() * total;
		for (let i = 0; i < weights.length; i++) {
			u -= weights[i]!;
			if (u < 0) return i;
		}
		return weights.length - 1;
	}

	/** A normal draw (Box–Muller). */
	normal(mean: number, sd: number): number {
		const u = 1 - this.#next();
		const v = this.#next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** A Poisson draw (Knuth's method; fine for the small means used here). */
	poisson(mean: number): number {
		const limit = Math.exp(-mean);
		let k = 0;
		let p = this.#next();
		while (p > limit) {
			k++;
			p *= this.#next();
		}
		return k;
	}

	/** Shuffles `items` in place (Fisher–Yates) and returns it. */
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.#next() * (i + 1));
			const tmp = items[i]!;
			items[i] = items[j]!;
			items[j] = tmp;
		}
		return items;
	}
}
