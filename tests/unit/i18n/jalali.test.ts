import { describe, expect, it } from 'vitest';
import { formatJalali, isoToJalali, jalaliToIso, nowruzMarchDay } from '../../../src/i18n/jalali';

// Known dates: Nowruz 1403 fell on 20 March 2024, Nowruz 1402 on 21 March 2023; 1403 is a leap
// year (Esfand 30, 1403 = 20 March 2025); 12 Mordad 1402 = 3 August 2023.
describe('Jalali ↔ Gregorian', () => {
	it.each([
		[{ year: 1403, month: 1, day: 1 }, '2024-03-20'],
		[{ year: 1402, month: 1, day: 1 }, '2023-03-21'],
		[{ year: 1402, month: 5, day: 12 }, '2023-08-03'],
		[{ year: 1403, month: 12, day: 30 }, '2025-03-20'],
		[{ year: 1300, month: 1, day: 1 }, '1921-03-21']
	])('%o is %s', (jalali, iso) => {
		expect(jalaliToIso(jalali)).toBe(iso);
		expect(isoToJalali(iso)).toEqual(jalali);
	});

	it('refuses days that do not exist', () => {
		expect(() => jalaliToIso({ year: 1402, month: 12, day: 30 })).toThrow(RangeError);
		expect(() => jalaliToIso({ year: 1402, month: 7, day: 31 })).toThrow(RangeError);
	});

	it('formats in Latin or Persian digits', () => {
		expect(formatJalali('2024-03-20')).toBe('1403/01/01');
		expect(formatJalali('2023-08-03T10:00:00', 'persian')).toBe('۱۴۰۲/۰۵/۱۲');
	});

	it('knows the day of March of each Nowruz', () => {
		expect(nowruzMarchDay(1403)).toBe(20);
		expect(nowruzMarchDay(1402)).toBe(21);
	});
});
