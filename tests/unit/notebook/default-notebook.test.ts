import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING } from '../../../src/data/types';
import {
	defaultNotebook,
	TOP_CUSTOMERS_SQL,
	WELCOME_MARKDOWN
} from '../../../src/notebook/default-notebook';
import { parseNotebook, serializeNotebook } from '../../../src/notebook/notebook-file';
import { openTestDb, type TestDb } from '../node-duckdb';
import { KNOWN_KINDS } from '../../../src/notebook/kinds/registry';
import { cellKind } from '../../../src/notebook/kinds/registry';
import { locale } from '../../../src/i18n/locale.svelte';

describe('defaultNotebook', () => {
	it('is a note on how to use it, the data cell, the first analyses and an example query', () => {
		const doc = defaultNotebook();
		expect(doc.title).toBe('Customer segmentation');
		expect(doc.params).toEqual({ asOf: null, currency: 'USD', timeUnit: 'weeks' });
		expect(doc.sources).toEqual([]);
		expect(doc.cleaning).toEqual(DEFAULT_CLEANING);
		expect(doc.cleaning).not.toBe(DEFAULT_CLEANING);
		const analyses = ['kpis', 'rfm', 'tiers', 'cohorts'];
		expect(doc.cells.map((c) => c.kind)).toEqual(['note', 'data', ...analyses, 'sql']);
		expect(doc.cells.map((c) => c.options)).toEqual([
			{ markdown: WELCOME_MARKDOWN },
			{},
			...analyses.map((kind) => cellKind(kind)!.defaultOptions()),
			{ sql: TOP_CUSTOMERS_SQL, resultName: null, chart: null }
		]);
	});

	it('explains itself in two sentences: files, re-runs, + and Shift+Enter', () => {
		expect(WELCOME_MARKDOWN.split(/[.!?](?:\s|$)/).filter((s) => s.trim())).toHaveLength(2);
		for (const words of ['files', 're-runs', 'as-of date', '**+**', 'Shift+Enter']) {
			expect(WELCOME_MARKDOWN).toContain(words);
		}
	});

	it('is made in the interface language: its title and note in Persian or Vietnamese', () => {
		try {
			locale.current = 'fa';
			const fa = defaultNotebook();
			expect(fa.title).toBe('بخش‌بندی مشتریان');
			expect(String(fa.cells[0]!.options['markdown'])).not.toBe(WELCOME_MARKDOWN);
			locale.current = 'vi';
			expect(defaultNotebook().title).toBe('Phân khúc khách hàng');
		} finally {
			locale.current = 'en';
		}
	});

	it('gives fresh, distinct cell ids each time', () => {
		const ids = [...defaultNotebook().cells, ...defaultNotebook().cells].map((c) => c.id);
		expect(new Set(ids).size).toBe(14);
	});

	it('is a valid notebook file', () => {
		const doc = defaultNotebook();
		expect(parseNotebook(serializeNotebook(doc), KNOWN_KINDS)).toEqual({
			ok: true,
			doc,
			warnings: []
		});
	});
});

describe('the example query', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
		db.rows(`CREATE TABLE transactions (
			customer_id VARCHAR, order_id VARCHAR, order_date DATE, amount DOUBLE, is_return BOOLEAN)`);
		db.rows(`INSERT INTO transactions VALUES
			('A', 'o1', DATE '2024-01-05', 100, false),
			('A', 'o1', DATE '2024-01-05', 50, false),
			('A', 'o2', DATE '2024-02-01', 30.5, NULL),
			('B', 'o3', DATE '2024-03-01', 500, false),
			('B', 'o4', DATE '2024-03-09', 400, true),
			('C', 'o5', DATE '2024-01-10', 180.5, false)`);
	});
	afterAll(() => db.close());

	it('lists customers by revenue with orders and last order date, returns left out', () => {
		const rows = db.rows(
			`SELECT customer_id, orders, revenue, CAST(last_order AS VARCHAR) AS last_order
			FROM (${TOP_CUSTOMERS_SQL})`
		);
		// A and C tie on revenue: customer id breaks the tie.
		expect(rows).toEqual([
			{ customer_id: 'B', orders: 1, revenue: 500, last_order: '2024-03-01' },
			{ customer_id: 'A', orders: 2, revenue: 180.5, last_order: '2024-02-01' },
			{ customer_id: 'C', orders: 1, revenue: 180.5, last_order: '2024-01-10' }
		]);
	});
});
