/** The entries of an "is one of" list as typed: comma-separated, trimmed, empty ones dropped. */
export function listEntries(list: string): string[] {
	return list
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

// Rules compare text trimmed and case-blind: so does the list.
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether `value` is in the list. */
export function listHas(list: string, value: string): boolean {
	return listEntries(list).some((v) => same(v, value));
}

/** The list with `value` added when absent, else removed. */
export function toggleEntry(list: string, value: string): string {
	const entries = listEntries(list);
	const kept = entries.filter((v) => !same(v, value));
	return (kept.length === entries.length ? [...entries, value] : kept).join(', ');
}
