import { expect, test, type Page } from '@playwright/test';
import { openApp, recordRequests, typeSql } from './app';

// Screenshots of the main views in each language, written for people to look at.
const SHOTS = process.env.SB_SCREENSHOTS === '1';

/** Waits until no cell is running or queued, whatever the language (by state, not by text). */
async function settled(page: Page): Promise<void> {
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('cell-kpis').getByTestId('kpi-value').first()).toBeVisible();
	await expect(page.locator('.status.running')).toHaveCount(0);
}

async function chooseLanguage(page: Page, code: 'en' | 'fa' | 'vi'): Promise<void> {
	await page.getByTestId('language-select').selectOption(code);
	await settled(page);
}

async function shoot(page: Page, lang: string): Promise<void> {
	if (!SHOTS) return;
	const path = (view: string) => `docs/screenshots/${lang}-${view}.png`;
	if (lang !== 'en') {
		// A notebook made in this language (its title and note), as a new user here sees it.
		await page.getByTestId('forget-everything').click();
		await expect(page.getByTestId('notebook-title')).not.toHaveValue('Customer segmentation');
		await page.getByTestId('notice').getByRole('button').click();
		await settled(page);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: path('start') });
	await page
		.getByTestId('source-card')
		.first()
		.locator('details')
		.first()
		.evaluate((d) => {
			(d as HTMLDetailsElement).open = true;
		});
	await page.getByTestId('cell-data').screenshot({ path: path('data') });
	await page.getByTestId('cell-kpis').screenshot({ path: path('kpis') });
	await page
		.getByTestId('cell-rfm')
		.first()
		.screenshot({ path: path('rfm') });
}

test('the interface switches to Persian (right to left, Persian digits) and Vietnamese, and remembers', async ({
	page
}) => {
	const requests = recordRequests(page);
	await openApp(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	const buyersEn = await page
		.locator('[data-testid="kpi"][data-kpi="buyers"] [data-testid="kpi-value"]')
		.first()
		.innerText();
	expect(buyersEn).toMatch(/^\d{1,3}(,\d{3})*$/);
	await shoot(page, 'en');

	await chooseLanguage(page, 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
	const buyers = page
		.locator('[data-testid="kpi"][data-kpi="buyers"] [data-testid="kpi-value"]')
		.first();
	// The same count, written in Persian digits with the Persian thousands mark.
	await expect(buyers).toHaveText(
		buyersEn.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replaceAll(',', '٬')
	);
	await expect(page.getByTestId('rfm-segment-open').first()).toHaveText('قهرمانان');
	await expect(page.locator('[data-testid="rfm-segment"][data-segment="Champions"]')).toHaveCount(
		1
	);
	// The as-of day in the Jalali calendar: 1404/… or 1403/… in Persian digits.
	await expect(page.getByTestId('kpi-as-of')).toHaveText(/^۱۴۰[۰-۹]\/[۰-۹]{2}\/[۰-۹]{2}$/);
	const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
	expect(fontFamily).toContain('Vazirmatn');
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'سلام'))).toBe(true);
	await shoot(page, 'fa');

	await page.reload();
	await expect(page.getByTestId('engine-ready')).toBeVisible();
	await settled(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByTestId('language-select')).toHaveValue('fa');
	await expect(buyers).toHaveText(/^[۰-۹٬]+$/);

	await page.getByTestId('calendar-select').selectOption('gregorian');
	await expect(page.getByTestId('kpi-as-of')).toHaveText(/^۲۰[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}$/);
	await page.getByTestId('calendar-select').selectOption('jalali');

	await chooseLanguage(page, 'vi');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(buyers).toHaveText(buyersEn.replaceAll(',', '.'));
	await expect(page.getByTestId('kpi-as-of')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
	await expect(page.getByTestId('rfm-segment-open').first()).toHaveText('Nhà vô địch');
	await shoot(page, 'vi');

	await chooseLanguage(page, 'en');
	await expect(buyers).toHaveText(buyersEn);
	await expect(page.getByTestId('rfm-segment-open').first()).toHaveText('Champions');
	expect(requests.offOrigin()).toEqual([]);
});

test('Persian: the drop zone, a file’s and a cell’s errors and the progress bar are Persian', async ({
	page
}) => {
	await openApp(page);
	await chooseLanguage(page, 'fa');

	// Dragging files over the page shows the drop zone's message.
	await page.evaluate(() => {
		const files = new DataTransfer();
		files.items.add(new File(['a'], 'a.csv'));
		window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: files }));
	});
	await expect(
		page.getByText('فایل‌های CSV، اکسل، JSON یا Parquet را رها کنید تا تحلیل شوند')
	).toBeVisible();
	await page.evaluate(() => window.dispatchEvent(new DragEvent('dragleave')));

	// A file's problem, written in English by the ingest code, shown in Persian with its digits.
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
	await expect(
		page.locator('[data-testid="source-card"][data-file="empty.csv"]').getByTestId('source-error')
	).toHaveText('«empty.csv» خوانده نشد: فایل خالی است (۰ بایت)');

	// A cell's error: the framing in Persian, DuckDB's own words as DuckDB wrote them.
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(cell, ' ');
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('cell-error')).toHaveText('سلول خالی است: یک پرس‌وجو بنویسید.');

	// A long query: the progress bar's Cancel is Persian, and so is the cancelled cell's error.
	await typeSql(cell, 'SELECT count(*) FROM range(4000000000) a(x) WHERE x % 7 = 3');
	await page.keyboard.press('Shift+Enter');
	await expect(page.getByTestId('cancel-run')).toHaveText('لغو');
	await page.getByTestId('cancel-run').click();
	await expect(cell.getByTestId('cell-error')).toHaveText(/^(لغو شد\.|پرس‌وجو لغو شد\.)$/);
});
