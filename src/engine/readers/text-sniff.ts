import { english } from '../../i18n/english';

/** The text encodings Segmentbook reads delimited files in. */
export const TEXT_ENCODINGS = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'windows-1252',
	'windows-1256'
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What the first bytes of a delimited file say about how to read it. */
export interface TextSniff {
	encoding: TextEncoding;
	/** How lines end; `mixed` files are rewritten with `\n` before DuckDB reads them. */
	lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
	/** True when the bytes hold no text at all (only blank lines or whitespace). */
	blank: boolean;
}

/** Why the bytes are not a text table: where the first non-text byte is, and what it looks like. */
export interface BinarySniff {
	binary: true;
	offset: number;
	line: number;
	looksLike: string | null;
}

const SIGNATURES: [number[], string][] = [
	[[0x50, 0x4b, 0x03, 0x04], english('looksLike.zip')],
	[[0xd0, 0xcf, 0x11, 0xe0], english('looksLike.xls')],
	[[0x25, 0x50, 0x44, 0x46], english('looksLike.pdf')],
	[[0x89, 0x50, 0x4e, 0x47], english('looksLike.png')],
	[[0xff, 0xd8, 0xff], english('looksLike.jpeg')],
	[[0x1f, 0x8b], english('looksLike.gzip')],
	[[0x50, 0x41, 0x52, 0x31], english('looksLike.parquet')]
];

/**
 * Looks at the first bytes of a file (`complete` when they are the whole file): its encoding
 * (BOM, then UTF-16 by its zero bytes, then UTF-8 if valid, else the likelier legacy code page),
 * its line endings, or that it is not text at all.
 */
export function sniffText(bytes: Uint8Array, complete: boolean): TextSniff | BinarySniff {
	const encoding = encodingOf(bytes, complete);
	if (!encoding) return binaryAt(bytes);
	const text = new TextDecoder(encoding).decode(bytes, { stream: !complete });
	if (hasControlCharacters(text)) return binaryAt(bytes);
	return { encoding, lineEndings: lineEndingsOf(text), blank: text.trim() === '' };
}

// Text never holds control characters other than tab, line feed, form feed and carriage return.
function hasControlCharacters(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
	}
	return false;
}

/** True when a sniff found a binary file. */
export function isBinary(sniff: TextSniff | BinarySniff): sniff is BinarySniff {
	return 'binary' in sniff;
}

function encodingOf(bytes: Uint8Array, complete: boolean): TextEncoding | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
	if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
	if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
	const utf16 = utf16ByZeros(bytes);
	if (utf16) return utf16;
	if (SIGNATURES.some(([magic]) => startsWith(bytes, magic))) return null;
	if (bytes.some((b) => b < 0x09)) return null;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
		return 'utf-8';
	} catch {
		return legacyEncodingOf(bytes);
	}
}

// UTF-16 without a BOM: ASCII text has a zero in every other byte.
function utf16ByZeros(bytes: Uint8Array): TextEncoding | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const half = n / 2;
	if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
	if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
	return null;
}

/**
 * Windows-1256 or Windows-1252 for bytes that are not UTF-8. Arabic-script words are runs of
 * bytes above 0x80; accented Latin letters sit alone between ASCII letters (Zürich, Besançon).
 */
export function legacyEncodingOf(bytes: Uint8Array): 'windows-1252' | 'windows-1256' {
	let high = 0;
	let inRuns = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i]! < 0x80) continue;
		high++;
		if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
	}
	return high > 0 && inRuns / high > 0.5 ? 'windows-1256' : 'windows-1252';
}

function lineEndingsOf(text: string): TextSniff['lineEndings'] {
	const crlf = (text.match(/\r\n/g) ?? []).length;
	const cr = (text.match(/\r(?!\n)/g) ?? []).length - (text.endsWith('\r') ? 1 : 0);
	const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
	const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
	if (kinds > 1) return 'mixed';
	if (crlf) return 'crlf';
	if (cr || text.endsWith('\r')) return 'cr';
	return lf ? 'lf' : 'none';
}

function binaryAt(bytes: Uint8Array): BinarySniff {
	let offset = bytes.findIndex((b) => b < 0x09 || (b > 0x0d && b < 0x20));
	if (offset < 0) offset = 0;
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	const looksLike = SIGNATURES.find(([magic]) => startsWith(bytes, magic))?.[1] ?? null;
	return { binary: true, offset, line, looksLike };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** The message for a file that is not text: what it looks like, and where the first binary byte is. */
export function binaryMessage(sniff: BinarySniff): string {
	const where = { line: sniff.line, byte: sniff.offset + 1 };
	if (!sniff.looksLike) return english('sourceError.binary', where);
	return english('sourceError.looksLike', { ...where, what: sniff.looksLike });
}
