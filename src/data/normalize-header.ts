// Header text arrives in many spellings: `CustomerID`, `customer_id`, `Customer No.`,
// `شناسه‌مشتری` (with a zero-width non-joiner), `Mã KH`, `Ma KH`. Everything here maps those
// to one comparable form: lower-case words separated by single spaces.

const ARABIC_TO_PERSIAN: Record<string, string> = {
	ي: 'ی',
	ى: 'ی',
	ك: 'ک',
	أ: 'ا',
	إ: 'ا'
};

/** The comparable form of a header: NFKC, words split and lower-cased, Persian letters folded. */
export function normalizeHeader(header: string): string {
	return (
		header
			.normalize('NFKC')
			// camelCase and PascalCase exports (`InvoiceNo`, `CustomerID`) carry words without spaces
			.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
			.replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
			.replaceAll('#', ' no ')
			.toLowerCase()
			.replace(/[يىكأإ]/g, (c) => ARABIC_TO_PERSIAN[c] ?? c)
			// tatweel and Arabic short-vowel marks are decoration, not spelling
			.replace(/\u0640|\u0670|[\u064b-\u065f]/g, '')
			.replace(/[\u200b\u200e\u200f\u2060\ufeff]/g, '')
			.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
			.trim()
	);
}

/** Removes Vietnamese (and other Latin) diacritics: `mã khách hàng` → `ma khach hang`. */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}

/** The words of a normalised header, diacritics folded. */
export function headerTokens(header: string): string[] {
	const folded = foldDiacritics(normalizeHeader(header));
	return folded === '' ? [] : folded.split(' ');
}
