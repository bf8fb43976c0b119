import { expect, test } from '@playwright/test';
import { openApp } from './app';
import { addCell, settled, shoot } from './i18n-shots';

// The analysis panels in Persian and Vietnamese; with SB_SCREENSHOTS=1 photographed for people.
const PERSIAN_NUMBER = /[۰-۹]/;
const LATIN_DIGIT = /[0-9]/;

test('the cohort, SQL, note and clusters cells speak Persian (digits too) and Vietnamese', async ({
	page
}) => {
	test.setTimeout(300_000);
	await openApp(page);
	const clusters = await addCell(page, 'clusters');
	await expect(clusters.getByTestId('cluster-elbow').locator('svg')).toBeVisible({
		timeout: 120_000
	});
	await settled(page);
	const cohortsEn = await page.getByTestId('cohort-method').innerText();
	expect(cohortsEn).toContain('Customers are grouped by the month of their first order');

	await page.getByTestId('language-select').selectOption('fa');
	await settled(page);

	// Cohorts: the method in Persian, the as-of day and the table's counts in Persian digits.
	const cohorts = page.getByTestId('cell-cohorts');
	await expect(page.getByTestId('cohort-method')).toContainText('هم‌گروه');
	await expect(page.getByTestId('cohort-as-of')).toHaveText(/^۱۴۰[۰-۹]\/[۰-۹]{2}\/[۰-۹]{2}$/);
	await expect(page.getByTestId('cohort-caption')).toContainText('ماندگاری هم‌گروه‌ها');
	const sizes = await cohorts.locator('.table tbody td.num').first().textContent();
	expect(sizes).toMatch(PERSIAN_NUMBER);
	expect(sizes).not.toMatch(LATIN_DIGIT);
	await shoot(cohorts, 'fa-cohorts');

	// SQL cell: the run button and row count in Persian.
	const sql = page.getByTestId('cell-sql');
	await expect(sql.getByTestId('run-sql')).toHaveText('اجرا ◂');
	await expect(sql.getByTestId('sql-row-count')).toHaveText('۱۰');
	await expect(sql.getByTestId('sql-meta')).toContainText('سطر');
	await expect(sql.getByTestId('result-count')).toHaveText('سطرهای ۱ تا ۱۰ از ۱۰');
	await shoot(sql, 'fa-sql');

	// The add-cell menu says what each kind does, in Persian.
	await page.getByTestId('add-cell').last().click();
	await expect(page.getByTestId('add-cell-clusters')).toContainText('گروه‌های k-means مشتریان');
	await page.getByTestId('add-cell').last().click();
	await expect(page.getByTestId('autosave-status')).toHaveText(/ذخیره/);

	// Clusters: the k note and the profile table in Persian, counts in Persian digits.
	await expect(clusters.getByTestId('cluster-k-note')).toContainText('نمایش');
	await expect(clusters.getByTestId('cluster-k-note')).toContainText(PERSIAN_NUMBER);
	await expect(clusters.getByTestId('cluster-summary')).toContainText('خوشه');
	const total = await clusters.getByTestId('cluster-total').innerText();
	expect(total).toMatch(/^[۰-۹٬]+$/);
	await expect(clusters.getByTestId('cluster-description').first()).not.toHaveText(/[a-z]{4}/);
	await shoot(clusters, 'fa-clusters');

	await page.getByTestId('language-select').selectOption('vi');
	await settled(page);
	await expect(page.getByTestId('cohort-method')).toContainText('Khách hàng được nhóm theo tháng');
	await expect(page.getByTestId('cohort-as-of')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
	await expect(sql.getByTestId('run-sql')).toHaveText('Chạy ▸');
	await expect(clusters.getByTestId('cluster-k-note')).toContainText('Đang hiển thị k =');
	await shoot(cohorts, 'vi-cohorts');
	await shoot(sql, 'vi-sql');
	await shoot(clusters, 'vi-clusters');

	await page.getByTestId('language-select').selectOption('en');
	await expect(page.getByTestId('cohort-method')).toHaveText(cohortsEn);
});

test('a new notebook opened in Persian starts with its title and note in Persian', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('segmentbook.locale', 'fa'));
	await page.goto('./');
	await expect(page.getByTestId('engine-ready')).toBeVisible();
	await expect(page.getByTestId('notebook-title')).toHaveValue('بخش‌بندی مشتریان');
	const note = page.getByTestId('cell-note').first();
	await expect(note).toContainText('فایل‌های مشتری‌تان را روی سلول');
	await expect(note.getByTestId('note-edit')).toHaveText('ویرایش');
	await shoot(note, 'fa-note');
});
