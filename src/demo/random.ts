import { Sfc32 } from './prng';

/** A fixed distribution over indices 0…n−1, prepared once for many draws. */
export class Weights {
	readonly cumulative: Float64Array;

	constructor(weights: readonly number[]) {
		this.cumulative = new Float64Array(weights.length);
		let total = 0;
		weights.forEach((w, i) => (this.cumulative[i] = total += w));
	}
}

/** Typed draws over one seeded stream; the same calls in the same order give the same values. */
export class Random {
	readonly #prng: Sfc32;

	constructor(seed: number, stream: string) {
		this.#prng = new Sfc32(seed, stream);
	}

	/** A float in [0, 1). */
	float(): number {
		return this.#prng.next();
	}

	/** An integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.#prng.next() * (hi - lo + 1));
	}

	/** A float in [lo, hi). */
	range(lo: number, hi: number): number {
		return lo + this.#prng.next() * (hi - lo);
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.#prng.next() < p;
	}

	/** One item, uniformly. */
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.#prng.next() * items.length)]!;
	}

	/** An index drawn with probability proportional to `weights`. */
	weighted(weights: readonly number[]): number {
		let total = 0;
		for (const w of weights) total += w;
		let u = this.#prng.next() * total;
		for (let i = 0; i < weights.length; i++) {
			u -= weights[i]!;
			if (u < 0) return i;
		}
		return weights.length - 1;
	}

	/** An index drawn from prepared weights. */
	draw(weights: Weights): number {
		const cum = weights.cumulative;
		const u = this.#prng.next() * cum[cum.length - 1]!;
		let i = 0;
		while (i < cum.length - 1 && cum[i]! <= u) i++;
		return i;
	}

	/** A normal draw (Box–Muller). */
	normal(mean: number, sd: number): number {
		const u = 1 - this.#prng.next();
		const v = this.#prng.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** A Poisson draw (Knuth's method; fine for the small means used here). */
	poisson(mean: number): number {
		const limit = Math.exp(-mean);
		let k = 0;
		let p = this.#prng.next();
		while (p > limit) {
			k++;
			p *= this.#prng.next();
		}
		return k;
	}

	/** Shuffles `items` in place (Fisher–Yates) and returns it. */
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.#prng.next() * (i + 1));
			const tmp = items[i]!;
			items[i] = items[j]!;
			items[j] = tmp;
		}
		return items;
	}
}
