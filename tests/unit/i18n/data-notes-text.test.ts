import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte';
import { shownNote } from '../../../src/i18n/data-notes';
import { dateFormatNote, serialColumnNote } from '../../../src/data/format-notes';
import { renamedHeaderNotes } from '../../../src/data/header-notes';
import { localDigitsNote } from '../../../src/data/local-digits';

afterEach(() => {
	locale.current = 'en';
});

// The notes as src/data writes them, read back and said in each language.
const dmy = dateFormatNote(
	'order_date',
	{ format: 'dmy', ambiguous: false, ambiguousCount: 1 } as never,
	{ dmy: 1200, mdy: 0, iso: 3, ymd: 0, serial: 0, jalali: 0 } as never
)!;
const jalali = dateFormatNote(
	'تاریخ',
	{ format: 'jalali', ambiguous: false, ambiguousCount: 0 } as never,
	{ dmy: 0, mdy: 0, iso: 0, ymd: 0, serial: 2, jalali: 40 } as never
)!;

describe('notes of src/data at display time', () => {
	it('English stays exactly as written', () => {
		for (const note of [dmy, jalali, serialColumnNote('d'), localDigitsNote(['id'])!])
			expect(shownNote(note)).toBe(note);
	});

	it('Persian: every template, counts in Persian digits', () => {
		locale.current = 'fa';
		expect(shownNote(dmy)).toBe(
			'«order_date»: ۱٬۲۰۰ تاریخِ روز‌نخست یا ماه‌نخست به صورت روز/ماه/سال خوانده شد؛ ۱ تاریخ از آن‌ها می‌توانست ماه/روز/سال هم باشد (مثلاً 03/04) و به صورت روز/ماه/سال خوانده شد؛ ۳ تاریخِ سال‌نخست (ISO) هم خوانده شد.'
		);
		expect(shownNote(jalali)).toMatch(
			/^«تاریخ»: تاریخ‌ها به صورت خورشیدی .*\(۴۰ تاریخ؛ .*؛ ۲ مقدار به صورت شمارهٔ روز سریال اکسل/
		);
		expect(shownNote(serialColumnNote('d'))).toMatch(/^«d»: عددها به صورت شمارهٔ روز سریال اکسل/);
		expect(shownNote(localDigitsNote(['id', 'amount'])!)).toMatch(/در “id”, “amount”\.$/);
		const [noName, repeated] = renamedHeaderNotes(['', 'a', 'A'], ['column0', 'a', 'A_1']);
		expect(shownNote(noName!)).toBe('ستون ۱ در سطر عنوان نام ندارد: «column0» نامیده شد.');
		expect(shownNote(repeated!)).toBe(
			'«a» ۲ بار در سطر عنوان آمده است (ستون‌های 2, 3): نام‌هایشان “a”, “A_1” است.'
		);
		expect(shownNote('A note no template knows.')).toBe('A note no template knows.');
	});

	it('Vietnamese', () => {
		locale.current = 'vi';
		expect(shownNote(dmy)).toMatch(
			/^“order_date”: 1\.200 ngày viết ngày hoặc tháng trước được đọc là ngày\/tháng\/năm; /
		);
	});
});
