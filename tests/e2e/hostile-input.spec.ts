import { expect, test, type Locator, type Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, recordRequests, sourceCard, sqlRows } from './app';
import {
	addEveryCell,
	downloadEveryExport,
	dropFiles,
	openOffline,
	setRole,
	settled
} from './every-cell';
import { parseCsv } from './csv-text';

// The payloads of tests/fixtures/hostile (see its README): each would set window.__pwned if it
// ever reached the page as markup, a URL or code.
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '"><svg onload=window.__pwned=1>';
const FORMULA = '=HYPERLINK("http://evil.example","x")';
const AMOUNT_HEADER = 'amount"; DROP TABLE x; --';
const NOTE = [
	`# Plan ${SCRIPT}`,
	'',
	`${IMG} <b onmouseover="window.__pwned=1">bold?</b>`,
	'',
	'[a link](javascript:window.__pwned=1) and ![a picture](http://evil.example/p.png)'
].join('\n');

const pwned = (page: Page) =>
	page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Elements that could run or fetch something had markup from the data got through. */
const ACTIVE =
	'img[src="x"], [onerror], [onload], [onmouseover], a[href^="javascript:" i], svg svg[onload]';

/** Saves a rule named like a formula, on the hostile category `__proto__`. */
async function saveHostileRule(page: Page): Promise<void> {
	const panel = page.getByTestId('cell-rules').getByTestId('rules-panel');
	const condition = panel.getByTestId('rule-condition').first();
	await condition.getByTestId('rule-measure').selectOption('category_revenue');
	await condition.getByTestId('rule-category').fill('__proto__');
	await condition.getByTestId('rule-operator').selectOption('>');
	await condition.getByTestId('rule-value').fill('0');
	await expect(panel.getByTestId('rule-live-count')).toContainText('customers');
	await panel.getByTestId('rule-name').fill(FORMULA);
	await panel.getByTestId('rule-save').click();
	await settled(page);
}

/** Breaks the RFM segments down by the attribute whose header is an `<img onerror>` tag. */
async function breakdownByHostileAttribute(page: Page): Promise<Locator> {
	const panel = page.getByTestId('cell-breakdown').getByTestId('breakdown-panel');
	await panel.getByTestId('breakdown-attribute').selectOption(IMG);
	await settled(page);
	await expect(
		panel.locator(`[data-testid="breakdown-row"][data-value="{@html x}"]`)
	).not.toHaveCount(0);
	return panel;
}

test('hostile text in every column and header stays text everywhere, and nothing runs', async ({
	page
}) => {
	test.setTimeout(600_000);
	const requests = recordRequests(page);
	const dialogs: string[] = [];
	page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
	await openApp(page);
	await dropFiles(page, ['hostile/customers.csv', 'hostile/orders.csv']);
	await expect(sourceCard(page, 'customers.csv').getByTestId('q-kept')).toHaveText('38');
	await expect(sourceCard(page, 'orders.csv').getByTestId('q-kept')).toHaveText('126');
	// The hostile amount header is not recognised: a person maps it.
	await setRole(page, 'orders.csv', AMOUNT_HEADER, 'amount');

	// The SQL cell reads the hostile values back as they were written, and shows them as text.
	const [[customers, revenue]] = (await sqlRows(
		page,
		'SELECT count(*), round(sum(monetary)) FROM customers',
		1
	)) as [[string, string]];
	expect(customers).toBe('38');
	expect(Number(revenue.replace(/\D/g, ''))).toBeGreaterThan(0);
	const ids = await sqlRows(
		page,
		"SELECT customer_id FROM customers WHERE customer_id NOT LIKE 'H__' ORDER BY 1",
		4
	);
	expect(ids.flat().sort()).toEqual([SVG, SCRIPT, FORMULA, '__proto__'].sort());

	const exportCell = await addEveryCell(page, NOTE);
	await saveHostileRule(page);
	const breakdown = await breakdownByHostileAttribute(page);
	await expect(page.getByTestId('cell-error')).toHaveCount(0);

	// Data text is shown as text: in the breakdown's labels, the mapping and the persona cards.
	await expect(breakdown.locator('td', { hasText: IMG }).first()).toBeVisible();
	const personas = page.getByTestId('cell-personas');
	await personas.getByRole('spinbutton', { name: /Cards for segments of at least/ }).fill('3');
	await personas.getByRole('spinbutton', { name: /Cards for segments of at least/ }).press('Tab');
	await settled(page);
	await expect(personas.getByTestId('persona-card').first()).toBeVisible();
	await expect(personas.getByText('__proto__').first()).toBeVisible();
	await expect(
		sourceCard(page, 'orders.csv').getByRole('cell', { name: AMOUNT_HEADER })
	).toBeVisible();
	// The note's raw HTML and unsafe link stay text; its picture is not loaded.
	const note = page.getByTestId('cell-note').last().getByTestId('markdown');
	await expect(note.locator('h1')).toHaveText(`Plan ${SCRIPT}`);
	await expect(note).toContainText('<b onmouseover="window.__pwned=1">bold?</b>');
	await expect(note).toContainText('[a link](javascript:window.__pwned=1)');

	// A square's tooltip names the hostile value as text; its member list shows hostile ids.
	const square = breakdown
		.locator(`[data-testid="breakdown-square"][data-value="${IMG.replaceAll('"', '\\"')}"]`)
		.first();
	await square.hover();
	// Plot wraps a long line at a space (a zero-width space marks the break).
	await expect(breakdown.locator('[aria-label="tip"]')).toContainText(
		/<img src=x\W?onerror="window\.__pwned=1">/
	);
	await square.click();
	const members = breakdown.getByTestId('breakdown-members');
	await expect(members.getByTestId('result-row').first()).toBeVisible();

	// Exports: every one downloaded; the CSVs neutralise formulas, the report runs nothing.
	const exports = await downloadEveryExport(page, exportCell);
	const [header, ...records] = parseCsv(exports.customersCsv.text.replace(/^\uFEFF/, ''));
	const id = header!.indexOf('customer_id');
	expect(records.map((r) => r[id])).toContain(`'${FORMULA}`);
	expect(records.map((r) => r[id])).toContain(SCRIPT);
	for (const field of [...header!, ...records.flat()]) expect(field).not.toMatch(/^[=+@\t\r]/);
	for (const field of parseCsv(exports.segmentCsv.text.replace(/^\uFEFF/, '')).flat())
		expect(field).not.toMatch(/^[=+@\t\r]/);
	expect(exports.notebook.text).toContain(JSON.stringify(NOTE).slice(1, -1));
	expect(exports.pipelineSql.text).toContain(`"amount""; DROP TABLE x; --"`);
	const report = exports.report;
	const path = join(tmpdir(), `segmentbook-hostile-${process.pid}.html`);
	await report.file.saveAs(path);
	await checkReport(page, path);

	// Nothing from the data became markup in the page, and nothing ran or left.
	expect(await page.locator(ACTIVE).count()).toBe(0);
	expect(await pwned(page)).toBeUndefined();
	expect(dialogs).toEqual([]);
	expect(requests.offOrigin()).toEqual([]);
});

/** Opens the HTML report from a file in a fresh page: its text is there, nothing runs or loads. */
async function checkReport(page: Page, path: string): Promise<void> {
	const { offline, requests, dialogs, close } = await openOffline(page, path);
	await expect(offline.locator('h1').first()).toBeVisible();
	await expect(offline.getByText(IMG).first()).toBeVisible();
	await expect(offline.locator('h1', { hasText: `Plan ${SCRIPT}` })).toHaveCount(1);
	expect(await offline.locator(`script, button, input, select, ${ACTIVE}`).count()).toBe(0);
	expect(await pwned(offline)).toBeUndefined();
	expect(requests).toEqual([]);
	expect(dialogs).toEqual([]);
	await close();
}
