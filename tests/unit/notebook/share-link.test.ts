import { describe, expect, it } from 'vitest';
import {
	decodeShareFragment,
	encodeShareFragment,
	SHARE_FRAGMENT_PREFIX
} from '../../../src/notebook/share-link';
import { toBase64Url } from '../../../src/notebook/base64url';
import type { NotebookDoc } from '../../../src/notebook/document';
import { KINDS, sampleDoc } from './sample-doc';

const BROKEN =
	'This share link is broken: part of it is missing or was changed. Ask for the link again and copy all of it.';

async function deflated(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return `#nb=${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
}

describe('share links', () => {
	it('round-trips a notebook through the URL fragment', async () => {
		const hash = await encodeShareFragment(sampleDoc());
		expect(hash.startsWith(SHARE_FRAGMENT_PREFIX)).toBe(true);
		expect(hash.slice(SHARE_FRAGMENT_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeShareFragment(hash, KINDS)).toEqual({
			ok: true,
			doc: sampleDoc(),
			warnings: []
		});
	});

	it('reads the fragment with or without its #', async () => {
		const hash = await encodeShareFragment(sampleDoc());
		const result = await decodeShareFragment(hash.slice(1), KINDS);
		expect(result.ok).toBe(true);
	});

	it('carries the method only: anything outside the notebook is stripped', async () => {
		const doc = sampleDoc() as NotebookDoc & { rows?: unknown };
		doc.rows = [{ customer_id: 'A', amount: 100 }];
		Object.assign(doc.cells[2]!, { result: { rowCount: 3 } });
		Object.assign(doc.cells[2]!.options, { table: new Uint8Array(1000), fn: () => 1 });
		const result = await decodeShareFragment(await encodeShareFragment(doc), KINDS);
		expect(result).toEqual({ ok: true, doc: sampleDoc(), warnings: [] });
	});

	it('stays short enough for a URL', async () => {
		const hash = await encodeShareFragment(sampleDoc());
		expect(hash.length).toBeLessThan(1000);
	});

	const broken: { name: string; hash: () => Promise<string>; expected: string }[] = [
		{
			name: 'a link cut short',
			hash: async () => (await encodeShareFragment(sampleDoc())).slice(0, 60),
			expected: BROKEN
		},
		{
			name: 'a link with a changed character',
			hash: async () => {
				const hash = await encodeShareFragment(sampleDoc());
				const at = 30;
				return hash.slice(0, at) + (hash[at] === 'A' ? 'B' : 'A') + hash.slice(at + 1);
			},
			expected: BROKEN
		},
		{
			name: 'a packed text that is not JSON',
			hash: () => deflated('{"format": '),
			expected: BROKEN
		},
		{ name: 'characters outside base64url', hash: async () => '#nb=ab+c/d==', expected: BROKEN },
		{ name: 'an empty notebook part', hash: async () => '#nb=', expected: BROKEN },
		{ name: 'bytes that are not deflate', hash: async () => '#nb=_____________', expected: BROKEN },
		{
			name: 'text that is not UTF-8',
			hash: () => deflated(new Uint8Array([0xff, 0xfe, 0x7b])),
			expected: BROKEN
		},
		{
			name: 'a fragment without a notebook',
			hash: async () => '#section-2',
			expected: 'This link does not hold a notebook: its address has no #nb= part.'
		},
		{
			name: 'a packed text that is not a notebook',
			hash: () => deflated('{"format": "other"}'),
			expected:
				'This link is not a Segmentbook notebook: it is JSON, but has the format "other", not the "format": "segmentbook-notebook" marker.'
		},
		{
			name: 'a crafted link that unpacks to a huge text',
			hash: () => deflated(' '.repeat(6 * 1024 * 1024)),
			expected:
				'This share link holds more than 5 MB once unpacked; a notebook is never that large.'
		}
	];
	it.each(broken)('refuses $name with a clear message', async ({ hash, expected }) => {
		expect(await decodeShareFragment(await hash(), KINDS)).toEqual({ ok: false, error: expected });
	});
});
