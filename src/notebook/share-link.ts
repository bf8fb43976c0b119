import { fromBase64Url, toBase64Url } from './base64url';
import type { NotebookDoc } from './document';
import { parseNotebook, serializeNotebook, type NotebookParseResult } from './notebook-file';
import { english } from '../i18n/english';

/** How a share link's URL fragment starts. */
export const SHARE_FRAGMENT_PREFIX = '#nb=';

// A notebook never holds data, so its text stays far below this; the cap stops a crafted link
// (deflate packs up to ~1000:1) from filling the page's memory.
const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const BROKEN = english('loading.broken');

/**
 * The URL fragment that carries a notebook's method: `#nb=` and the deflated notebook file in
 * base64url. It goes through `serializeNotebook`, which keeps only NotebookDoc's fields and
 * plain JSON options, so no data can ride along. A fragment is never sent to a server.
 */
export async function encodeShareFragment(doc: NotebookDoc): Promise<string> {
	const text = new TextEncoder().encode(serializeNotebook(doc));
	const packed = await readAll(
		new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
	);
	return SHARE_FRAGMENT_PREFIX + toBase64Url(packed);
}

/** The notebook in a share link's fragment (with or without the `#`), validated like a file. */
export async function decodeShareFragment(
	hash: string,
	knownKinds: readonly string[]
): Promise<NotebookParseResult> {
	const fragment = hash.trim().replace(/^#/, '');
	const prefix = SHARE_FRAGMENT_PREFIX.slice(1);
	if (!fragment.startsWith(prefix)) {
		return {
			ok: false,
			error: english('loading.noFragment', { prefix: SHARE_FRAGMENT_PREFIX })
		};
	}
	const packed = fromBase64Url(fragment.slice(prefix.length));
	if (!packed || packed.length === 0) return { ok: false, error: BROKEN };
	let bytes: Uint8Array;
	try {
		const inflated = new Blob([packed])
			.stream()
			.pipeThrough(new DecompressionStream('deflate-raw'));
		bytes = await readAll(inflated, MAX_TEXT_BYTES);
	} catch (error) {
		return { ok: false, error: error instanceof TooLarge ? error.message : BROKEN };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		// deflate-raw has no checksum: a changed character can still unpack, to garbage.
		JSON.parse(text);
	} catch {
		return { ok: false, error: BROKEN };
	}
	return parseNotebook(text, knownKinds, 'link');
}

class TooLarge extends Error {}

async function readAll(stream: ReadableStream<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
	const reader = stream.getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			throw new TooLarge(english('loading.linkTooLarge', { megabytes: limit / 1024 / 1024 }));
		}
		parts.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
