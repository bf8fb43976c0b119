import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte';
import { english, WRITTEN, type WrittenKey } from '../../../src/i18n/english';
import { shownText } from '../../../src/i18n/shown-text';
import { t } from '../../../src/i18n/t';
import { messageParams } from '../../../src/i18n/translate';
import { engineErrorMessage } from '../../../src/engine/engine-error';
import { binaryMessage } from '../../../src/engine/readers/text-sniff';
import { fileTooLargeMessage } from '../../../src/engine/file-size-limit';
import { parseNotebook } from '../../../src/notebook/notebook-file';

afterEach(() => {
	locale.current = 'en';
});

// Sample words for every parameter: none of them is itself a message or a number.
const sample = (key: WrittenKey) =>
	Object.fromEntries(messageParams(WRITTEN[key]).map((name) => [name, `‹${name}›`]));

describe('messages written in English, shown in the interface language', () => {
	it('English is shown exactly as written', () => {
		const text = english('error.fewBuyers', { count: 1234 });
		expect(text).toBe('Too few buyers to cluster: 1234 (at least 3 are needed).');
		expect(shownText(text)).toBe(text);
	});

	it.each(['fa', 'vi'] as const)('%s: every template is read back into its own message', (lang) => {
		locale.current = lang;
		for (const key of Object.keys(WRITTEN) as WrittenKey[]) {
			const params = sample(key);
			expect(shownText(english(key, params)), key).toBe(t(key, params));
		}
	});

	it('Persian: counts in Persian digits, and the plural form chosen again', () => {
		locale.current = 'fa';
		expect(shownText(english('error.fewBuyers', { count: 2 }))).toBe(
			'خریداران برای خوشه‌بندی بسیار کم‌اند: ۲ (دست‌کم ۳ لازم است).'
		);
		const two = parseNotebook('{"format":"segmentbook-notebook","version":1}', ['note']);
		expect(two.ok).toBe(false);
		if (!two.ok)
			expect(shownText(two.error)).toMatch(/^این فایل دفترچه ۴ مشکل دارد: title: missing/);
	});

	it('Persian: a message inside a message is translated too; DuckDB’s own words are kept', () => {
		locale.current = 'fa';
		const fit = english('error.cannotFit', {
			error: english('error.noPurchases', { date: '2024-01-31' })
		});
		expect(shownText(fit)).toBe('مدل برازش نشد: پیش از ۲۰۲۴-۰۱-۳۱ خریدی نیست.');
		const memory = new Error('Out of memory Error: could not allocate block of size 256 KiB');
		memory.message =
			'Out of Memory Error: failed to allocate data of size 256.0 KiB (1.2 GiB/1.2 GiB used)';
		expect(shownText(engineErrorMessage(memory))).toMatch(
			/^حافظهٔ DuckDB .* پیام DuckDB: Out of Memory Error: failed to allocate data of size 256\.0 KiB \(1\.2 GiB\/1\.2 GiB used\)$/
		);
		const syntax = 'Parser Error: syntax error at or near "SELEC"';
		expect(shownText(engineErrorMessage(new Error(syntax)))).toBe(syntax);
	});

	it('Persian: file problems, with what a binary file looks like and sizes in local digits', () => {
		locale.current = 'fa';
		const png = binaryMessage({ binary: true, offset: 0, line: 1, looksLike: 'a PNG image' });
		expect(shownText(png)).toBe(
			'این یک جدول متنی نیست: به نظر یک تصویر PNG است (سطر ۱، بایت ۱ متن نیست). چیزی از آن بارگذاری نشد.'
		);
		const huge = fileTooLargeMessage(5e9, 'parquet', {
			wasmBytes: 4 * 1024 ** 3,
			jsHeapBytes: 4e9
		})!;
		expect(shownText(huge)).toMatch(/^حجم فایل ۵٫۰ GB است، .*حدود ۵۰۰ MB؛ CSV بیشتر جا دارد/);
	});

	it('Vietnamese: warnings one a line, each translated', () => {
		locale.current = 'vi';
		const text = english('notice.openedWithWarnings', {
			name: 'a.segmentbook.json',
			warnings: [
				english('loading.dataCellAdded'),
				english('loading.unknownField', { path: 'x' })
			].join('\n')
		});
		expect(shownText(text)).toBe(
			'Đã mở “a.segmentbook.json”. Sổ tay không có ô dữ liệu; đã thêm một ô.\nĐã bỏ qua trường không xác định x.'
		);
	});
});
