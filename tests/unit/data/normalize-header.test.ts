import { describe, expect, it } from 'vitest';
import { foldDiacritics, headerTokens, normalizeHeader } from '../../../src/data/normalize-header';

describe('normalizeHeader', () => {
	const rows = [
		{ name: 'PascalCase with an acronym', input: 'CustomerID', expected: 'customer id' },
		{ name: 'snake case', input: 'customer_id', expected: 'customer id' },
		{ name: 'abbreviation with a dot', input: 'Customer No.', expected: 'customer no' },
		{ name: 'number sign', input: 'Order #', expected: 'order no' },
		{ name: 'PascalCase', input: 'InvoiceNo', expected: 'invoice no' },
		{ name: 'brackets and symbols', input: 'Annual Income (k$)', expected: 'annual income k' },
		{ name: 'full-width letters (NFKC)', input: 'ＣｕｓｔｏｍｅｒＩＤ', expected: 'customer id' },
		{ name: 'byte-order mark', input: '\ufeffcustomer_id', expected: 'customer id' },
		{ name: 'zero-width non-joiner', input: 'شناسه\u200cمشتری', expected: 'شناسه مشتری' },
		{ name: 'Arabic yeh', input: 'شناسه مشتري', expected: 'شناسه مشتری' },
		{ name: 'Arabic kaf', input: 'كد مشتری', expected: 'کد مشتری' },
		{ name: 'tatweel and vowel marks', input: 'تـاریخ سَفارش', expected: 'تاریخ سفارش' },
		{ name: 'Vietnamese keeps diacritics', input: 'Mã  KH', expected: 'mã kh' },
		{ name: 'decomposed Vietnamese', input: 'Ma\u0303 KH', expected: 'mã kh' },
		{
			name: 'hostile text',
			input: 'weird "name"; DROP TABLE x; --',
			expected: 'weird name drop table x'
		},
		{ name: 'only punctuation', input: ' -- ', expected: '' }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(normalizeHeader(input)).toBe(expected);
	});
});

describe('foldDiacritics', () => {
	const rows = [
		{ name: 'customer id', input: 'mã khách hàng', expected: 'ma khach hang' },
		{ name: 'invoice number', input: 'số hóa đơn', expected: 'so hoa don' },
		{ name: 'old-style tone placement', input: 'hoá đơn', expected: 'hoa don' },
		{ name: 'capital D with stroke', input: 'Đơn giá', expected: 'Don gia' },
		{ name: 'horn letters', input: 'thương', expected: 'thuong' },
		{ name: 'Persian untouched', input: 'تاریخ آخر', expected: 'تاریخ آخر' }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(foldDiacritics(input)).toBe(expected);
	});
});

describe('headerTokens', () => {
	it('splits the folded form into words', () => {
		expect(headerTokens('Ngày đặt hàng')).toEqual(['ngay', 'dat', 'hang']);
		expect(headerTokens('')).toEqual([]);
	});
});
