import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import { openApp, sourceCard } from './app';
import { addEveryCell, dropFiles, fixture, setRole, settled } from './every-cell';

/** The serious and critical violations axe-core finds on the page, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) =>
			v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
		);
}

test('the start page with the demo has no serious or critical violations', async ({ page }) => {
	await openApp(page);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the start page in Persian, right to left, has none either', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('language-select').selectOption('fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
	await settled(page);
	// Every cell's chrome is Persian by now: the first run's status is no longer English.
	await expect(page.getByTestId('cell-kpis').getByTestId('cell-status')).toContainText('اجرا در');
	expect(await seriousViolations(page)).toEqual([]);
});

test('the data cell with its column mapping and quality report has none either', async ({
	page
}) => {
	await openApp(page);
	for (const summary of await page.getByTestId('source-card').locator('summary').all())
		await summary.click();
	await expect(page.getByTestId('mapping').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('a notebook with every kind of cell, and its export cell, has none either', async ({
	page
}) => {
	test.setTimeout(900_000);
	await openApp(page);
	// The hostile files run every kind of cell without an error (once their amount is mapped),
	// and carry long and odd texts into every label.
	await dropFiles(page, ['hostile/customers.csv', 'hostile/orders.csv']);
	await setRole(page, 'orders.csv', 'amount"; DROP TABLE x; --', 'amount');
	const exportCell = await addEveryCell(page, '# Plan\n\nA [link](https://example.org).');
	await expect(page.getByTestId('cell-error')).toHaveCount(0);
	// The charts' text alternative: the RFM grid and the Pareto curve as tables.
	const rfm = page.getByTestId('cell-rfm').first();
	await rfm.getByRole('button', { name: 'Show as table' }).click();
	const grid = rfm.getByTestId('figure-table');
	await expect(grid.getByRole('columnheader', { name: 'Customers' })).toBeVisible();
	const counts = await grid
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => Number(tr.children[2]!.textContent!.replace(/\D/g, ''))));
	const total = await rfm.getByTestId('rfm-grid-total').getAttribute('data-count');
	expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(total));
	const tiers = page.getByTestId('cell-tiers').first();
	await tiers.getByRole('button', { name: 'Show as table' }).click();
	await expect(tiers.getByTestId('figure-table').locator('tbody tr')).toHaveCount(10);
	await expect(tiers.getByTestId('figure-table').locator('tbody tr').last()).toContainText(
		'100.0 %'
	);
	await exportCell.scrollIntoViewIfNeeded();
	expect(await seriousViolations(page)).toEqual([]);
});

test('from the keyboard alone: pick a file, add a cell, run it', async ({ page }) => {
	await openApp(page);
	// Tab until the file picker has focus (it is the drop zone's keyboard way in), then Space.
	// Once in a CI run headless Chromium opened no chooser for the first Space: a person would
	// press it again, and so does the test (from the keyboard still).
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
	let chooser: FileChooser | undefined;
	for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
		for (let i = 0; i < 40 && (await focused()) !== 'file-input'; i++)
			await page.keyboard.press('Tab');
		expect(await focused()).toBe('file-input');
		[chooser] = await Promise.all([
			page.waitForEvent('filechooser', { timeout: 15_000 }).catch(() => undefined),
			page.keyboard.press('Space')
		]);
	}
	if (!chooser) throw new Error('Space on the focused file picker opened no file chooser');
	await chooser.setFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await settled(page);

	// On to the next add-cell button (after the data cell), open its menu, pick KPIs.
	for (let i = 0; i < 200 && (await focused()) !== 'add-cell'; i++)
		await page.keyboard.press('Tab');
	expect(await focused()).toBe('add-cell');
	await page.keyboard.press('Enter');
	for (let i = 0; i < 20 && (await focused()) !== 'add-cell-kpis'; i++)
		await page.keyboard.press('Tab');
	expect(await focused()).toBe('add-cell-kpis');
	const before = await page.getByTestId('cell-kpis').count();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('cell-kpis')).toHaveCount(before + 1);
	// The new cell has the focus; its Run button is a few Tabs on.
	const id = await page.evaluate(() => document.activeElement?.getAttribute('data-cell-id'));
	const cell = page.locator(`[data-cell-id="${id}"]`);
	await expect(cell).toHaveAttribute('data-testid', 'cell-kpis');
	for (let i = 0; i < 20 && (await focused()) !== 'cell-run'; i++) await page.keyboard.press('Tab');
	expect(await focused()).toBe('cell-run');
	await page.keyboard.press('Enter');
	await expect(cell.getByTestId('cell-status')).toContainText('Ran in');
	await expect(cell.getByTestId('cell-error')).toHaveCount(0);
});
