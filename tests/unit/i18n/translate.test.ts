import { afterEach, describe, expect, it } from 'vitest';
import { renderMessage, messageParams } from '../../../src/i18n/translate';
import { locale } from '../../../src/i18n/locale.svelte';
import { kindLabel, t } from '../../../src/i18n/t';

afterEach(() => {
	locale.current = 'en';
});

describe('renderMessage', () => {
	it('fills parameters and leaves unknown ones visible', () => {
		expect(renderMessage('en', 'Remove {name} ({size})', { name: 'a.csv' })).toBe(
			'Remove a.csv ({size})'
		);
	});

	it('picks the English plural form by count', () => {
		const rows = { one: '{count} row', other: '{count} rows' };
		expect(renderMessage('en', rows, { count: 1 })).toBe('1 row');
		expect(renderMessage('en', rows, { count: 0 })).toBe('0 rows');
		expect(renderMessage('en', rows, { count: 2 })).toBe('2 rows');
	});

	it('falls back to the other form when a language has no such form', () => {
		expect(renderMessage('vi', { one: 'x', other: '{count} dòng' }, { count: 1 })).toBe('1 dòng');
	});

	it('lists the parameters of every plural form', () => {
		expect(messageParams({ one: 'one {a}', other: '{count} {b}' })).toEqual(['a', 'b', 'count']);
	});
});

describe('t', () => {
	it('reads the current language and writes numbers in its digits', () => {
		expect(t('source.rows', { count: 1234 })).toBe('1,234 rows');
		expect(t('source.rows', { count: 1 })).toBe('1 row');
		locale.current = 'fa';
		expect(t('source.rows', { count: 1234 })).toBe('۱٬۲۳۴ ردیف');
		expect(t('rfm.segment.champions')).toBe('قهرمانان');
		locale.current = 'vi';
		expect(t('source.rows', { count: 1234 })).toBe('1.234 dòng');
	});

	it('names cell kinds, keeping the registry label for an unknown kind', () => {
		locale.current = 'fa';
		expect(kindLabel('rfm', 'RFM')).toBe('RFM');
		expect(kindLabel('personas', 'Personas')).toBe('پرسوناها');
		expect(kindLabel('future-kind', 'Future')).toBe('Future');
	});
});
