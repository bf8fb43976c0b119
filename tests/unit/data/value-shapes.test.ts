import { describe, expect, it } from 'vitest';
import {
	allDistinct,
	isDateType,
	isNumericType,
	looksLikeDate,
	looksLikeEmail,
	looksLikeNumber
} from '../../../src/data/value-shapes';

describe('value shapes', () => {
	const dates = [
		{ name: 'iso', input: '2024-03-20', expected: true },
		{ name: 'iso with time', input: '2024-03-20T14:05:09Z', expected: true },
		{ name: 'UCI style', input: '12/1/2010 8:26', expected: true },
		{ name: 'dotted', input: '20.03.2024', expected: true },
		{ name: 'CDNOW yyyymmdd', input: '19970101', expected: true },
		{ name: 'Persian digits, Jalali', input: '۱۴۰۲/۰۵/۱۲', expected: true },
		{ name: 'month name', input: '3 Mar 2024', expected: true },
		{ name: 'a number', input: '536365', expected: false },
		{ name: 'a word', input: 'Monday', expected: false }
	];
	it.each(dates)('looksLikeDate: $name', ({ input, expected }) => {
		expect(looksLikeDate(input)).toBe(expected);
	});

	const numbers = [
		{ name: 'integer', input: '12', expected: true },
		{ name: 'negative decimal', input: '-2.55', expected: true },
		{ name: 'dollars with thousands', input: '$1,234.56', expected: true },
		{ name: 'euro comma', input: '1.234,56 €', expected: true },
		{ name: 'dong', input: '100.000đ', expected: true },
		{ name: 'Persian digits', input: '۱۲۵۰۰', expected: true },
		{ name: 'date', input: '2024-03-20', expected: false },
		{ name: 'word', input: 'WHITE HANGING HEART', expected: false }
	];
	it.each(numbers)('looksLikeNumber: $name', ({ input, expected }) => {
		expect(looksLikeNumber(input)).toBe(expected);
	});

	it('reads DuckDB type names', () => {
		expect(['DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE'].map(isDateType)).toEqual([
			true,
			true,
			true
		]);
		expect(['BIGINT', 'DOUBLE', 'DECIMAL(18,3)', 'UINTEGER', 'VARCHAR'].map(isNumericType)).toEqual(
			[true, true, true, true, false]
		);
	});

	it('tells e-mails and distinct ids', () => {
		expect(looksLikeEmail('a.b@example.com')).toBe(true);
		expect(looksLikeEmail('not an email')).toBe(false);
		expect(allDistinct(['1', '2', '3'])).toBe(true);
		expect(allDistinct(['1', '1', '3'])).toBe(false);
	});
});
