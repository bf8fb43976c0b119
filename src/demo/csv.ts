const NEEDS_QUOTES = /[",\r\n]/;
// Joining every few thousand rows flattens V8's rope strings while they are still young, which
// keeps the garbage collector out of the old generation: about twice as fast as one big join.
const CHUNK_ROWS = 2048;

/** One CSV field, quoted per RFC 4180 only when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? '"' + value.replaceAll('"', '""') + '"' : value;
}

/** Builds a CSV document row by row: header first, `\n` line endings, a final newline. */
export class CsvWriter {
	readonly #chunks: string[];
	#rows: string[] = [];

	constructor(header: readonly string[]) {
		this.#chunks = [header.join(',')];
	}

	/** Appends one row whose fields are already escaped and joined by commas. */
	push(row: string): void {
		this.#rows.push(row);
		if (this.#rows.length === CHUNK_ROWS) this.#flush();
	}

	/** The whole document. */
	toString(): string {
		this.#flush();
		return this.#chunks.join('\n') + '\n';
	}

	#flush(): void {
		if (this.#rows.length === 0) return;
		this.#chunks.push(this.#rows.join('\n'));
		this.#rows = [];
	}
}
