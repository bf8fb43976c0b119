import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { figure, openApp, reasonCount, recordRequests, sourceCard } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('opens with the demo store, and no request leaves the origin', async ({ page }) => {
	const requests = recordRequests(page);
	await openApp(page);
	for (const name of ['customers.csv', 'transactions.csv', 'events.csv', 'tickets.csv']) {
		const card = sourceCard(page, name);
		await expect(card.getByTestId('quality-report')).toBeVisible();
		const read = await figure(card, 'q-read');
		const kept = await figure(card, 'q-kept');
		const setAside = await figure(card, 'q-set-aside');
		expect(read).toBeGreaterThan(0);
		expect(kept + setAside).toBe(read);
	}
	await expect(sourceCard(page, 'transactions.csv').getByTestId('kind-select')).toHaveValue(
		'transactions'
	);
	expect(requests.offOrigin()).toEqual([]);
});

test('a dropped transactions file replaces the demo and its quality report adds up', async ({
	page
}) => {
	const requests = recordRequests(page);
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	const card = sourceCard(page, 'e2e-orders.csv');
	await expect(card.getByTestId('quality-report')).toBeVisible();
	await expect(page.getByTestId('demo-badge')).toHaveCount(0);
	await expect(page.getByTestId('source-card')).toHaveCount(1);

	// 10 lines: C1003 cancelled, 1004 has no customer, 1005 has quantity 0, 1006 has no
	// readable date; 6 kept, among them one exact duplicate of 1007, kept by default.
	expect(await figure(card, 'q-read')).toBe(10);
	expect(await figure(card, 'q-kept')).toBe(6);
	expect(await reasonCount(card, 'cancelled')).toBe(1);
	expect(await reasonCount(card, 'missing_customer_id')).toBe(1);
	expect(await reasonCount(card, 'non_positive')).toBe(1);
	expect(await reasonCount(card, 'unparsable_date')).toBe(1);
	expect(await figure(card, 'q-duplicates')).toBe(1);
	expect(await figure(card, 'q-customers')).toBe(4);
	await expect(card.getByTestId('q-dates')).toHaveText('2024-01-05 → 2024-05-20');

	// The detected mapping is shown and reads the English aliases.
	const mapping = card.getByTestId('mapping');
	await expect(mapping.locator('tr[data-column="Customer Number"] select')).toHaveValue(
		'customer_id'
	);
	await expect(mapping.locator('tr[data-column="Order Number"] select')).toHaveValue('order_id');
	await expect(mapping.locator('tr[data-column="Unit Price"] select')).toHaveValue('unit_price');

	// One click sets the duplicate aside; the counts still reconcile.
	await card.getByTestId('set-aside-duplicates').check();
	await expect(card.getByTestId('q-kept')).toHaveText('5');
	expect(await reasonCount(card, 'duplicate')).toBe(1);
	expect(await figure(card, 'q-set-aside')).toBe(5);
	expect(requests.offOrigin()).toEqual([]);
});

test('changing a role re-cleans the file and says what is missing', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	const card = sourceCard(page, 'e2e-orders.csv');
	await expect(card.getByTestId('quality-report')).toBeVisible();
	await card.getByText('Column mapping').click();
	await card.locator('tr[data-column="Unit Price"] select').selectOption('ignore');
	await expect(card.getByTestId('mapping-problem').first()).toContainText(
		/quantity and unit price/i
	);
	await card.locator('tr[data-column="Unit Price"] select').selectOption('unit_price');
	await expect(card.getByTestId('mapping-problem')).toHaveCount(0);
	await expect(card.getByTestId('q-kept')).toHaveText('6');
});

test('a header full of SQL is just a name', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-hostile-header.csv'));
	const card = sourceCard(page, 'e2e-hostile-header.csv');
	await expect(card.getByTestId('quality-report')).toBeVisible();
	expect(await figure(card, 'q-read')).toBe(3);
	expect(await figure(card, 'q-kept')).toBe(3);
	expect(await figure(card, 'q-customers')).toBe(2);
	await expect(
		card.getByTestId('mapping').locator('td.name', { hasText: 'DROP TABLE x' })
	).toHaveText('weird "name"; DROP TABLE x; --');
});

test('a file that cannot be read says why, and the rest keeps working', async ({ page }) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles([fixture('e2e-not-a-table.bin'), fixture('e2e-orders.csv')]);
	const bad = sourceCard(page, 'e2e-not-a-table.bin');
	await expect(bad.getByTestId('source-error')).toContainText('e2e-not-a-table.bin');
	await expect(bad.getByTestId('source-error')).toContainText('not read');
	const good = sourceCard(page, 'e2e-orders.csv');
	await expect(good.getByTestId('q-kept')).toHaveText('6');
	await page.getByTestId('load-demo').click();
	await expect(page.getByTestId('quality-report')).toHaveCount(4);
});
