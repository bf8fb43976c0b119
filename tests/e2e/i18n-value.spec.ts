import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './app';
import { addCell, settled, shoot } from './i18n-shots';

// The RFM, value tier, persona, lifetime value and export cells in Persian and Vietnamese; with
// SB_SCREENSHOTS=1 each is photographed for people to look at.
const PERSIAN_DIGITS = /^[۰-۹٬٫]+$/;

test('RFM, value tiers, personas, lifetime value and export read in Persian (digits too) and Vietnamese', async ({
	page
}) => {
	test.setTimeout(300_000);
	await openApp(page);
	const personas = await addCell(page, 'personas');
	const clv = await addCell(page, 'clv');
	const exporter = await addCell(page, 'export');
	await expect(clv.getByTestId('clv-params')).toBeVisible({ timeout: 120_000 });
	await settled(page);
	const vipsEn = await page.getByTestId('vip-count').innerText();
	const nameEn = await personas.getByTestId('persona-name-input').first().inputValue();

	await page.getByTestId('language-select').selectOption('fa');
	await settled(page);

	// RFM: the scoring explained in Persian, the grid total and segment counts in Persian digits.
	const rfm = page.getByTestId('cell-rfm').first();
	await expect(rfm.getByTestId('rfm-method')).toContainText('پنجک');
	await expect(rfm.getByTestId('rfm-grid-caption')).toContainText('هر خانه خریدارانی را می‌شمارد');
	await expect(rfm.getByTestId('rfm-grid-total')).toHaveText(PERSIAN_DIGITS);
	await expect(rfm.getByTestId('rfm-segments-total')).toHaveText(PERSIAN_DIGITS);
	await expect(rfm.getByTestId('rfm-scoring').locator('legend')).toHaveText('امتیازها');
	await rfm.locator('[data-testid="rfm-segment"][data-segment="Champions"] button').click();
	await expect(rfm.getByTestId('rfm-members-count')).toHaveText(PERSIAN_DIGITS);
	await expect(rfm.getByTestId('rfm-members')).toContainText('به ترتیب بیشترین کل خرید');
	await shoot(rfm, 'fa-rfm-panel');

	// Value tiers: the rule and the Pareto headline in Persian; the same VIP count in Persian digits.
	const tiers = page.getByTestId('cell-tiers');
	await expect(tiers.getByTestId('tier-rule')).toContainText('ارزش بالا');
	await expect(tiers.getByTestId('pareto-headline')).toContainText('برتر مشتریان');
	await expect(tiers.getByTestId('vip-count')).toHaveText(
		vipsEn.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replaceAll(',', '٬')
	);
	await expect(
		tiers.locator('.pareto svg text').filter({ hasText: 'سهم انباشتهٔ درآمد' })
	).toHaveCount(1);
	await shoot(tiers, 'fa-tiers');

	// Personas: the automatic name and summary are drawn again in Persian; the saved one stays English.
	await expect(personas.getByTestId('personas-caption')).toContainText('یک کارت برای هر بخش');
	const card = personas.getByTestId('persona-card').first();
	await expect(card.getByTestId('persona-name-input')).not.toHaveValue(nameEn);
	await expect(card.getByTestId('persona-summary-input')).toHaveValue(/[آ-ی]/);
	await expect(card.getByTestId('persona-size')).toHaveText(PERSIAN_DIGITS);
	// One card says what they all look like (the panel holds a dozen).
	await shoot(card, 'fa-personas');

	// Lifetime value: the summary in Persian, the churn groups counted in Persian digits.
	await expect(clv.getByTestId('clv-summary')).toContainText('برازش شده‌اند');
	await expect(clv.getByTestId('clv-churn-groups').locator('caption')).toContainText('خطر ریزش');
	await expect(clv.getByTestId('clv-churn-group').first().locator('td.num').first()).toHaveText(
		PERSIAN_DIGITS
	);
	await shoot(clv, 'fa-clv');

	// Export: the summary in Persian digits, and a report in Persian, right to left.
	await expect(exporter.getByTestId('export-summary')).toContainText('مشتری در');
	await expect(exporter.getByTestId('export-summary').locator('strong').nth(1)).toHaveText(
		PERSIAN_DIGITS
	);
	await expect(exporter.getByTestId('export-report-html')).toContainText('دانلود گزارش');
	await shoot(exporter, 'fa-export');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		exporter.getByTestId('export-report-html').click()
	]);
	const html = readFileSync((await file.path())!, 'utf8');
	expect(html).toContain('<html lang="fa" dir="rtl">');
	expect(html).toMatch(/تا تاریخ <strong>۱۴۰[۰-۹]\/[۰-۹]{2}\/[۰-۹]{2}<\/strong>/);
	expect(html).toContain('ساخته‌شده با Segmentbook');
	// Self-contained: nothing in the file asks for anything from elsewhere.
	expect(html).not.toMatch(/url\(\s*(?!['"]?(?:data:|#))/i);
	expect(html).not.toMatch(/<(script|link)\b/i);

	await page.getByTestId('language-select').selectOption('vi');
	await settled(page);
	await expect(rfm.getByTestId('rfm-grid-caption')).toContainText('Mỗi ô đếm số người mua');
	await expect(tiers.getByTestId('pareto-headline')).toContainText('khách hàng hàng đầu');
	await expect(tiers.getByTestId('vip-count')).toHaveText(vipsEn.replaceAll(',', '.'));
	await expect(clv.getByTestId('clv-summary')).toContainText('được khớp');
	await shoot(rfm, 'vi-rfm-panel');
	await shoot(tiers, 'vi-tiers');
	await shoot(card, 'vi-personas');
	await shoot(clv, 'vi-clv');
	await shoot(exporter, 'vi-export');

	await page.getByTestId('language-select').selectOption('en');
	await settled(page);
	await expect(card.getByTestId('persona-name-input')).toHaveValue(nameEn);
});
