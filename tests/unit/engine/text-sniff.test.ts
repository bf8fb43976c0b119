import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/engine/readers/decode-text';
import { sniffText, type TextEncoding } from '../../../src/engine/readers/text-sniff';

const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));

describe('sniffText', () => {
	const text: [string, Uint8Array, TextEncoding, string][] = [
		['plain ASCII', bytes('a,b\n1,2\n'), 'utf-8', 'lf'],
		['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], 'a,b\r\n1,2\r\n'), 'utf-8', 'crlf'],
		['UTF-16 LE with a BOM', bytes([0xff, 0xfe], [...utf16le('a,b\n')]), 'utf-16le', 'lf'],
		['UTF-16 LE without a BOM', utf16le('id,name\r\n1,Zoë\r\n'), 'utf-16le', 'crlf'],
		['Latin letters alone among ASCII', bytes('city\nZ', [0xfc], 'rich\n'), 'windows-1252', 'lf'],
		// "قهوة" in Windows-1256: a run of high bytes.
		['Arabic-script words', bytes('p\n', [0xde, 0xe5, 0xe6, 0xc9], '\n'), 'windows-1256', 'lf'],
		['old Mac line ends', bytes('a,b\r1,2\r'), 'utf-8', 'cr'],
		['mixed line ends', bytes('a,b\r\n1,2\n3,4\r5,6\n'), 'utf-8', 'mixed']
	];
	it.each(text)('%s', (_name, input, encoding, lineEndings) => {
		expect(sniffText(input, true)).toEqual({ encoding, lineEndings, blank: false });
	});

	it('finds blank text', () => {
		expect(sniffText(bytes('\n \n\t\n'), true)).toMatchObject({ blank: true });
	});

	it('keeps a multi-byte letter cut at the end of the sample as UTF-8', () => {
		// "é" is C3 A9: a sample ending after C3 is not proof of another encoding.
		expect(sniffText(bytes('name\nJos', [0xc3]), false)).toMatchObject({ encoding: 'utf-8' });
	});

	const binary: [string, Uint8Array, number, number, string | null][] = [
		['a ZIP (an .xlsx)', bytes('PK', [3, 4, 20, 0]), 3, 1, 'a ZIP archive'],
		['a PDF', bytes('%PDF-1.7\n', [0x01]), 10, 2, 'a PDF document'],
		['unknown bytes', bytes('ab\ncd\n', [0, 1]), 7, 3, null]
	];
	it.each(binary)('says %s is not text, and where', (_name, input, byte, line, looksLike) => {
		const sniff = sniffText(input, true);
		expect(sniff).toMatchObject({ binary: true, offset: byte - 1, line });
		if (looksLike) expect(sniff).toHaveProperty('looksLike', expect.stringContaining(looksLike));
		else expect(sniff).toHaveProperty('looksLike', null);
	});
});

describe('decodeText', () => {
	it('maps Windows-1252 bytes 0x80–0x9F as browsers do (€, curly quotes)', () => {
		expect(decodeText(Uint8Array.of(0x80, 0x20, 0x93, 0x61, 0x94), 'windows-1252')).toBe('€ “a”');
	});

	it('drops the BOM and writes every line ending as \\n', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\rc\n'), 'utf-8')).toBe('a\nb\nc\n');
	});
});
