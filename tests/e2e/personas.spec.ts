import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, sqlRows } from './app';

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

test('persona cards on RFM segments: sizes match SQL, an edited name reaches customers and is kept', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-personas').click();
	const panel = page.getByTestId('cell-personas').getByTestId('personas-panel');
	const card = panel.getByTestId('persona-card').first();
	await expect(card).toBeVisible();
	await expect(panel.getByTestId('personas-lens')).toHaveValue('rfm_segment');
	await expect(panel.getByTestId('personas-caption')).toContainText('two-proportion z-test');

	// The first card is the largest segment: its size and share against a SQL count.
	const segment = (await card.getAttribute('data-segment'))!;
	const autoName = await card.getByTestId('persona-name-input').inputValue();
	expect(autoName.length).toBeGreaterThan(3);
	const size = await card.getByTestId('persona-size').innerText();
	const share = await card.getByTestId('persona-share').innerText();
	const [counted] = await sqlRows(
		page,
		`SELECT count(*) AS n, printf('%.1f %%', 100 * count(*) / (SELECT count(*) FROM customers WHERE rfm_segment IS NOT NULL)) AS share FROM customers WHERE rfm_segment = ${sqlText(segment)}`,
		1
	);
	expect(counted).toEqual([size, share]);
	// The persona column already holds the automatic name.
	const [named] = await sqlRows(
		page,
		`SELECT count(*) AS n FROM customers WHERE persona = ${sqlText(autoName)}`,
		1
	);
	expect(named).toEqual([size]);

	// Edit the name: the card shows it, a reset button appears, customers carries it.
	const edited = 'Our <b>best</b> friends';
	await card.getByTestId('persona-name-input').fill(edited);
	await card.getByTestId('persona-name-input').press('Enter');
	await expect(card.getByTestId('persona-name-reset')).toBeVisible();
	await expect(page.getByTestId('cell-personas').getByTestId('cell-status')).toContainText(
		'Ran in'
	);
	const [renamed] = await sqlRows(
		page,
		`SELECT persona, count(*) AS n FROM customers WHERE rfm_segment = ${sqlText(segment)} GROUP BY ALL`,
		1
	);
	expect(renamed).toEqual([edited, size]);
	// Text from the user stays text.
	await expect(card.locator('b')).toHaveCount(0);

	// A summary edit and its reset.
	const summary = card.getByTestId('persona-summary-input');
	const autoSummary = await summary.inputValue();
	await summary.fill('Our note');
	await summary.blur();
	await expect(card.getByTestId('persona-summary-reset')).toBeVisible();
	await card.getByTestId('persona-summary-reset').click();
	await expect(summary).toHaveValue(autoSummary);

	// Saved with the notebook file...
	const download = page.waitForEvent('download');
	await page.getByTestId('save-notebook').click();
	const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	const cell = saved.cells.find((c: { kind: string }) => c.kind === 'personas');
	expect(cell.options.edits.rfm_segment[segment]).toEqual({ name: edited });

	// ...and kept across a reload (autosave is debounced: give it a moment).
	await page.waitForTimeout(1000);
	await page.reload();
	await expect(page.getByTestId('engine-ready')).toBeVisible();
	const again = page
		.getByTestId('cell-personas')
		.locator(`[data-testid="persona-card"][data-segment="${segment.replaceAll('"', '\\"')}"]`);
	await expect(again.getByTestId('persona-name-input')).toHaveValue(edited);
	await expect(again.getByTestId('persona-size')).toHaveText(size);
	const [kept] = await sqlRows(
		page,
		`SELECT count(*) AS n FROM customers WHERE persona = ${sqlText(edited)}`,
		1
	);
	expect(kept).toEqual([size]);
});
