import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { openApp, recordRequests, sourceCard, typeSql } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('a share link carries the method, never the data, and asks for the files', async ({
	page,
	browser
}) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await page.getByTestId('notebook-title').fill('Method for client B');
	await page.getByTestId('notebook-title').press('Tab');
	await page.getByTestId('share-link').click();
	const url = await page.getByTestId('share-url').inputValue();
	expect(url).toContain('#nb=');
	// The link holds the file's name and mapping, but none of its values.
	const method = inflateRawSync(Buffer.from(url.split('#nb=')[1]!, 'base64url')).toString();
	expect(method).toContain('e2e-orders.csv');
	expect(method).toContain('Customer Number');
	for (const value of ['A1', 'A5', '99.99', '2024-05-20']) expect(method).not.toContain(value);

	const other = await (await browser.newContext()).newPage();
	const requests = recordRequests(other);
	await other.goto(url);
	await expect(other.getByTestId('engine-ready')).toBeVisible();
	await expect(other.getByTestId('notebook-title')).toHaveValue('Method for client B');
	await expect(other.getByTestId('expected-files')).toContainText('e2e-orders.csv');
	await other.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(other, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	expect(requests.offOrigin()).toEqual([]);
	await other.context().close();
});

test('kept data comes back after a reload, and "forget everything" clears it', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('keep-data').check();
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await page.waitForTimeout(1000);
	await page.reload();
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await expect(page.getByTestId('keep-data')).toBeChecked();

	await page.getByTestId('forget-everything').click();
	await expect(page.getByTestId('demo-badge')).toBeVisible();
	await expect(page.getByTestId('keep-data')).not.toBeChecked();
	await page.waitForTimeout(1000);
	await page.reload();
	await expect(page.getByTestId('demo-badge')).toBeVisible();
	await expect(sourceCard(page, 'e2e-orders.csv')).toHaveCount(0);
});

test('without kept data, a reload asks for the files by name', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await page.waitForTimeout(1000);
	await page.reload();
	await expect(page.getByTestId('expected-files')).toContainText('e2e-orders.csv');
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await expect(page.getByTestId('expected-files')).toHaveCount(0);
});

test('a long query can be cancelled, and the notebook keeps working', async ({ page }) => {
	await openApp(page);
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(cell, 'SELECT count(*) FROM range(4000000000) a(x) WHERE x % 7 = 3');
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('cell-status')).toHaveText('Running…');
	await expect(page.getByTestId('cancel-run')).toBeVisible();
	await page.getByTestId('cancel-run').click();
	await expect(cell.getByTestId('cell-error')).toContainText(/cancel/i);
	await typeSql(cell, 'SELECT 42 AS answer');
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
});

test('moving the as-of date back re-runs the cells that read it', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await expect(page.getByTestId('as-of-auto')).toContainText('2024-05-21');
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(cell, 'SELECT customer_id FROM customers WHERE frequency > 0');
	await page.keyboard.press('Shift+Enter');
	// Buyers before 2024-05-21: A1, A2, A4, A5.
	await expect(cell.getByTestId('sql-row-count')).toHaveText('4');
	await page.getByTestId('as-of').fill('2024-03-01');
	// Before 2024-03-01 only A1 (January) and A2 (February) had bought.
	await expect(cell.getByTestId('sql-row-count')).toHaveText('2');
});

test('customers carries the lifecycle, behaviour and category lenses', async ({ page }) => {
	await openApp(page);
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(
		cell,
		`SELECT count(*) FILTER (WHERE lifecycle_stage IS NULL) AS no_stage,
  count(DISTINCT lifecycle_stage) AS stages, count(top_category) AS with_category,
  count(behaviour_group) AS with_group FROM customers`
	);
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
	const cells = cell.getByTestId('result-row').first().locator('td');
	// Every known customer has a stage; the demo has buyers in several stages.
	await expect(cells.nth(0)).toHaveText('0');
	expect(Number(await cells.nth(1).innerText())).toBeGreaterThanOrEqual(4);
	expect(Number((await cells.nth(2).innerText()).replaceAll(',', ''))).toBeGreaterThan(4000);
	expect(Number((await cells.nth(3).innerText()).replaceAll(',', ''))).toBeGreaterThan(4000);
});
