import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { figure, openApp, reasonCount, recordRequests, sourceCard } from './app';
import { FA_ORDERS_ROLES } from '../fixtures/fa-orders';

// tests/fixtures/fa-orders.csv is an Iranian export (Persian headers, Persian and Arabic-Indic
// digits, Jalali dates); fa-orders-en.csv holds the same 26 order lines in English with
// Gregorian dates (see tests/fixtures/make-persian-fixtures.mjs and the unit test
// tests/unit/data/persian-data.test.ts, where the figures are worked out).
const FA = 'fa-orders.csv';
const EN = 'fa-orders-en.csv';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function settled(page: Page): Promise<void> {
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('cell-status').filter({ hasText: /Running|Waiting/ })).toHaveCount(
		0
	);
}

/**
 * The customers per RFM segment the page shows once the RFM cell has run on data whose default
 * as-of date is `asOf` (the day after the last order).
 */
async function rfmOnScreen(page: Page, asOf: string): Promise<string[]> {
	const panel = page.getByTestId('cell-rfm').getByTestId('rfm-panel');
	await expect(panel.getByTestId('rfm-as-of')).toHaveAttribute('data-as-of', asOf);
	await settled(page);
	await expect(panel.getByTestId('rfm-segment')).toHaveCount(11);
	return panel
		.getByTestId('rfm-segment')
		.evaluateAll((rows) =>
			rows.map((r) => `${r.getAttribute('data-segment')}: ${r.getAttribute('data-customers')}`)
		);
}

/** The role chosen for each column of a source card's mapping editor. */
async function roles(card: Locator): Promise<Record<string, string>> {
	return card
		.getByTestId('mapping')
		.locator('tr[data-column]')
		.evaluateAll((rows) =>
			Object.fromEntries(
				rows.map((r) => [
					r.getAttribute('data-column'),
					(r.querySelector('[data-testid="role-select"]') as HTMLSelectElement).value
				])
			)
		);
}

test('a Persian export with Jalali dates gives the RFM segments of the same data in English', async ({
	page
}) => {
	const requests = recordRequests(page);
	await openApp(page);

	await page.getByTestId('file-input').setInputFiles(fixture(FA));
	const fa = sourceCard(page, FA);
	await expect(fa.getByTestId('quality-report')).toBeVisible();
	await expect(fa.getByTestId('kind-select')).toHaveValue('transactions');
	await fa.getByText('Column mapping').click();
	expect(await roles(fa)).toEqual(FA_ORDERS_ROLES);
	const dateFormat = fa.getByTestId('date-format-select');
	await expect(dateFormat).toHaveValue('jalali');
	const notes = fa.getByTestId('format-note');
	await expect(notes.filter({ hasText: 'Jalali' })).toContainText(
		'“تاریخ سفارش”: dates read as Jalali (Solar Hijri) and converted to Gregorian'
	);
	const digits = notes.filter({ hasText: 'Arabic-Indic' });
	await expect(digits).toContainText('۱۲۳ and 123 are the same customer id');
	await expect(digits).toContainText(
		'in “شماره سفارش”, “کد مشتری”, “تاریخ سفارش”, “تعداد”, “مبلغ کل”.'
	);
	// 1402/01/15 is 2023-04-04 and 1403/02/28 is 2024-05-17; 1402/07/31 does not exist.
	await expect(fa.getByTestId('q-dates')).toHaveText('2023-04-04 → 2024-05-17');
	expect(await figure(fa, 'q-read')).toBe(26);
	expect(await figure(fa, 'q-kept')).toBe(23);
	expect(await figure(fa, 'q-customers')).toBe(9);
	expect(await reasonCount(fa, 'unparsable_date')).toBe(1);
	expect(await reasonCount(fa, 'missing_customer_id')).toBe(1);
	expect(await reasonCount(fa, 'non_positive')).toBe(1);
	const persian = await rfmOnScreen(page, '2024-05-18');
	// 9 buyers in several segments, so equal counts below say something.
	expect(persian.filter((s) => !s.endsWith(': 0')).length).toBeGreaterThan(3);

	// Told the dates are Gregorian year/month/day, the file is read as the years 1402–1403.
	await dateFormat.selectOption('ymd');
	await expect(fa.getByTestId('q-dates')).toHaveText('1402-01-15 → 1403-02-28');
	await expect(page.getByTestId('rfm-as-of')).toHaveAttribute('data-as-of', '1403-03-01');
	await expect(notes.filter({ hasText: 'Jalali' })).toHaveCount(0);
	await dateFormat.selectOption('jalali');
	await expect(fa.getByTestId('q-dates')).toHaveText('2023-04-04 → 2024-05-17');
	expect(await rfmOnScreen(page, '2024-05-18')).toEqual(persian);

	await fa.getByRole('button', { name: `Remove ${FA}` }).click();
	await expect(fa).toHaveCount(0);
	await settled(page);
	// With no orders left there is nothing to score: the English file's figures are its own.
	await expect(page.getByTestId('cell-rfm').getByTestId('rfm-segment')).toHaveCount(0);
	await page.getByTestId('file-input').setInputFiles(fixture(EN));
	const en = sourceCard(page, EN);
	await expect(en.getByTestId('quality-report')).toBeVisible();
	await expect(en.getByTestId('q-dates')).toHaveText('2023-04-04 → 2024-05-17');
	expect(await figure(en, 'q-kept')).toBe(23);
	expect(await figure(en, 'q-customers')).toBe(9);
	expect(await rfmOnScreen(page, '2024-05-18')).toEqual(persian);
	expect(requests.offOrigin()).toEqual([]);
});
