import type { TextEncoding } from './text-sniff';

// Windows-1252's bytes 0x80–0x9F, where it differs from Latin-1 (undefined bytes stay as they
// are). Browsers decode them; Node's TextDecoder treats windows-1252 as Latin-1 and leaves C1
// control characters, so they are mapped here: https://github.com/nodejs/node/issues/56542
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A delimited file's bytes as text: decoded from `encoding` (a byte-order mark dropped) with
 * every line ending written as `\n`, since DuckDB's CSV sniffer gives up on mixed ones.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, encoding: TextEncoding): string {
	let text = new TextDecoder(encoding).decode(bytes);
	if (encoding === 'windows-1252') {
		text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
	}
	return text.replace(/\r\n?/g, '\n');
}
