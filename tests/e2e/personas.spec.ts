import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, sqlRows } from './app';

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** Opens the app with the demo data and adds a personas cell; returns its panel. */
async function addPersonasCell(page: Page): Promise<Locator> {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-personas').click();
	return page.getByTestId('cell-personas').getByTestId('personas-panel');
}
/** A count as shown ("2,773") or as a SQL cell shows it ("2773"), as a number. */
const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('persona cards on RFM segments: sizes match SQL, an edited name reaches customers and is kept', async ({
	page
}) => {
	const panel = await addPersonasCell(page);
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
	expect([count(counted![0]!), counted![1]]).toEqual([count(size), share]);
	// The persona column already holds the automatic name.
	const [named] = await sqlRows(
		page,
		`SELECT count(*) AS n FROM customers WHERE persona = ${sqlText(autoName)}`,
		1
	);
	expect(named!.map(count)).toEqual([count(size)]);

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
	expect([renamed![0], count(renamed![1]!)]).toEqual([edited, count(size)]);
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
	expect(kept!.map(count)).toEqual([count(size)]);
});

test('persona cards on lifecycle stages: the persona column follows the lens chosen', async ({
	page
}) => {
	const panel = await addPersonasCell(page);
	await expect(panel.getByTestId('persona-card').first()).toBeVisible();
	await panel.getByTestId('personas-lens').selectOption('lifecycle_stage');
	const card = panel.getByTestId('persona-card').first();
	await expect(panel.getByTestId('personas-caption')).toContainText('lifecycle_stage');
	const stage = (await card.getAttribute('data-segment'))!;
	const name = await card.getByTestId('persona-name-input').inputValue();
	const size = await card.getByTestId('persona-size').innerText();
	const rows = await sqlRows(
		page,
		`SELECT lifecycle_stage, count(*) AS n FROM customers WHERE persona = ${sqlText(name)} GROUP BY ALL`,
		1
	);
	expect(rows.map(([s, n]) => [s, count(n!)])).toEqual([[stage, count(size)]]);
});
