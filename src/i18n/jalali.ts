import { isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js';
import { toPersianDigits } from './digits';

/** A Jalali (Solar Hijri) date: year, month 1–12 (1 = Farvardin), day. */
export interface JalaliDate {
	year: number;
	month: number;
	day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Gregorian `YYYY-MM-DD` of a Jalali date; throws on a date that does not exist. */
export function jalaliToIso({ year, month, day }: JalaliDate): string {
	if (!isValidJalaaliDate(year, month, day)) {
		throw new RangeError(`not a Jalali date: ${year}/${month}/${day}`);
	}
	const g = toGregorian(year, month, day);
	return `${String(g.gy).padStart(4, '0')}-${pad(g.gm)}-${pad(g.gd)}`;
}

/** The Jalali date of a Gregorian `YYYY-MM-DD` (a time part after it is ignored). */
export function isoToJalali(iso: string): JalaliDate {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!match) throw new RangeError(`not an ISO date: ${iso}`);
	const j = toJalaali(Number(match[1]), Number(match[2]), Number(match[3]));
	return { year: j.jy, month: j.jm, day: j.jd };
}

/** A Gregorian `YYYY-MM-DD` written as Jalali `1403/01/01`, in Persian digits when asked. */
export function formatJalali(iso: string, digits: 'latin' | 'persian' = 'latin'): string {
	const { year, month, day } = isoToJalali(iso);
	const text = `${year}/${pad(month)}/${pad(day)}`;
	return digits === 'persian' ? toPersianDigits(text) : text;
}

/** The Gregorian day of March on which Farvardin 1 of each Jalali year falls. */
export function nowruzMarchDay(year: number): number {
	const g = toGregorian(year, 1, 1);
	if (g.gm !== 3) throw new RangeError(`Farvardin 1, ${year} is not in March`);
	return g.gd;
}
