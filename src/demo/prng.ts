/**
 * sfc32 ("small fast counting", Chris Doty-Humphrey's generator from PractRand): 128 bits of
 * state, passes BigCrush, and needs only 32-bit integer operations, so it is fast in every JS
 * engine. Streams with different names give unrelated sequences for the same seed, so one file's
 * generator can change without shifting the numbers drawn for another.
 */
export class Sfc32 {
	#a: number;
	#b: number;
	#c: number;
	#d: number;

	constructor(seed: number, stream = '') {
		const mix = splitmix32(seed >>> 0);
		const salt = hashString(stream);
		this.#a = mix() ^ salt;
		this.#b = mix();
		this.#c = mix() ^ salt;
		this.#d = mix();
		// The first outputs of a freshly seeded sfc32 still echo the seed words.
		for (let i = 0; i < 15; i++) this.next();
	}

	/** The next float in [0, 1). */
	next(): number {
		const a = this.#a;
		const b = this.#b;
		const c = this.#c;
		const t = (((a + b) | 0) + this.#d) | 0;
		this.#d = (this.#d + 1) | 0;
		this.#a = b ^ (b >>> 9);
		this.#b = (c + (c << 3)) | 0;
		this.#c = (((c << 21) | (c >>> 11)) + t) | 0;
		return (t >>> 0) / 4294967296;
	}
}

/** A function returning the floats of one seeded sfc32 stream. */
export function createPrng(seed: number, stream = ''): () => number {
	const prng = new Sfc32(seed, stream);
	return () => prng.next();
}

/** FNV-1a hash of a string, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

// splitmix32 spreads a small or patterned seed (1, 2, 3...) over all 128 bits of sfc32's state.
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
