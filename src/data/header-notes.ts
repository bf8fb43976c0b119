/** True when DuckDB may have renamed a header (it adds `_1`, `_2` to repeats, `columnN` to blanks). */
export function mayBeRenamed(names: string[]): boolean {
	return names.some((n) => /_\d+$|^column\d+$/.test(n));
}

/**
 * What the user should know about header names DuckDB changed: `raw` is the header line as
 * written, `loaded` the column names of the table. Repeated names were made unique, blank ones
 * named; each note says which columns and what they are called now.
 */
export function renamedHeaderNotes(raw: (string | null)[], loaded: string[]): string[] {
	const notes: string[] = [];
	const byName = new Map<string, number[]>();
	raw.forEach((name, i) => {
		const text = (name ?? '').trim();
		if (text === '') {
			if (loaded[i] !== undefined) {
				notes.push(`Column ${i + 1} has no name in the header: it is called “${loaded[i]}”.`);
			}
			return;
		}
		const key = text.toLowerCase();
		byName.set(key, [...(byName.get(key) ?? []), i]);
	});
	for (const positions of byName.values()) {
		if (positions.length < 2) continue;
		const first = raw[positions[0]!]!.trim();
		const called = positions.map((i) => `“${loaded[i] ?? '?'}”`).join(', ');
		const columns = positions.map((i) => i + 1).join(', ');
		notes.push(
			`“${first}” appears ${positions.length} times in the header (columns ${columns}): they are called ${called}.`
		);
	}
	return notes;
}
