const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field, quoted per RFC 4180 only when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? '"' + value.replaceAll('"', '""') + '"' : value;
}

/** A CSV document: header, one line per row, `\n` line endings and a final newline. */
export function csvDocument(header: readonly string[], rows: readonly string[]): string {
	return header.join(',') + '\n' + rows.join('\n') + (rows.length > 0 ? '\n' : '');
}
