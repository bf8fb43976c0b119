import {
	ATTRIBUTE_ROLES,
	DEFAULT_CLEANING,
	EVENT_ROLES,
	SOURCE_KINDS,
	TICKET_ROLES,
	TRANSACTION_ROLES,
	type CleaningOptions,
	type DateFormat,
	type NumberFormat,
	type Role
} from '../data/types';
import {
	NOTEBOOK_VERSION,
	type NotebookDoc,
	type NotebookParams,
	type SourceSpec
} from './document';
import { childPath, SchemaCheck } from './schema-check';
import { readCells } from './validate-cells';

const TOP_FIELDS = ['format', 'version', 'title', 'params', 'sources', 'cleaning', 'cells'];
const PARAM_FIELDS = ['asOf', 'currency', 'timeUnit'];
const SOURCE_FIELDS = ['fileName', 'sheet', 'kind', 'roles', 'dateFormats', 'numberFormats'];
const TIME_UNITS: readonly NotebookParams['timeUnit'][] = ['days', 'weeks', 'months'];
const ROLES: readonly Role[] = [
	...TRANSACTION_ROLES,
	...ATTRIBUTE_ROLES,
	...EVENT_ROLES,
	...TICKET_ROLES,
	'attribute',
	'ignore'
];
const DATE_FORMATS: readonly DateFormat[] = ['iso', 'dmy', 'mdy', 'ymd', 'jalali', null];
const NUMBER_FORMATS: readonly NumberFormat[] = ['dot', 'comma', null];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The notebook in a file's current-version JSON, or undefined with the reasons in `check`. */
export function readNotebook(
	raw: Record<string, unknown>,
	knownKinds: readonly string[],
	check: SchemaCheck
): NotebookDoc | undefined {
	check.ignoreUnknown(raw, '', TOP_FIELDS);
	const title = check.text(raw.title, 'title');
	const params = readParams(raw.params, check);
	const list = check.list(raw.sources, 'sources');
	const sources = list?.map((item, i) => readSource(item, childPath('sources', i), check));
	const cleaning = readCleaning(raw.cleaning, check);
	const cells = readCells(raw.cells, knownKinds, check);
	if (check.errors.length || title === undefined || !params || !sources || !cleaning || !cells) {
		return undefined;
	}
	return {
		version: NOTEBOOK_VERSION,
		title,
		params,
		sources: sources.filter((s) => s !== undefined),
		cleaning,
		cells
	};
}

/** Whether `text` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: unknown): text is string {
	const m = typeof text === 'string' ? ISO_DATE.exec(text) : null;
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function readParams(value: unknown, check: SchemaCheck): NotebookParams | undefined {
	const obj = check.object(value, 'params');
	if (!obj) return undefined;
	check.ignoreUnknown(obj, 'params', PARAM_FIELDS);
	const asOf =
		obj.asOf === null || isIsoDate(obj.asOf)
			? obj.asOf
			: check.fail('params.asOf', 'a date written yyyy-mm-dd, or null', obj.asOf);
	// Codes are upper case by convention; a hand-edited `usd` is plainly meant as USD.
	const currency =
		typeof obj.currency === 'string' && /^[A-Za-z]{3}$/.test(obj.currency)
			? obj.currency.toUpperCase()
			: check.fail('params.currency', 'a 3-letter currency code such as USD', obj.currency);
	const timeUnit = check.oneOf(obj.timeUnit, 'params.timeUnit', TIME_UNITS);
	if (asOf === undefined || currency === undefined || timeUnit === undefined) return undefined;
	return { asOf, currency, timeUnit };
}

function readSource(value: unknown, path: string, check: SchemaCheck): SourceSpec | undefined {
	const obj = check.object(value, path);
	if (!obj) return undefined;
	check.ignoreUnknown(obj, path, SOURCE_FIELDS);
	const at = (key: string) => childPath(path, key);
	const fileName = check.text(obj.fileName, at('fileName'), true);
	const sheet = obj.sheet === undefined ? undefined : check.text(obj.sheet, at('sheet'));
	const kind = check.oneOf(obj.kind, at('kind'), SOURCE_KINDS);
	const roles = check.record(obj.roles, at('roles'), (v, p) =>
		check.oneOf(v, p, ROLES, 'a column role (customer_id, order_date, amount, attribute, ignore…)')
	);
	const dateFormats = check.record(obj.dateFormats, at('dateFormats'), (v, p) =>
		check.oneOf(v, p, DATE_FORMATS)
	);
	const numberFormats = check.record(obj.numberFormats, at('numberFormats'), (v, p) =>
		check.oneOf(v, p, NUMBER_FORMATS)
	);
	if (!fileName || !kind || !roles || !dateFormats || !numberFormats) return undefined;
	if (obj.sheet !== undefined && sheet === undefined) return undefined;
	return {
		fileName,
		...(sheet === undefined ? {} : { sheet }),
		kind,
		roles,
		dateFormats,
		numberFormats
	};
}

/** Cleaning as written, over the defaults: a file may set only the rules it changes. */
function readCleaning(value: unknown, check: SchemaCheck): CleaningOptions | undefined {
	if (value === undefined) return { ...DEFAULT_CLEANING };
	const obj = check.object(value, 'cleaning');
	if (!obj) return undefined;
	check.ignoreUnknown(obj, 'cleaning', Object.keys(DEFAULT_CLEANING));
	const out: Record<string, unknown> = { ...DEFAULT_CLEANING };
	let ok = true;
	for (const [key, fallback] of Object.entries(DEFAULT_CLEANING)) {
		if (obj[key] === undefined) continue;
		const path = childPath('cleaning', key);
		const read =
			typeof fallback === 'boolean' ? check.boolean(obj[key], path) : check.text(obj[key], path);
		if (read === undefined) ok = false;
		else out[key] = read;
	}
	return ok ? (out as unknown as CleaningOptions) : undefined;
}
