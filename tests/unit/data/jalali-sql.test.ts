import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../node-duckdb';
import { asciiDigitsSql, jalaliTimestampSql, looksJalaliSql } from '../../../src/data/jalali-sql';
import { jalaliToIso } from '../../../src/i18n/jalali';
import { quoteLiteral } from '../../../src/sql/quote';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const read = (text: string | null) =>
	db.rows<{ t: string | null; j: boolean | null }>(
		`SELECT CAST(${jalaliTimestampSql('v')} AS VARCHAR) AS t, ${looksJalaliSql('v')} AS j
		 FROM (SELECT ${text === null ? 'NULL' : quoteLiteral(text)} AS v)`
	)[0]!;

describe('jalaliTimestampSql', () => {
	it.each([
		['1403/01/01', '2024-03-20 00:00:00'],
		['۱۴۰۲-۰۵-۱۲', '2023-08-03 00:00:00'],
		['١٤٠٢/٥/١٢', '2023-08-03 00:00:00'],
		['1402.5.12 14:30', '2023-08-03 14:30:00'],
		[' 1403/12/30 23:59:58 ', '2025-03-20 23:59:58'],
		['1300/01/01', '1921-03-21 00:00:00'],
		['1499/12/29', '2121-03-20 00:00:00']
	])('reads %s as %s', (text, expected) => {
		expect(read(text)).toEqual({ t: expected, j: true });
	});

	it.each(['1402/12/30', '1402/07/31', '1402/13/01', '1402/00/10', '1403/01/01 24:00'])(
		'gives NULL for the day that does not exist, %s',
		(text) => expect(read(text).t).toBeNull()
	);

	it.each(['2024-03-20', '1299/12/29', '1500/01/01', 'abc', '1402/05'])(
		'does not take %s for a Jalali date',
		(text) => expect(read(text)).toEqual({ t: null, j: false })
	);

	it('gives NULL for NULL', () => expect(read(null).t).toBeNull());

	it('agrees with jalaali-js on the first of every month of 1300–1499', () => {
		const rows = db.rows<{ y: number; m: number; t: string }>(
			`SELECT y, m, CAST(CAST(${jalaliTimestampSql("y || '/' || m || '/1'")} AS DATE) AS VARCHAR) AS t
			 FROM range(1300, 1500) AS a(y), range(1, 13) AS b(m) ORDER BY y, m`
		);
		expect(rows).toHaveLength(200 * 12);
		for (const { y, m, t } of rows) {
			expect(t).toBe(jalaliToIso({ year: Number(y), month: Number(m), day: 1 }));
		}
	});

	it('knows the leap years: Esfand 30 exists exactly where jalaali-js says', () => {
		const rows = db.rows<{ y: number; ok: boolean }>(
			`SELECT y, ${jalaliTimestampSql("y || '/12/30'")} IS NOT NULL AS ok FROM range(1300, 1500) AS a(y)`
		);
		for (const { y, ok } of rows) {
			let exists = true;
			try {
				jalaliToIso({ year: Number(y), month: 12, day: 30 });
			} catch {
				exists = false;
			}
			expect(ok, `Esfand 30, ${y}`).toBe(exists);
		}
	});
});

describe('asciiDigitsSql', () => {
	it('translates Persian and Arabic-Indic digits and separators', () => {
		const [row] = db.rows<{ v: string }>(
			`SELECT ${asciiDigitsSql(quoteLiteral('۱٬۲۳۴٫۵ / ٩٨'))} AS v`
		);
		expect(row!.v).toBe('1,234.5 / 98');
	});
});
