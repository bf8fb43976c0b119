import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openApp, recordRequests, sourceCard, typeSql } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function addSqlCell(page: Page): Promise<Locator> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	return page.getByTestId('cell-sql').last();
}

async function dropOrders(page: Page): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
}

test('a SQL cell runs with Shift+Enter and shows the right row count', async ({ page }) => {
	const requests = recordRequests(page);
	await openApp(page);
	await dropOrders(page);
	const cell = await addSqlCell(page);
	await typeSql(cell, 'SELECT customer_id, sum(amount) AS revenue FROM transactions GROUP BY ALL');
	await page.keyboard.press('Shift+Enter');
	// Kept lines belong to A1, A2, A4 and A5.
	await expect(cell.getByTestId('sql-row-count')).toHaveText('4');
	await expect(cell.getByTestId('result-row')).toHaveCount(4);
	expect(requests.offOrigin()).toEqual([]);
});

test('a failing SQL cell shows DuckDB’s message and the rest still works', async ({ page }) => {
	await openApp(page);
	const bad = await addSqlCell(page);
	await typeSql(bad, 'SELECT no_such_column FROM transactions');
	await page.keyboard.press('Shift+Enter');
	await expect(bad.getByTestId('cell-error')).toContainText('no_such_column');
	const good = await addSqlCell(page);
	await typeSql(good, 'SELECT count(DISTINCT customer_id) AS buyers FROM transactions');
	await page.keyboard.press('Shift+Enter');
	await expect(good.getByTestId('sql-row-count')).toHaveText('1');
	await expect(good.getByTestId('cell-error')).toHaveCount(0);
});

test('cells move, get deleted, and the notebook comes back after a reload', async ({ page }) => {
	await openApp(page);
	const first = await addSqlCell(page);
	await typeSql(first, 'SELECT 1 AS one');
	await page.keyboard.press('Shift+Enter');
	const second = await addSqlCell(page);
	await typeSql(second, 'SELECT 2 AS two');
	await page.keyboard.press('Shift+Enter');
	await expect(second.getByTestId('sql-row-count')).toHaveText('1');

	const cells = page.locator('[data-testid^="cell-"][data-cell-id]');
	const kinds = async () =>
		(await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))) as string[];
	const countBefore = (await kinds()).length;
	await second.getByTestId('cell-up').click();
	await expect(page.getByTestId('cell-sql').last().locator('.cm-content')).toContainText(
		'SELECT 1'
	);
	await page.getByTestId('cell-sql').last().getByTestId('cell-delete').click();
	expect((await kinds()).length).toBe(countBefore - 1);
	await page.getByTestId('notebook-title').fill('Client A — first look');
	await page.getByTestId('notebook-title').press('Tab');

	// Autosave is debounced; give it a moment, then reload.
	await page.waitForTimeout(1000);
	await page.reload();
	await expect(page.getByTestId('engine-ready')).toBeVisible();
	await expect(page.getByTestId('notebook-title')).toHaveValue('Client A — first look');
	expect((await kinds()).length).toBe(countBefore - 1);
	await expect(page.getByTestId('cell-sql').last().locator('.cm-content')).toContainText(
		'SELECT 2'
	);
});

test('a saved notebook reopens in a fresh page and re-runs on dropped data', async ({
	page,
	browser
}) => {
	await openApp(page);
	await dropOrders(page);
	const cell = await addSqlCell(page);
	await typeSql(cell, 'SELECT order_id FROM transactions');
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('6');
	const download = page.waitForEvent('download');
	await page.getByTestId('save-notebook').click();
	const saved = await (await download).path();
	expect(saved).toBeTruthy();

	const fresh = await (await browser.newContext()).newPage();
	await openApp(fresh);
	await fresh.getByTestId('open-notebook-input').setInputFiles({
		name: 'client.segmentbook.json',
		mimeType: 'application/json',
		buffer: (await import('node:fs')).readFileSync(saved!)
	});
	await expect(fresh.getByTestId('expected-files')).toContainText('e2e-orders.csv');
	await dropOrders(fresh);
	await expect(fresh.getByTestId('cell-sql').last().getByTestId('sql-row-count')).toHaveText('6');
	await fresh.context().close();
});

test('a bad notebook file is refused with a clear message', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('open-notebook-input').setInputFiles({
		name: 'broken.segmentbook.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "segmentbook-notebook", "version": 99}')
	});
	await expect(page.getByTestId('notice')).toContainText('broken.segmentbook.json');
	await expect(page.getByTestId('notice')).toContainText('newer');
	await expect(page.getByTestId('cell-data')).toBeVisible();
});

test('a note renders Markdown as text, never as HTML', async ({ page }) => {
	let alerted = false;
	page.on('dialog', async (dialog) => {
		alerted = true;
		await dialog.dismiss();
	});
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-note').click();
	const note = page.getByTestId('cell-note').last();
	await note.getByTestId('note-edit').click();
	await note.getByTestId('note-editor').fill('# Findings\n\n<img src=x onerror=alert(1)> **bold**');
	await note.getByText('Done').click();
	await expect(note.getByTestId('markdown').locator('h1')).toHaveText('Findings');
	await expect(note.getByTestId('markdown')).toContainText('<img src=x onerror=alert(1)>');
	await expect(note.locator('img')).toHaveCount(0);
	expect(alerted).toBe(false);
});
