/** The kinds of file Segmentbook reads. */
export type FileFormat = 'csv' | 'workbook' | 'json' | 'parquet';

const BY_EXTENSION: Record<string, FileFormat> = {
	csv: 'csv',
	tsv: 'csv',
	txt: 'csv',
	tab: 'csv',
	xlsx: 'workbook',
	xlsm: 'workbook',
	xls: 'workbook',
	xlsb: 'workbook',
	ods: 'workbook',
	json: 'json',
	ndjson: 'json',
	jsonl: 'json',
	parquet: 'parquet',
	pq: 'parquet'
};

/** The format of a file from its name, or null when Segmentbook cannot read it. */
export function fileFormatOf(fileName: string): FileFormat | null {
	const dot = fileName.lastIndexOf('.');
	if (dot < 0) return null;
	return BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/** The file extensions the file picker offers. */
export const ACCEPTED_EXTENSIONS = Object.keys(BY_EXTENSION).map((ext) => '.' + ext);
