const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const LENGTH = 8;
// 252 is the largest multiple of 36 that fits in a byte: dropping larger bytes keeps every
// character equally likely.
const FAIR_LIMIT = 252;

/** A new cell id: `c-` and 8 random base36 characters (36^8 ≈ 2.8e12 ids). */
export function newCellId(): string {
	let id = 'c-';
	while (id.length < 2 + LENGTH) {
		for (const byte of crypto.getRandomValues(new Uint8Array(LENGTH))) {
			if (byte < FAIR_LIMIT && id.length < 2 + LENGTH) id += ALPHABET[byte % 36];
		}
	}
	return id;
}

/** A new cell id that is not one of `taken`. */
export function uniqueCellId(taken: ReadonlySet<string>): string {
	for (;;) {
		const id = newCellId();
		if (!taken.has(id)) return id;
	}
}
