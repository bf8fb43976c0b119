import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openApp, sourceCard } from './app';
import { addCell, settled, shoot } from './i18n-shots';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

// The lifecycle, breakdown, rules and behaviour cells in Persian and Vietnamese.
const PERSIAN_NUMBER = /[۰-۹]/;
const LATIN_DIGIT = /[0-9]/;

test('the lifecycle and breakdown cells speak Persian (digits too) and Vietnamese', async ({
	page
}) => {
	test.setTimeout(300_000);
	await openApp(page);
	const lifecycle = await addCell(page, 'lifecycle');
	await expect(lifecycle.getByTestId('lifecycle-stage')).toHaveCount(7);
	const breakdown = await addCell(page, 'breakdown');
	await expect(breakdown.getByTestId('breakdown-row').first()).toBeVisible();
	await settled(page);
	const churnedEn = await lifecycle
		.locator('[data-testid="lifecycle-stage"][data-stage="churned"]')
		.getAttribute('data-customers');

	await page.getByTestId('language-select').selectOption('fa');
	await settled(page);

	// Lifecycle: stage names, definitions and the flow in Persian; counts in Persian digits.
	await expect(lifecycle.getByTestId('lifecycle-precedence')).toHaveText(
		'بالقوه ← ریزش‌کرده ← تازه ← رو به ریزش ← وفادار ← تکرارکننده ← فعال'
	);
	await expect(lifecycle.getByTestId('lifecycle-definitions')).toContainText(
		'در ۱۸۰ روز گذشته سفارشی نداده است.'
	);
	const churned = lifecycle.locator('[data-testid="lifecycle-stage"][data-stage="churned"]');
	await expect(churned.getByTestId('lifecycle-stage-list')).toHaveText('ریزش‌کرده');
	const churnedCount = await churned.locator('td.num').first().innerText();
	expect(churnedCount).toMatch(PERSIAN_NUMBER);
	expect(churnedCount).not.toMatch(LATIN_DIGIT);
	// The same number, in Persian digits.
	const western = churnedCount.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
	expect(western.replace(/٬/g, '')).toBe(churnedEn);
	await expect(lifecycle.getByTestId('lifecycle-flow')).toContainText('جریان میان مراحل');
	await expect(lifecycle.getByTestId('lifecycle-transitions')).toContainText('جمع در ۱۴۰');
	await expect(lifecycle.getByTestId('lifecycle-flow-chart')).toContainText('مرحله در');
	await expect(lifecycle.getByTestId('lifecycle-apply')).toHaveText('اعمال');
	await shoot(lifecycle, 'fa-lifecycle');

	// Breakdown: caption, heading, bands and table in Persian; RFM segments by their Persian names.
	await expect(breakdown.getByTestId('breakdown-caption')).toContainText('همهٔ مشتریان شناخته');
	await expect(breakdown.getByTestId('breakdown-as-of')).toHaveText(
		/^۱۴۰[۰-۹]\/[۰-۹]{2}\/[۰-۹]{2}$/
	);
	await expect(breakdown.getByTestId('breakdown-bands-text')).toContainText('مقدار رایج‌تر');
	await expect(breakdown.locator('h4').first()).toContainText('شاخص نسبت به پایه');
	const head = await breakdown.getByTestId('breakdown-table').locator('thead').innerText();
	expect(head).toContain('سهم در بخش');
	const firstCount = await breakdown.getByTestId('breakdown-row').first().locator('td.num').first();
	await expect(firstCount).toHaveText(/^[۰-۹٬]+$/);
	await expect(breakdown.getByTestId('breakdown-chart')).toContainText('شاخص نسبت به پایه');
	await shoot(breakdown, 'fa-breakdown');

	// Every chart's table view is offered in Persian too.
	await expect(page.getByTestId('figure-table-toggle').first()).toHaveText('نمایش به صورت جدول');

	// The world map of a country breakdown: heading and caption in Persian.
	await breakdown.getByTestId('breakdown-attribute').selectOption('country');
	const map = breakdown.getByTestId('breakdown-map');
	await expect(map.getByTestId('map-country').first()).toBeVisible({ timeout: 60_000 });
	await expect(map.locator('h4')).toContainText('روی نقشهٔ جهان');
	await expect(map.getByTestId('breakdown-map-caption')).toContainText('سهم هر کشور');
	await expect(map.getByTestId('breakdown-map-caption')).toContainText(PERSIAN_NUMBER);
	await shoot(map, 'fa-breakdown-map');
	await breakdown.getByTestId('breakdown-attribute').selectOption('gender');
	await expect(breakdown.getByTestId('breakdown-map')).toHaveCount(0);
	await settled(page);

	await page.getByTestId('language-select').selectOption('vi');
	await settled(page);
	await expect(lifecycle.getByTestId('lifecycle-definitions')).toContainText(
		'Không có đơn nào trong 180 ngày gần nhất.'
	);
	await expect(churned.getByTestId('lifecycle-stage-list')).toHaveText('đã rời bỏ');
	await expect(lifecycle.getByTestId('lifecycle-flow')).toContainText(
		'Dịch chuyển giữa các giai đoạn'
	);
	await shoot(lifecycle, 'vi-lifecycle');
	await expect(breakdown.getByTestId('breakdown-caption')).toContainText('Mọi khách hàng đã biết');
	await expect(breakdown.getByTestId('breakdown-table').locator('thead')).toContainText(
		'Tỷ lệ trong phân khúc'
	);
	await shoot(breakdown, 'vi-breakdown');

	// Back in English, the texts the other specs read are there again.
	await page.getByTestId('language-select').selectOption('en');
	await expect(lifecycle.getByTestId('lifecycle-precedence')).toContainText(
		'prospect → churned → new'
	);
	await expect(breakdown.getByTestId('breakdown-bands-text')).toContainText('most common');
});

test('the rules cell speaks Persian: editor, live count, saved segment and migration', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openApp(page);
	const cell = await addCell(page, 'rules');
	const panel = cell.getByTestId('rules-panel');
	await settled(page);
	await page.getByTestId('language-select').selectOption('fa');
	await settled(page);
	await expect(panel.getByTestId('rules-as-of')).toHaveText(/^۱۴۰[۰-۹]\/[۰-۹]{2}\/[۰-۹]{2}$/);
	await expect(panel.locator('.intro')).toContainText('یک بخش را از شرط‌هایی روی سنجه‌ها');

	// درآمد در ۳۶۵ روز گذشته > ۱۰۰۰
	const condition = panel.getByTestId('rule-condition').first();
	await condition.getByTestId('rule-measure').selectOption('revenue');
	await expect(condition.getByTestId('rule-measure').locator('option[value="revenue"]')).toHaveText(
		'درآمد'
	);
	await condition.getByTestId('rule-window').selectOption('last');
	await condition.getByTestId('rule-window-days').fill('365');
	await condition.getByTestId('rule-operator').selectOption('>');
	await condition.getByTestId('rule-value').fill('1000');
	const live = panel.getByTestId('rule-live-count');
	await expect(live).toHaveAttribute('data-state', 'done');
	await expect(live).toContainText('مشتری');
	await expect(live.locator('strong')).toHaveText(/^[۰-۹٬]+$/);
	await panel.getByTestId('rule-name').fill('پرخرج‌ها');
	await panel.getByTestId('rule-save').click();
	const segment = panel.getByTestId('rule-segment').first();
	await expect(segment.locator('.rule')).toContainText('درآمد در ۳۶۵ روز گذشته');
	await expect(segment.getByTestId('rule-list-members')).toHaveText('فهرست اعضا');
	await expect(panel.getByTestId('rule-migration')).toContainText('جابه‌جایی میان دو تاریخ مبنا');
	await settled(page);
	await shoot(cell, 'fa-rules');
	await page.getByTestId('language-select').selectOption('vi');
	await expect(segment.locator('.rule')).toContainText('doanh thu trong 365 ngày gần nhất');
	await shoot(cell, 'vi-rules');
});

test('the behaviour cell speaks Persian: groups, rules, affinity and why a feature is missing', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openApp(page);
	const cell = await addCell(page, 'behaviour');
	const panel = cell.getByTestId('behaviour-panel');
	await expect(panel.getByTestId('behaviour-dimension').first()).toBeVisible({ timeout: 120_000 });
	await settled(page);
	await page.getByTestId('language-select').selectOption('fa');
	await settled(page);
	await expect(panel.getByTestId('behaviour-as-of')).toContainText('خریدار');
	const groups = panel.locator(
		'[data-testid="behaviour-dimension"][data-dimension="behaviour_group"]'
	);
	await expect(groups.locator('h4')).toHaveText('گروه رفتاری');
	const returner = groups.locator('[data-testid="behaviour-value"][data-value="returner"]');
	await expect(returner.getByTestId('behaviour-value-open')).toHaveText('مرجوع‌کنندگان');
	await expect(returner).toHaveAttribute('title', /سطرهای سفارششان مرجوع شده است/);
	await expect(returner.locator('td.num').first()).toHaveText(/^[۰-۹٬]+$/);
	await expect(panel.getByTestId('affinity-section').locator('h4').first()).toHaveText(
		'وابستگی به کالاها'
	);
	await expect(panel.getByTestId('affinity-mix')).toContainText('خریدار تک‌دسته');
	await shoot(cell, 'fa-behaviour');
	await page.getByTestId('language-select').selectOption('vi');
	await expect(groups.locator('h4')).toHaveText('Nhóm hành vi');
	await shoot(cell, 'vi-behaviour');

	// A file without discounts: the reason, written in English by the data layer, reads in Persian.
	await page.getByTestId('language-select').selectOption('en');
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await settled(page);
	await page.getByTestId('language-select').selectOption('fa');
	const seeker = panel.locator('[data-testid="behaviour-missing"][data-feature="discount_seeker"]');
	await expect(seeker).toHaveText('تخفیف‌جویان: به ستون تخفیف در تراکنش‌ها نیاز دارد.');
});
