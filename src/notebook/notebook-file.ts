import { NOTEBOOK_VERSION, type CellDoc, type NotebookDoc, type SourceSpec } from './document';
import { jsonErrorPosition } from './json-error-position';
import { isPlainObject, toJsonValue } from './json-value';
import { migrateNotebook } from './notebook-migrate';
import { describeValue, SchemaCheck } from './schema-check';
import { readNotebook } from './validate-notebook';

/** The file name ending of a saved notebook. */
export const NOTEBOOK_FILE_EXTENSION = '.segmentbook.json';

/** The marker that tells a notebook file from any other JSON. */
export const NOTEBOOK_FORMAT = 'segmentbook-notebook';

/** What reading a notebook gives: the notebook and what was fixed, or why it cannot be opened. */
export type NotebookParseResult =
	{ ok: true; doc: NotebookDoc; warnings: string[] } | { ok: false; error: string };

/** Where the text came from, to word the messages: a saved file or a share link. */
export type NotebookOrigin = 'file' | 'link';

const LISTED_ERRORS = 6;

/** A notebook as file text: tab-indented JSON, format marker first, keys in a fixed order. */
export function serializeNotebook(doc: NotebookDoc): string {
	const file = {
		format: NOTEBOOK_FORMAT,
		version: NOTEBOOK_VERSION,
		title: doc.title,
		params: { asOf: doc.params.asOf, currency: doc.params.currency, timeUnit: doc.params.timeUnit },
		sources: doc.sources.map(sourceJson),
		cleaning: {
			setAsideDuplicates: doc.cleaning.setAsideDuplicates,
			setAsideCancelled: doc.cleaning.setAsideCancelled,
			cancelledPrefix: doc.cleaning.cancelledPrefix,
			setAsideNonPositive: doc.cleaning.setAsideNonPositive
		},
		cells: doc.cells.map(cellJson)
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

// Mappings keep their column order (it is the file's); options are sorted so that saving the
// same notebook twice gives the same text.
function sourceJson(source: SourceSpec) {
	return {
		fileName: source.fileName,
		...(typeof source.sheet === 'string' ? { sheet: source.sheet } : {}),
		kind: source.kind,
		roles: toJsonValue(source.roles) ?? {},
		dateFormats: toJsonValue(source.dateFormats) ?? {},
		numberFormats: toJsonValue(source.numberFormats) ?? {}
	};
}

function cellJson(cell: CellDoc) {
	return {
		id: cell.id,
		kind: cell.kind,
		...(typeof cell.collapsed === 'boolean' ? { collapsed: cell.collapsed } : {}),
		options: toJsonValue(cell.options, true) ?? {}
	};
}

/** Reads and validates a notebook's text; messages name the place of every problem. */
export function parseNotebook(
	text: string,
	knownKinds: readonly string[],
	origin: NotebookOrigin = 'file'
): NotebookParseResult {
	// Editors on Windows may start a saved file with a byte-order mark.
	const body = text.replace(/^\ufeff/, '');
	if (body.trim() === '') return fail(`This ${origin} is not a notebook: it is empty.`);
	let raw: unknown;
	try {
		raw = JSON.parse(body);
	} catch {
		return fail(`This ${origin} is not a notebook: it is not valid JSON${whereJsonBreaks(body)}.`);
	}
	if (!isPlainObject(raw)) {
		return fail(`This ${origin} is not a Segmentbook notebook: it holds ${describeValue(raw)}.`);
	}
	if (raw.format !== NOTEBOOK_FORMAT) {
		const found =
			raw.format === undefined ? 'has no' : `has the format ${describeValue(raw.format)}, not the`;
		return fail(
			`This ${origin} is not a Segmentbook notebook: it is JSON, but ${found} "format": "${NOTEBOOK_FORMAT}" marker.`
		);
	}
	const version = raw.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail(
			`This notebook ${origin} has an unreadable format version: expected a whole number from 1, got ${describeValue(version)}.`
		);
	}
	if (version > NOTEBOOK_VERSION) {
		return fail(
			`This notebook was made by a newer Segmentbook (format ${version}); this one reads format ${NOTEBOOK_VERSION}.`
		);
	}
	const migrated = migrateNotebook(raw, version);
	if (!migrated.ok) return fail(migrated.error);
	const check = new SchemaCheck();
	const doc = readNotebook(migrated.raw, knownKinds, check);
	if (!doc) return fail(problems(check.errors, origin));
	return { ok: true, doc, warnings: check.warnings };
}

function fail(error: string): NotebookParseResult {
	return { ok: false, error };
}

function whereJsonBreaks(text: string): string {
	const at = jsonErrorPosition(text);
	if (!at) return '';
	const place = `line ${at.line}, column ${at.column}`;
	return at.atEnd ? ` (it stops short at ${place}; was it cut off?)` : ` (${place})`;
}

function problems(errors: string[], origin: NotebookOrigin): string {
	const listed = errors.slice(0, LISTED_ERRORS).join('; ');
	const more = errors.length > LISTED_ERRORS ? `; and ${errors.length - LISTED_ERRORS} more` : '';
	const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
	return `This notebook ${origin} has ${count}: ${listed}${more}.`;
}
