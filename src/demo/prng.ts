/** A source of uniform floats in [0, 1). */
export type Prng = () => number;

/**
 * Returns sfc32 (Chris Doty-Humphrey's "small fast counting" generator, from PractRand), seeded
 * from `seed` and a stream name. sfc32 passes BigCrush and uses only 32-bit integer operations,
 * so it is fast in every JS engine. Separate streams let one file's generator change without
 * shifting the numbers drawn for another file.
 */
export function createPrng(seed: number, stream = ''): Prng {
	const mix = splitmix32(seed >>> 0);
	const salt = hashString(stream);
	let a = mix() ^ salt;
	let b = mix();
	let c = mix() ^ salt;
	let d = mix();
	const next: Prng = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// The first outputs of a freshly seeded sfc32 are still correlated with the seed words.
	for (let i = 0; i < 15; i++) next();
	return next;
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
