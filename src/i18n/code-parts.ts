/** One piece of a message: plain text, or a column or table name to show as code. */
export interface CodePart {
	text: string;
	code: boolean;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A translated message cut around the column and table names it mentions (`cluster`,
 * `customers`), so markup can set those in code style whatever the language's word order.
 */
export function codeParts(text: string, names: readonly string[]): CodePart[] {
	if (names.length === 0) return [{ text, code: false }];
	const pattern = new RegExp(`(${names.map(escape).join('|')})`);
	return text
		.split(pattern)
		.filter((piece) => piece !== '')
		.map((piece) => ({ text: piece, code: names.includes(piece) }));
}
