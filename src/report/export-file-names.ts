/** A piece of a file name: letters and digits of any script, runs of anything else made `-`. */
export function fileNamePart(text: string): string {
	const part = text
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return [...part].slice(0, 60).join('') || 'none';
}

/** `<what>-<as-of date>.<extension>`, e.g. `customers-2024-07-01.csv`. */
export function exportFileName(what: string, asOf: string | null, extension: string): string {
	return `${fileNamePart(what)}-${asOf ?? 'undated'}.${extension}`;
}

/** The file of one segment's members: `segment-<lens>-<value>-<as-of date>.csv`. */
export function segmentFileName(lens: string, value: string | null, asOf: string | null): string {
	return exportFileName(
		`segment-${fileNamePart(lens)}-${fileNamePart(value ?? 'none')}`,
		asOf,
		'csv'
	);
}
