import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readId } from '../../../src/data/clean-read';
import { sourceCalendar } from '../../../src/data/date-columns';
import {
	buildDateFormatProbeSql,
	buildNumberFormatProbeSql,
	chooseDateFormat,
	dateExpr,
	numberExpr,
	type DateProbeRow,
	type NumberProbeRow
} from '../../../src/data/detect-formats';
import { detectColumnRoles } from '../../../src/data/detect-roles';
import { dateFormatNote } from '../../../src/data/format-notes';
import {
	buildLocalDigitsProbeSql,
	columnsWithLocalDigits,
	localDigitsNote
} from '../../../src/data/local-digits';
import { looksLikeNumber } from '../../../src/data/value-shapes';
import type { DateFormat, Role, SourceKind, SourceMapping } from '../../../src/data/types';
import { quoteLiteral } from '../../../src/sql/quote';
import { openTestDb, type TestDb } from '../node-duckdb';
import { loadCsv } from './fixture-db';

// Persian (۰–۹) and Arabic-Indic (٠–٩) digits, the Arabic separators ٫ (decimal) and ٬
// (thousands), and Jalali dates, one value at a time on real DuckDB.
let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

describe('dateExpr with Persian digits and Jalali dates', () => {
	const cases: [string, DateFormat, string | null][] = [
		['1402/05/12', 'jalali', '2023-08-03 00:00:00'],
		['۱۴۰۲-۰۵-۱۲', 'jalali', '2023-08-03 00:00:00'],
		['١٤٠٣/٠١/٠١', 'jalali', '2024-03-20 00:00:00'],
		['۱۴۰۲/۰۸/۱۵ ۱۴:۳۰', 'jalali', '2023-11-06 14:30:00'],
		// Mehr has 30 days: not a day, and not Gregorian year 1402 either.
		['1402/07/31', 'jalali', null],
		// A Gregorian date written year first cannot be Jalali, and is read.
		['2024-03-20', 'jalali', '2024-03-20 00:00:00'],
		['20/03/2024', 'jalali', null],
		// The user said ISO: a Jalali-looking value is then a Gregorian date of year 1402.
		['1402/05/12', 'ymd', '1402-05-12 00:00:00'],
		// Gregorian dates in Persian digits.
		['۲۰۲۴-۰۳-۲۰', 'iso', '2024-03-20 00:00:00'],
		['۲۰/۰۳/۲۰۲۴', 'dmy', '2024-03-20 00:00:00']
	];
	it.each(cases)('reads %j as %s', (text, format, expected) => {
		const sql = `SELECT strftime(${dateExpr(quoteLiteral(text), format)}, '%Y-%m-%d %H:%M:%S') AS v`;
		expect(db.rows(sql)).toEqual([{ v: expected }]);
	});
});

describe('numberExpr with Persian and Arabic-Indic digits', () => {
	const cases: [string, number | null][] = [
		['۱۲۳', 123],
		['١٢٣', 123],
		['۱٬۲۵۰٫۵۰', 1250.5],
		['۸۹٫۹۰', 89.9],
		['۱۲۰٬۰۰۰ تومان', 120000],
		['۵۰۰۰ ریال', 5000],
		['-۳', -3],
		['۱۲a', null]
	];
	it.each(cases)('reads %j', (text, expected) => {
		const [row] = db.rows<{ v: number | null }>(
			`SELECT ${numberExpr(quoteLiteral(text), 'dot')} AS v`
		);
		expect(row?.v).toBe(expected);
	});

	it('is what the role detector takes for a number too', () => {
		expect(['۱٬۲۵۰٫۵۰', '١٢٣', '۸۹٫۹۰'].every(looksLikeNumber)).toBe(true);
	});
});

describe('ids', () => {
	it('read ۱۰۱, ١٠١ and 101 as the same id', () => {
		loadCsv(db, 'src_ids', 'ids.csv', 'id\n۱۰۱\n١٠١\n101\nA-۷\n');
		const column = { name: 'id', type: 'VARCHAR', samples: [] };
		const ids = db.rows<{ id: string }>(`SELECT ${readId(column)} AS id FROM src_ids`);
		expect(ids.map((r) => r.id)).toEqual(['101', '101', '101', 'A-7']);
	});
});

describe('probes', () => {
	it('count Jalali dates apart from Gregorian ones and choose jalali', () => {
		const text = 'd\n۱۴۰۲/۰۱/۱۵\n1402/07/31\n۱۴۰۲-۰۸-۱۵ ۱۴:۳۰\n1403/01/01\n2024-05-01\n\n';
		loadCsv(db, 'src_jd', 'jalali-dates.csv', text);
		const [row] = db.rows<DateProbeRow>(buildDateFormatProbeSql('src_jd', 'd'));
		// 5 values: 3 Jalali days, 1402/07/31 written like one but no day (read by nothing),
		// and one ISO date.
		expect(row).toEqual({
			non_empty: 5,
			iso: 1,
			dmy: 0,
			mdy: 0,
			ymd: 0,
			either: 0,
			serial: 0,
			jalali: 3
		});
		const choice = chooseDateFormat(row!);
		expect(choice).toEqual({ format: 'jalali', ambiguous: false, ambiguousCount: 0, share: 0.8 });
		expect(dateFormatNote('d', choice, row!)).toBe(
			'“d”: dates read as Jalali (Solar Hijri) and converted to Gregorian (3 dates; a day the Jalali calendar does not have, such as 1402/07/31, is set aside as unreadable); 1 Gregorian date written year first also read.'
		);
	});

	it('leave a Gregorian column with one Jalali-looking value Gregorian', () => {
		const NONE = { non_empty: 0, iso: 0, dmy: 0, mdy: 0, ymd: 0, either: 0, serial: 0 };
		expect(chooseDateFormat({ ...NONE, non_empty: 4, iso: 3, jalali: 1 }).format).toBe('iso');
		expect(chooseDateFormat({ ...NONE, non_empty: 4, dmy: 2, jalali: 2 }).format).toBe('dmy');
		expect(chooseDateFormat({ ...NONE, non_empty: 4, dmy: 1, jalali: 2 }).format).toBe('jalali');
	});

	it('count numbers in Persian digits with ٫ and ٬ as decimal-dot numbers', () => {
		loadCsv(db, 'src_fn', 'fa-numbers.csv', 'n\n۱٬۲۵۰٫۵۰\n۸۹٫۹۰\n١٢\n');
		const [row] = db.rows<NumberProbeRow>(buildNumberFormatProbeSql('src_fn', 'n'));
		expect(row).toEqual({ non_empty: 3, dot: 3, comma: 1, separated: 2 });
	});

	it('find the columns written in local digits and name them', () => {
		loadCsv(db, 'src_ld', 'local.csv', 'a,b,c\n۱,x,٣\n2,y,3\n');
		const columns = ['a', 'b', 'c'];
		const [row] = db.rows(buildLocalDigitsProbeSql('src_ld', columns));
		expect(row).toEqual({ c0: 1, c1: 0, c2: 1 });
		const found = columnsWithLocalDigits(columns, row!);
		expect(found).toEqual(['a', 'c']);
		expect(localDigitsNote(found)).toMatch(
			/^Persian .*۱۲۳ and 123 are the same customer id.* in “a”, “c”\.$/
		);
		expect(localDigitsNote([])).toBeNull();
	});
});

describe('the calendar of a source', () => {
	const mapping = (format: DateFormat, role: Role = 'order_date'): SourceMapping => ({
		table: 't',
		kind: 'transactions',
		roles: { d: role },
		dateFormats: { d: format },
		numberFormats: {}
	});
	it('is Jalali when a date column is read as Jalali', () => {
		expect(sourceCalendar(mapping('jalali'))).toBe('jalali');
		expect(sourceCalendar(mapping('iso'))).toBe('gregorian');
		// A format left behind by a column that is no longer a date does not count.
		expect(sourceCalendar(mapping('jalali', 'ignore'))).toBe('gregorian');
	});
});

describe('Persian and Vietnamese export headers', () => {
	const roleOf = (header: string, kind: SourceKind) =>
		detectColumnRoles([{ name: header, type: 'VARCHAR', samples: [] }], kind)[header];
	const headers: [string, SourceKind, Role][] = [
		['شناسه مشتری', 'transactions', 'customer_id'],
		['کد مشتری', 'transactions', 'customer_id'],
		['تاریخ', 'transactions', 'order_date'],
		['تاریخ سفارش', 'transactions', 'order_date'],
		['مبلغ', 'transactions', 'amount'],
		['مبلغ کل', 'transactions', 'amount'],
		['تعداد', 'transactions', 'quantity'],
		['شماره سفارش', 'transactions', 'order_id'],
		['دسته بندی', 'transactions', 'category'],
		['دسته‌بندی', 'transactions', 'category'],
		['محصول', 'transactions', 'product'],
		['شهر', 'customers', 'city'],
		['استان', 'customers', 'region'],
		['جنسیت', 'customers', 'gender'],
		['سن', 'customers', 'age'],
		['mã khách hàng', 'transactions', 'customer_id'],
		['ngày mua', 'transactions', 'order_date'],
		['số tiền', 'transactions', 'amount'],
		['thành tiền', 'transactions', 'amount'],
		['số lượng', 'transactions', 'quantity'],
		['mã đơn hàng', 'transactions', 'order_id'],
		['danh mục', 'transactions', 'category'],
		['sản phẩm', 'transactions', 'product'],
		['tỉnh/thành phố', 'customers', 'region'],
		['Tỉnh / Thành phố', 'customers', 'region']
	];
	it.each(headers)('%s in a %s file is %s', (header, kind, role) => {
		expect(roleOf(header, kind)).toBe(role);
	});
});
