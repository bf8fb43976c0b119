import { describe, expect, it } from 'vitest';
import { startCalendar, startLocale } from '../../../src/i18n/locales';

describe('startLocale', () => {
	const cases: [string | null, string[], string][] = [
		[null, ['en-US', 'en'], 'en'],
		[null, ['fa-IR', 'en'], 'fa'],
		[null, ['de-DE', 'vi-VN'], 'vi'],
		[null, ['de-DE'], 'en'],
		[null, [], 'en'],
		['vi', ['fa-IR'], 'vi'],
		['fa', ['en-US'], 'fa'],
		['xx', ['fa-IR'], 'fa']
	];
	it.each(cases)('stored %s, browser %j → %s', (stored, languages, expected) => {
		expect(startLocale(stored, languages)).toBe(expected);
	});
});

describe('startCalendar', () => {
	it('is Jalali unless Gregorian was chosen', () => {
		expect(startCalendar(null)).toBe('jalali');
		expect(startCalendar('gregorian')).toBe('gregorian');
		expect(startCalendar('nonsense')).toBe('jalali');
	});
});
