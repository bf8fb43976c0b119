const CHUNK = 0x8000;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes as base64url text without padding (RFC 4648 §5), safe in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// In chunks: spreading a large array into fromCharCode overflows the argument limit.
	for (let i = 0; i < bytes.length; i += CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (padding optional), or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	let binary: string;
	try {
		binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
	} catch {
		return null;
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
