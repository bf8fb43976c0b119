import { describe, expect, it } from 'vitest';
import { normaliseDigits, toPersianDigits } from '../../../src/i18n/digits';

describe('normaliseDigits', () => {
	it('reads Persian and Arabic-Indic digits and separators as ASCII', () => {
		expect(normaliseDigits('۱۴۰۲/۰۵/۱۲')).toBe('1402/05/12');
		expect(normaliseDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
		expect(normaliseDigits('۱٬۲۳۴٫۵۶')).toBe('1,234.56');
	});

	it('leaves other text alone', () => {
		expect(normaliseDigits('C-12 ریال')).toBe('C-12 ریال');
		expect(normaliseDigits('')).toBe('');
	});
});

describe('toPersianDigits', () => {
	it('writes ASCII digits in Persian and keeps the rest', () => {
		expect(toPersianDigits('1403/01/01')).toBe('۱۴۰۳/۰۱/۰۱');
		expect(toPersianDigits('12.5%')).toBe('۱۲.۵%');
	});

	it('round-trips through normaliseDigits', () => {
		expect(normaliseDigits(toPersianDigits('9876543210'))).toBe('9876543210');
	});
});
