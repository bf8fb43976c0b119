import { expect, type Locator, type Page } from '@playwright/test';

/** Records every request the page makes; `offOrigin()` lists those that left the page's origin. */
export function recordRequests(page: Page) {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return {
		urls,
		offOrigin(): string[] {
			const origin = new URL(page.url()).origin;
			return urls.filter((url) => {
				const parsed = new URL(url);
				if (parsed.protocol === 'blob:' || parsed.protocol === 'data:') return false;
				return parsed.origin !== origin;
			});
		}
	};
}

/** Opens the app and waits until the engine is ready and the demo data is loaded. */
export async function openApp(page: Page, path = './'): Promise<void> {
	await page.goto(path);
	await expect(page.getByTestId('engine-ready')).toBeVisible();
	await expect(page.getByTestId('demo-badge')).toBeVisible();
	await expect(page.getByTestId('quality-report')).toHaveCount(4);
	await expect(page.getByTestId('progress')).toHaveCount(0);
	// The analysis cells run after the data (KPIs first): wait until none is running or queued.
	await expect(page.getByTestId('cell-kpis').getByTestId('cell-status')).toContainText('Ran in');
	await expect(page.getByTestId('cell-status').filter({ hasText: /Running|Waiting/ })).toHaveCount(
		0
	);
}

/** The source card of a file, by its name. */
export function sourceCard(page: Page, fileName: string): Locator {
	return page.locator(
		`[data-testid="source-card"][data-file="${fileName.replaceAll('"', '\\"')}"]`
	);
}

/** Reads a figure of a quality report as a number ("1,234" → 1234). */
export async function figure(card: Locator, testId: string): Promise<number> {
	const text = await card.getByTestId(testId).first().innerText();
	return Number(text.replace(/[^\d.-]/g, ''));
}

/** The count shown for one set-aside reason, or 0 when the reason is not listed. */
export async function reasonCount(card: Locator, reason: string): Promise<number> {
	const row = card.locator(`[data-testid="q-reason"][data-reason="${reason}"]`);
	if ((await row.count()) === 0) return 0;
	return Number((await row.getByTestId('q-reason-count').innerText()).replace(/[^\d]/g, ''));
}

/** Replaces the text of a SQL cell's editor with `sql`, typed as a person would. */
export async function typeSql(cell: Locator, sql: string): Promise<void> {
	const editor = cell.locator('.cm-content');
	await editor.click();
	await editor.press('ControlOrMeta+a');
	await editor.press('Delete');
	await cell.page().keyboard.type(sql);
}

/** Adds a SQL cell at the end, runs `sql` and returns its rows as text (`rows` expected). */
export async function sqlRows(page: Page, sql: string, rows: number): Promise<string[][]> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(cell, sql);
	await page.keyboard.press('Escape'); // close the completion list, if any
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count').or(cell.getByTestId('cell-error'))).toBeVisible();
	if (await cell.getByTestId('cell-error').isVisible()) {
		throw new Error(`${sql}: ${await cell.getByTestId('cell-error').innerText()}`);
	}
	await expect(cell.getByTestId('sql-row-count')).toHaveText(String(rows));
	// The count shows before the first page of rows is drawn, and a cell re-run by a change
	// elsewhere redraws its table: read until the rows are there.
	const read = () =>
		cell
			.getByTestId('result-row')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
			);
	let found: string[][] = [];
	await expect
		.poll(async () => {
			found = await read();
			return found.length > 0 || rows === 0;
		})
		.toBe(true);
	return found;
}

/** Adds a cell of `kind` at the end from the add-cell menu and returns it. */
export async function addCell(page: Page, kind: string): Promise<Locator> {
	const before = await page.getByTestId(`cell-${kind}`).count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId(`add-cell-${kind}`).click();
	await expect(page.getByTestId(`cell-${kind}`)).toHaveCount(before + 1);
	return page.getByTestId(`cell-${kind}`).last();
}
