import { describe, expect, it } from 'vitest';
import {
	NOTEBOOK_FILE_EXTENSION,
	parseNotebook,
	serializeNotebook,
	type NotebookParseResult
} from '../../../src/notebook/notebook-file';
import type { NotebookDoc } from '../../../src/notebook/document';
import { DEFAULT_CLEANING } from '../../../src/data/types';
import { KINDS, sampleDoc } from './sample-doc';

type Raw = Record<string, unknown> & {
	params: Record<string, unknown>;
	sources: Record<string, unknown>[];
	cells: Record<string, unknown>[];
};

/** The sample notebook's file JSON, changed by `edit`, as text. */
function edited(edit: (raw: Raw) => void): string {
	const raw = JSON.parse(serializeNotebook(sampleDoc())) as Raw;
	edit(raw);
	return JSON.stringify(raw, null, '\t');
}

function parsed(text: string): NotebookDoc & { warnings: string[] } {
	const result = parseNotebook(text, KINDS);
	if (!result.ok) throw new Error(result.error);
	return { ...result.doc, warnings: result.warnings };
}

function errorOf(result: NotebookParseResult): string {
	if (result.ok) throw new Error('expected the notebook to be refused');
	return result.error;
}

describe('serializeNotebook', () => {
	it('round-trips: serialize then parse gives the same notebook, with no warnings', () => {
		const result = parseNotebook(serializeNotebook(sampleDoc()), KINDS);
		expect(result).toEqual({ ok: true, doc: sampleDoc(), warnings: [] });
	});

	it('writes the format marker and version first, with keys in a fixed order', () => {
		const text = serializeNotebook(sampleDoc());
		expect(text.startsWith('{\n\t"format": "segmentbook-notebook",\n\t"version": 1,\n')).toBe(true);
		const raw = JSON.parse(text);
		expect(Object.keys(raw)).toEqual([
			'format',
			'version',
			'title',
			'params',
			'sources',
			'cleaning',
			'cells'
		]);
		expect(Object.keys(raw.cells[2])).toEqual(['id', 'kind', 'collapsed', 'options']);
		expect(Object.keys(raw.cells[2].options)).toEqual(['chart', 'resultName', 'sql']);
		// Mappings keep the file's column order.
		expect(Object.keys(raw.sources[0].roles)).toEqual(['Cust ID', 'Invoice', 'Date', 'Total']);
	});

	it('gives the same text whatever order the options were built in', () => {
		const doc = sampleDoc();
		const shuffled = sampleDoc();
		shuffled.cells[2]!.options = {
			resultName: 'top',
			chart: doc.cells[2]!.options.chart,
			sql: 'SELECT * FROM transactions'
		};
		expect(serializeNotebook(shuffled)).toBe(serializeNotebook(doc));
	});

	it('keeps only the fields of a notebook and plain JSON options', () => {
		const doc = sampleDoc() as NotebookDoc & { rows?: unknown };
		doc.rows = [{ customer_id: 'A', amount: 1 }];
		Object.assign(doc.cells[2]!, { result: { rows: [1, 2, 3] } });
		Object.assign(doc.cells[2]!.options, {
			table: new Uint8Array([1, 2, 3]),
			when: new Date(0),
			fn: () => 1,
			notANumber: Number.NaN,
			list: [1, undefined, new Map()]
		});
		const raw = JSON.parse(serializeNotebook(doc));
		expect(raw.rows).toBeUndefined();
		expect(raw.cells[2].result).toBeUndefined();
		expect(raw.cells[2].options).toEqual({
			...sampleDoc().cells[2]!.options,
			list: [1, null, null]
		});
	});

	it('names the file ending', () => {
		expect(NOTEBOOK_FILE_EXTENSION).toBe('.segmentbook.json');
	});
});

describe('parseNotebook refuses what it cannot open, naming the place', () => {
	const rows: { name: string; text: string; expected: string }[] = [
		{ name: 'an empty file', text: '  \n', expected: 'This file is not a notebook: it is empty.' },
		{
			name: 'broken JSON',
			text: '{\n\t"format": "segmentbook-notebook",\n\t"version": 1,,\n}',
			expected: 'This file is not a notebook: it is not valid JSON (line 3, column 15).'
		},
		{
			name: 'JSON cut short',
			text: '{\n\t"format": "segmentbook-notebook",\n\t"cells": [',
			expected:
				'This file is not a notebook: it is not valid JSON (it stops short at line 3, column 12; was it cut off?).'
		},
		{
			name: 'JSON that is a list',
			text: '[1, 2]',
			expected: 'This file is not a Segmentbook notebook: it holds a list.'
		},
		{
			name: 'JSON without the marker',
			text: '{"title": "x"}',
			expected:
				'This file is not a Segmentbook notebook: it is JSON, but has no "format": "segmentbook-notebook" marker.'
		},
		{
			name: 'JSON with another format',
			text: '{"format": "vega-lite"}',
			expected:
				'This file is not a Segmentbook notebook: it is JSON, but has the format "vega-lite", not the "format": "segmentbook-notebook" marker.'
		},
		{
			name: 'a newer format',
			text: edited((raw) => (raw.version = 2)),
			expected: 'This notebook was made by a newer Segmentbook (format 2); this one reads format 1.'
		},
		{
			name: 'a version that is not a whole number',
			text: edited((raw) => (raw.version = '1')),
			expected:
				'This notebook file has an unreadable format version: expected a whole number from 1, got "1".'
		},
		{
			name: 'a missing version',
			text: edited((raw) => delete raw.version),
			expected:
				'This notebook file has an unreadable format version: expected a whole number from 1, got nothing.'
		},
		{
			name: 'a title that is not text',
			text: edited((raw) => (raw.title = 3)),
			expected: 'This notebook file has a problem: title: expected text, got 3.'
		},
		{
			name: 'a cell kind that is not text',
			text: edited((raw) => (raw.cells[2]!.kind = 7)),
			expected: 'This notebook file has a problem: cells[2].kind: expected text, got 7.'
		},
		{
			name: 'an unknown cell kind',
			text: edited((raw) => (raw.cells[2]!.kind = 'rfm9')),
			expected:
				'This notebook file has a problem: cells[2].kind: unknown cell kind "rfm9" (cell "c-sql00001"); this Segmentbook knows data, note, sql.'
		},
		{
			name: 'a cell without options',
			text: edited((raw) => delete raw.cells[0]!.options),
			expected: 'This notebook file has a problem: cells[0].options: missing (expected an object).'
		},
		{
			name: 'a blank cell id',
			text: edited((raw) => (raw.cells[1]!.id = ' ')),
			expected: 'This notebook file has a problem: cells[1].id: expected non-empty text, got " ".'
		},
		{
			name: 'collapsed that is not true or false',
			text: edited((raw) => (raw.cells[1]!.collapsed = 'yes')),
			expected:
				'This notebook file has a problem: cells[1].collapsed: expected true or false, got "yes".'
		},
		{
			name: 'cells that are not a list',
			text: edited((raw) => (raw.cells = {} as never)),
			expected: 'This notebook file has a problem: cells: expected a list, got an object.'
		},
		{
			name: 'an as-of date in another format',
			text: edited((raw) => (raw.params.asOf = '31/03/2024')),
			expected:
				'This notebook file has a problem: params.asOf: expected a date written yyyy-mm-dd, or null, got "31/03/2024".'
		},
		{
			name: 'an as-of date that does not exist',
			text: edited((raw) => (raw.params.asOf = '2023-02-29')),
			expected:
				'This notebook file has a problem: params.asOf: expected a date written yyyy-mm-dd, or null, got "2023-02-29".'
		},
		{
			name: 'a currency that is not a code',
			text: edited((raw) => (raw.params.currency = 'dollars')),
			expected:
				'This notebook file has a problem: params.currency: expected a 3-letter currency code such as USD, got "dollars".'
		},
		{
			name: 'a missing currency',
			text: edited((raw) => delete raw.params.currency),
			expected:
				'This notebook file has a problem: params.currency: missing (expected a 3-letter currency code such as USD).'
		},
		{
			name: 'an unknown time unit',
			text: edited((raw) => (raw.params.timeUnit = 'years')),
			expected:
				'This notebook file has a problem: params.timeUnit: expected one of "days", "weeks", "months", got "years".'
		},
		{
			name: 'params that are not an object',
			text: edited((raw) => (raw.params = null as never)),
			expected: 'This notebook file has a problem: params: expected an object, got null.'
		},
		{
			name: 'an unknown role',
			text: edited((raw) => (raw.sources[0]!.roles = { 'Cust ID': 'client' })),
			expected:
				'This notebook file has a problem: sources[0].roles["Cust ID"]: expected a column role (customer_id, order_date, amount, attribute, ignore…), got "client".'
		},
		{
			name: 'an unknown source kind',
			text: edited((raw) => (raw.sources[1]!.kind = 'sales')),
			expected:
				'This notebook file has a problem: sources[1].kind: expected one of "transactions", "customers", "events", "tickets", "ignore", got "sales".'
		},
		{
			name: 'an unknown date format',
			text: edited((raw) => (raw.sources[0]!.dateFormats = { Date: 'dd.mm.yyyy' })),
			expected:
				'This notebook file has a problem: sources[0].dateFormats.Date: expected one of "iso", "dmy", "mdy", "ymd", "jalali", null, got "dd.mm.yyyy".'
		},
		{
			name: 'an unknown number format',
			text: edited((raw) => (raw.sources[0]!.numberFormats = { Total: 'space' })),
			expected:
				'This notebook file has a problem: sources[0].numberFormats.Total: expected one of "dot", "comma", null, got "space".'
		},
		{
			name: 'a source without a file name',
			text: edited((raw) => (raw.sources[1]!.fileName = '')),
			expected:
				'This notebook file has a problem: sources[1].fileName: expected non-empty text, got "".'
		},
		{
			name: 'a sheet that is not text',
			text: edited((raw) => (raw.sources[1]!.sheet = 2)),
			expected: 'This notebook file has a problem: sources[1].sheet: expected text, got 2.'
		},
		{
			name: 'a cleaning rule that is not true or false',
			text: edited((raw) => ((raw.cleaning as Record<string, unknown>).setAsideCancelled = 'yes')),
			expected:
				'This notebook file has a problem: cleaning.setAsideCancelled: expected true or false, got "yes".'
		},
		{
			name: 'a cancelled prefix that is not text',
			text: edited((raw) => ((raw.cleaning as Record<string, unknown>).cancelledPrefix = 1)),
			expected: 'This notebook file has a problem: cleaning.cancelledPrefix: expected text, got 1.'
		},
		{
			name: 'several problems at once',
			text: edited((raw) => {
				raw.title = null;
				raw.params.currency = 'EURO';
				raw.cells[0]!.id = 5;
			}),
			expected:
				'This notebook file has 3 problems: title: expected text, got null; params.currency: expected a 3-letter currency code such as USD, got "EURO"; cells[0].id: expected non-empty text, got 5.'
		},
		{
			name: 'more problems than are listed',
			text: edited((raw) => {
				raw.cells = Array.from({ length: 8 }, (_, i) => ({ id: `c-${i}`, kind: 1, options: {} }));
			}),
			expected:
				'This notebook file has 8 problems: cells[0].kind: expected text, got 1; cells[1].kind: expected text, got 1; cells[2].kind: expected text, got 1; cells[3].kind: expected text, got 1; cells[4].kind: expected text, got 1; cells[5].kind: expected text, got 1; and 2 more.'
		}
	];
	it.each(rows)('$name', ({ text, expected }) => {
		expect(errorOf(parseNotebook(text, KINDS))).toBe(expected);
	});

	it('words its messages for a share link when asked', () => {
		const text = edited((raw) => (raw.title = 3));
		expect(errorOf(parseNotebook(text, KINDS, 'link'))).toBe(
			'This notebook link has a problem: title: expected text, got 3.'
		);
		expect(errorOf(parseNotebook('nope', KINDS, 'link'))).toBe(
			'This link is not a notebook: it is not valid JSON (line 1, column 2).'
		);
	});
});

describe('parseNotebook fixes what it can, and says so', () => {
	it('gives duplicate cell ids new ids, keeping the first', () => {
		const doc = parsed(
			edited((raw) => {
				raw.cells[0]!.id = 'c-same';
				raw.cells[2]!.id = 'c-same';
			})
		);
		const [first, , third] = doc.cells;
		expect(first!.id).toBe('c-same');
		expect(third!.id).toMatch(/^c-[0-9a-z]{8}$/);
		expect(new Set(doc.cells.map((c) => c.id)).size).toBe(3);
		expect(third!.options).toEqual(sampleDoc().cells[2]!.options);
		expect(doc.warnings).toEqual([
			`cells[2] had the id "c-same" of cells[0]; it now has the id "${third!.id}".`
		]);
	});

	it('adds a missing data cell below the leading notes', () => {
		const doc = parsed(edited((raw) => raw.cells.splice(1, 1)));
		expect(doc.cells.map((c) => c.kind)).toEqual(['note', 'data', 'sql']);
		expect(doc.cells[1]!.options).toEqual({});
		expect(doc.warnings).toEqual(['The notebook had no data cell; one was added.']);
	});

	it('adds a data cell to a notebook with no cells', () => {
		const doc = parsed(edited((raw) => (raw.cells = [])));
		expect(doc.cells.map((c) => c.kind)).toEqual(['data']);
	});

	it('removes a second data cell', () => {
		const doc = parsed(
			edited((raw) => raw.cells.push({ id: 'c-data0002', kind: 'data', options: {} }))
		);
		expect(doc.cells.map((c) => c.id)).toEqual(['c-note0001', 'c-data0001', 'c-sql00001']);
		expect(doc.warnings).toEqual([
			'cells[3] was a second data cell; a notebook has one, so it was removed.'
		]);
	});

	it('merges cleaning over the defaults, and fills it in when absent', () => {
		const partial = parsed(edited((raw) => (raw.cleaning = { setAsideDuplicates: true })));
		expect(partial.cleaning).toEqual({ ...DEFAULT_CLEANING, setAsideDuplicates: true });
		expect(parsed(edited((raw) => delete raw.cleaning)).cleaning).toEqual(DEFAULT_CLEANING);
	});

	it('ignores unknown fields with a warning', () => {
		const doc = parsed(
			edited((raw) => {
				raw.author = 'me';
				raw.params.theme = 'dark';
				raw.cells[0]!.result = [1, 2];
				(raw.cleaning as Record<string, unknown>)['drop rows'] = true;
			})
		);
		expect(doc.warnings).toEqual([
			'Ignored the unknown field author.',
			'Ignored the unknown field params.theme.',
			'Ignored the unknown field cleaning["drop rows"].',
			'Ignored the unknown field cells[0].result.'
		]);
		expect('author' in doc).toBe(false);
		expect('result' in doc.cells[0]!).toBe(false);
	});

	it('reads a lower-case currency code, a null as-of date, a byte-order mark', () => {
		const text = edited((raw) => {
			raw.params.currency = 'vnd';
			raw.params.asOf = null;
		});
		const doc = parsed(`\ufeff${text}`);
		expect(doc.params).toEqual({ asOf: null, currency: 'VND', timeUnit: 'months' });
	});

	it('keeps a column named __proto__ as a plain mapping entry', () => {
		const doc = parsed(serializeNotebook(sampleDoc()));
		expect(Object.getOwnPropertyNames(doc.sources[1]!.roles)).toContain('__proto__');
		expect(Object.getPrototypeOf(doc.sources[1]!.roles)).toBe(Object.prototype);
	});
});
