import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte';
import {
	formatCell,
	formatCount,
	formatDate,
	formatMoney,
	formatNumber,
	formatPercent,
	formatShare
} from '../../../src/ui/format';

afterEach(() => {
	locale.current = 'en';
	locale.calendar = 'jalali';
});

const DAY = Date.UTC(2024, 2, 20);

describe('formatting follows the interface language', () => {
	it('English: as the panels were written', () => {
		expect(formatNumber(1234567.89, 2)).toBe('1,234,567.89');
		expect(formatCount(12345)).toBe('12,345');
		expect(formatShare(1, 8)).toBe('12.5 %');
		expect(formatPercent(0.1234)).toBe('12.3 %');
		expect(formatMoney(1234.5, 'USD')).toBe('$1,235');
		expect(formatDate('2024-03-20')).toBe('2024-03-20');
		expect(formatCell(DAY, 'DATE')).toBe('2024-03-20');
		expect(formatCell(1234.5, 'DOUBLE')).toBe('1234.5');
	});

	it('Persian: Persian digits and separators, Jalali dates', () => {
		locale.current = 'fa';
		expect(formatNumber(1234567.89, 2)).toBe('۱٬۲۳۴٬۵۶۷٫۸۹');
		expect(formatCount(12345)).toBe('۱۲٬۳۴۵');
		expect(formatPercent(0.1234)).toBe('۱۲٫۳٪');
		expect(formatDate('2024-03-20')).toBe('۱۴۰۳/۰۱/۰۱');
		expect(formatDate('2023-08-03')).toBe('۱۴۰۲/۰۵/۱۲');
		expect(formatCell(DAY, 'DATE')).toBe('۱۴۰۳/۰۱/۰۱');
		expect(formatCell(DAY + 3_723_000, 'TIMESTAMP')).toBe('۱۴۰۳/۰۱/۰۱ ۰۱:۰۲:۰۳');
		// Ids are numbers too: digits change, no grouping mark is added.
		expect(formatCell(1234.5, 'DOUBLE')).toBe('۱۲۳۴٫۵');
		expect(formatCell(100234n, 'BIGINT')).toBe('۱۰۰۲۳۴');
	});

	it('Persian with the Gregorian calendar chosen', () => {
		locale.current = 'fa';
		locale.calendar = 'gregorian';
		expect(formatDate('2024-03-20')).toBe('۲۰۲۴/۰۳/۲۰');
	});

	it('Vietnamese: 1.234.567,89, dd/mm/yyyy and ₫ for VND', () => {
		locale.current = 'vi';
		expect(formatNumber(1234567.89, 2)).toBe('1.234.567,89');
		expect(formatCount(12345)).toBe('12.345');
		expect(formatPercent(0.1234)).toBe('12,3%');
		expect(formatDate('2024-03-20')).toBe('20/03/2024');
		expect(formatCell(DAY, 'DATE')).toBe('20/03/2024');
		expect(formatCell(1234.5, 'DOUBLE')).toBe('1234,5');
		expect(formatMoney(1234567, 'VND')).toBe('1.234.567\u00a0₫');
	});

	it('leaves text that is not an ISO day as it is', () => {
		locale.current = 'vi';
		expect(formatDate('soon')).toBe('soon');
	});
});
