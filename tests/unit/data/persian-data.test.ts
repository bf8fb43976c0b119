import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCanonicalViewsSql } from '../../../src/data/canonical-views';
import { sourceCalendar } from '../../../src/data/date-columns';
import type { SourceEntry } from '../../../src/notebook/source-entry';
import { buildDefaultAsOfSql } from '../../../src/segments/as-of';
import { buildRfmSql } from '../../../src/segments/rfm';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../../src/segments/rfm-summary';
import { openTestDb, type TestDb } from '../node-duckdb';
import { ingestBytes } from './messy/ingest-pipeline';
import { FA_ORDERS_ROLES } from '../../fixtures/fa-orders';

// The same 26 order lines written twice (tests/fixtures/fa-orders*.csv, made by
// tests/fixtures/make-persian-fixtures.mjs): once as an Iranian export (Persian headers, Persian and
// Arabic-Indic digits with ٬ and ٫, Jalali dates, one of them 1402/07/31, which does not exist)
// and once in English with Gregorian dates (2023-09-31 in its place). Through the app's own
// reading path both must give the same customers, the same RFM and the same segments.
const FA = 'fa-orders.csv';
const EN = 'fa-orders-en.csv';

let fa: { db: TestDb; entry: SourceEntry };
let en: { db: TestDb; entry: SourceEntry };

async function load(file: string) {
	const db = await openTestDb();
	const bytes = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url));
	const entry = await ingestBytes(db, 'src_1', file, bytes);
	for (const sql of buildCanonicalViewsSql([entry.mapping!])) db.rows(sql);
	return { db, entry };
}

beforeAll(async () => {
	fa = await load(FA);
	en = await load(EN);
});
afterAll(() => {
	fa.db.close();
	en.db.close();
});

describe('a Persian export with Jalali dates', () => {
	it('maps its Persian headers to roles', () => {
		expect(fa.entry.mapping?.kind).toBe('transactions');
		expect(fa.entry.mapping?.roles).toEqual(FA_ORDERS_ROLES);
	});

	it('reads the dates as Jalali and the numbers with ٫ as the decimal point', () => {
		expect(fa.entry.mapping?.dateFormats).toEqual({ 'تاریخ سفارش': 'jalali' });
		expect(fa.entry.mapping?.numberFormats).toEqual({ تعداد: 'dot', 'مبلغ کل': 'dot' });
		expect(sourceCalendar(fa.entry.mapping!)).toBe('jalali');
		expect(sourceCalendar(en.entry.mapping!)).toBe('gregorian');
	});

	it('says so on the source card', () => {
		expect(fa.entry.formatNotes).toEqual([
			'Persian and Arabic-Indic digits read as 0–9 (۱۲۳ and 123 are the same customer id and the same number; ٫ is the decimal point, ٬ the thousands separator) in “شماره سفارش”, “کد مشتری”, “تاریخ سفارش”, “تعداد”, “مبلغ کل”.',
			// 26 values, 1402/07/31 is no day: 25 dates.
			'“تاریخ سفارش”: dates read as Jalali (Solar Hijri) and converted to Gregorian (25 dates; a day the Jalali calendar does not have, such as 1402/07/31, is set aside as unreadable).'
		]);
		expect(en.entry.formatNotes).toEqual([]);
	});

	it('keeps and sets aside the same lines as the English file', () => {
		// 5013 (no such day), 5015 (no customer id), 5018 (quantity 0) are set aside.
		const expected = {
			read: 26,
			kept: 23,
			setAside: { missing_customer_id: 1, unparsable_date: 1, non_positive: 1 },
			customers: 9,
			firstDate: '2023-04-04',
			lastDate: '2024-05-17'
		};
		for (const { entry } of [fa, en]) expect(entry.report).toMatchObject(expected);
	});

	it('converts the dates to the Gregorian days worked out by hand', () => {
		const rows = fa.db.rows<{ order_id: string; ts: string }>(
			`SELECT order_id, strftime(order_ts, '%Y-%m-%d %H:%M:%S') AS ts FROM transactions
			WHERE order_id IN ('5001', '5014', '5017', '5022', '5023') ORDER BY order_id`
		);
		expect(rows).toEqual([
			{ order_id: '5001', ts: '2023-04-04 00:00:00' }, // 1402/01/15: Nowruz 1402 was 21 March
			{ order_id: '5014', ts: '2023-11-06 14:30:00' }, // 1402/08/15 ۱۴:۳۰: day 230 of the year
			{ order_id: '5017', ts: '2023-12-01 09:05:30' },
			{ order_id: '5022', ts: '2024-03-19 00:00:00' }, // 1402/12/29, the last day of 1402
			{ order_id: '5023', ts: '2024-03-20 00:00:00' } // 1403/01/01
		]);
	});

	it('reads ۱۰۱, ١٠١ and 101 as one customer', () => {
		const [row] = fa.db.rows<{ orders: number; amount: number }>(
			`SELECT count(DISTINCT order_id) AS orders, sum(amount) AS amount FROM transactions
			WHERE customer_id = '101'`
		);
		// 5001 (۱۰۱), 5004 (101), 5010 (١٠١), 5019, 5025: 450000 + 75000 + 210000 + 9900000 + 60000.
		expect(row).toEqual({ orders: 5, amount: 10_695_000 });
	});
});

describe('RFM on the Persian file equals RFM on the English one', () => {
	const asOf = (db: TestDb) =>
		db.rows<{ d: string }>(`SELECT CAST((${buildDefaultAsOfSql()}) AS VARCHAR) AS d`)[0]!.d;

	it('has the same as-of date: the day after 1403/02/28', () => {
		expect(asOf(fa.db)).toBe('2024-05-18');
		expect(asOf(en.db)).toBe('2024-05-18');
	});

	it('gives every customer the same recency, frequency, monetary, scores and segment', () => {
		const rfm = (db: TestDb) =>
			db.rows(
				`SELECT customer_id, recency_days, frequency, round(monetary, 2) AS monetary, r_score,
					f_score, m_score, rfm_segment FROM (${buildRfmSql({ asOf: '2024-05-18' })})
				ORDER BY customer_id`
			);
		const persian = rfm(fa.db);
		expect(persian).toEqual(rfm(en.db));
		expect(persian).toHaveLength(9);
		// Worked out by hand: 101 bought last on 2024-04-29 (19 days before), 102 on 2024-03-19.
		expect(persian.slice(0, 2)).toMatchObject([
			{ customer_id: '101', recency_days: 19, frequency: 5, monetary: 10_695_000 },
			{ customer_id: '102', recency_days: 60, frequency: 4, monetary: 45_629.3 }
		]);
	});

	it('gives the same R × F grid and segment summary', () => {
		const opts = { asOf: '2024-05-18' };
		expect(fa.db.rows(buildRfmGridSql(opts))).toEqual(en.db.rows(buildRfmGridSql(opts)));
		const summary = (db: TestDb) =>
			db
				.rows<{ rfm_segment: string; customers: number }>(buildRfmSegmentSummarySql(opts))
				.map((s) => `${s.rfm_segment}: ${s.customers}`);
		expect(summary(fa.db)).toEqual(summary(en.db));
	});
});
