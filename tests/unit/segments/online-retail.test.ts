import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCanonicalViewsSql } from '../../../src/data/canonical-views';
import { buildCleanTableSql } from '../../../src/data/clean-sql';
import { detectMapping } from '../../../src/data/detect-roles';
import { DEFAULT_CLEANING, type SourceMapping } from '../../../src/data/types';
import { buildCustomerMetricsSql } from '../../../src/segments/customer-metrics';
import { buildRfmSql } from '../../../src/segments/rfm';
import { quoteLiteral } from '../../../src/sql/quote';
import { loadCsv, mapSource } from '../data/fixture-db';
import { openTestDb, type TestDb } from '../node-duckdb';

// The UCI Online Retail acceptance check on a 40-line file in the export's shape: the app's
// pipeline (detected mapping, probed formats, cleaning, canonical views, metrics) must give the
// recency, frequency and monetary of an independent computation straight from the definition.
const FILE = 'segments-online-retail.csv';
const AS_OF = '2011-12-10';

// The definition, in plain SQL over the file read as text: drop missing customer ids,
// cancellations (InvoiceNo C…) and lines with quantity or price ≤ 0; amount = Quantity ×
// UnitPrice; recency = days from the last invoice day to the as-of date; frequency = distinct
// invoices; monetary = total amount.
const INDEPENDENT = `WITH lines AS (
	SELECT CustomerID AS customer_id, InvoiceNo AS invoice,
		CAST(strptime(InvoiceDate, '%m/%d/%Y %H:%M') AS DATE) AS day,
		CAST(Quantity AS DOUBLE) AS quantity, CAST(UnitPrice AS DOUBLE) AS price
	FROM read_csv(${quoteLiteral(FILE)}, all_varchar = true)
)
SELECT customer_id,
	date_diff('day', max(day), DATE '${AS_OF}') AS recency_days,
	count(DISTINCT invoice) AS frequency,
	sum(quantity * price) AS monetary
FROM lines
WHERE customer_id IS NOT NULL AND NOT starts_with(invoice, 'C') AND quantity > 0 AND price > 0
GROUP BY customer_id
ORDER BY customer_id`;

let db: TestDb;
let mapping: SourceMapping;
beforeAll(async () => {
	db = await openTestDb();
	const source = loadCsv(db, 'src_1', FILE);
	const detected = detectMapping(source);
	mapping = mapSource(db, source, detected.kind, detected.roles);
	db.rows(buildCleanTableSql(source, mapping, DEFAULT_CLEANING));
	for (const sql of buildCanonicalViewsSql([mapping])) db.rows(sql);
	// The independent computation reads the file itself, as text.
	db.registerText(FILE, readFileSync(new URL(`../../fixtures/${FILE}`, import.meta.url), 'utf8'));
});
afterAll(() => db.close());

describe('UCI Online Retail', () => {
	it('is detected as transactions with month/day/year dates', () => {
		expect(mapping.kind).toBe('transactions');
		expect(mapping.roles).toMatchObject({
			InvoiceNo: 'order_id',
			InvoiceDate: 'order_date',
			Quantity: 'quantity',
			UnitPrice: 'unit_price',
			CustomerID: 'customer_id'
		});
		// Days above 12 (1/26/2011, 6/15/2011...) rule day/month/year out.
		expect(mapping.dateFormats.InvoiceDate ?? null).toBe('mdy');
	});

	it('gives exactly the independent recency, frequency and monetary', () => {
		const app = db.rows(`SELECT customer_id, recency_days, frequency, monetary
			FROM (${buildCustomerMetricsSql({ asOf: AS_OF })}) ORDER BY customer_id`);
		const independent = db.rows(INDEPENDENT);
		expect(app).toEqual(independent);
	});

	it('agrees with the figures worked out by hand', () => {
		// 10 buyers. 13256 bought only at price 0; the lines without a customer id (one of them
		// the A563185 bad-debt adjustment) and every C… invoice count for no one.
		const rows = db.rows<{ customer_id: string; r: number; f: number; m: number }>(
			`SELECT customer_id, recency_days AS r, frequency AS f, round(monetary, 2) AS m
			FROM (${buildCustomerMetricsSql({ asOf: AS_OF })}) ORDER BY customer_id`
		);
		expect(rows.map((x) => `${x.customer_id} ${x.r} ${x.f} ${x.m}`)).toEqual([
			'12346 326 1 77183.6', // 74215 × 1.04; its C541433 cancellation dropped
			'12347 3 3 111.06', // 25.2 + 17 + 20.4 + 15 + 24.96 + 8.5
			'12583 374 1 160.8', // one invoice of 3 lines, postage included
			'13047 1 4 121.88', // two invoices on 12/1/2010 and two on 12/9/2011
			'13767 374 1 68',
			'14527 373 1 5.9', // its C536379 discount dropped
			'15311 1 2 52.2', // 38.16 + 14.04; the free POSTAGE line dropped
			'16029 240 2 122.4', // 72 + 50.4; the -2 line of invoice 550000 dropped
			'17850 38 3 93.7', // 15.3 + 20.34 + 22 + 11.1 + 24.96
			'18074 178 2 368.25' // the duplicated line counts twice, as in the file
		]);
	});

	it('scores the same customers', () => {
		const n = db.rows(`SELECT count(*) AS n FROM (${buildRfmSql({ asOf: AS_OF })})`);
		expect(n).toEqual([{ n: 10 }]);
	});
});
