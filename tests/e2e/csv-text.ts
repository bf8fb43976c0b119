/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) as rows of fields. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') field += text[++i];
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n') {
			rows.push([...row, field]);
			row = [];
			field = '';
		} else if (c !== '\r') field += c;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}
