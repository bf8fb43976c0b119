import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/t';
import { messageParams } from '../../../src/i18n/translate';
import { LOCALES } from '../../../src/i18n/locales';

const english = CATALOGUES.en;
const keys = Object.keys(english) as (keyof typeof english)[];

describe('message catalogue', () => {
	it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key, none empty', (lang) => {
		const catalogue = CATALOGUES[lang];
		expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
		for (const key of keys) {
			const message = catalogue[key];
			const texts = typeof message === 'string' ? [message] : Object.values(message);
			for (const text of texts) expect(text?.trim(), `${lang} ${key}`).not.toBe('');
		}
	});

	it.each(LOCALES.filter((l) => l !== 'en'))('%s uses the same parameters as English', (lang) => {
		for (const key of keys) {
			expect(messageParams(CATALOGUES[lang][key]), `${lang} ${key}`).toEqual(
				messageParams(english[key])
			);
		}
	});

	it('Persian and Vietnamese are translations, not copies of the English', () => {
		const same = (lang: 'fa' | 'vi') =>
			keys.filter((k) => JSON.stringify(CATALOGUES[lang][k]) === JSON.stringify(english[k]));
		// Only names that are the same in every language (SQL, RFM, UTF-8, a check mark…).
		expect(same('fa').length).toBeLessThan(keys.length / 20);
		expect(same('vi').length).toBeLessThan(keys.length / 20);
	});
});
