import { NOTEBOOK_VERSION, type CellDoc, type NotebookDoc, type SourceSpec } from './document';
import { jsonErrorPosition } from './json-error-position';
import { isPlainObject, toJsonValue } from './json-value';
import { migrateNotebook } from './notebook-migrate';
import { describeValue, SchemaCheck } from './schema-check';
import { readNotebook } from './validate-notebook';
import { english } from '../i18n/english';

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
	if (body.trim() === '') return fail(english('loading.empty', { origin }));
	let raw: unknown;
	try {
		raw = JSON.parse(body);
	} catch {
		return fail(notJson(body, origin));
	}
	if (!isPlainObject(raw)) {
		return fail(english('loading.notSegmentbook', { origin, value: describeValue(raw) }));
	}
	if (raw.format !== NOTEBOOK_FORMAT) {
		const marker = { origin, marker: NOTEBOOK_FORMAT, value: describeValue(raw.format) };
		return fail(
			english(raw.format === undefined ? 'loading.noMarker' : 'loading.otherMarker', marker)
		);
	}
	const version = raw.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail(english('loading.badVersion', { origin, value: describeValue(version) }));
	}
	if (version > NOTEBOOK_VERSION) {
		return fail(english('loading.newer', { version, current: NOTEBOOK_VERSION }));
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

function notJson(text: string, origin: NotebookOrigin): string {
	const at = jsonErrorPosition(text);
	if (!at) return english('loading.notJson', { origin });
	const place = { origin, line: at.line, at: at.column };
	return english(at.atEnd ? 'loading.notJsonCut' : 'loading.notJsonAt', place);
}

function problems(errors: string[], origin: NotebookOrigin): string {
	const listed = errors.slice(0, LISTED_ERRORS).join('; ');
	const params = { origin, count: errors.length, listed, more: errors.length - LISTED_ERRORS };
	return english(
		errors.length > LISTED_ERRORS ? 'loading.problemsMore' : 'loading.problems',
		params
	);
}
