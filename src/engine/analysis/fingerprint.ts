/**
 * A fingerprint of typed arrays' bytes (FNV-1a) and a description of the settings: equal inputs
 * give equal text, so a result can be reused when nothing it depends on changed.
 */
export function arraysFingerprint(
	arrays: readonly (Float64Array | Int32Array)[],
	about: string
): string {
	let hash = 0x811c9dc5;
	for (const array of arrays) {
		const view = new Uint32Array(array.buffer, array.byteOffset, array.byteLength >> 2);
		for (let i = 0; i < view.length; i++) hash = Math.imul(hash ^ view[i]!, 0x01000193) >>> 0;
	}
	return `${hash.toString(16)}:${about}`;
}
