import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { openApp } from './app';

/** Adds a SQL cell at the end, runs `sql` in it and returns its single value as a number. */
async function sqlNumber(page: Page, sql: string): Promise<number> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	const cell = page.getByTestId('cell-sql').last();
	const editor = cell.locator('.cm-content');
	await editor.click();
	await editor.press('ControlOrMeta+a');
	await editor.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape'); // close the completion list, if any
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
	return Number(await cell.getByTestId('result-row').first().locator('td').first().innerText());
}

/**
 * "Revenue in the last 365 days > 1000" in plain SQL, with the window of rules-compile.ts:
 * orders dated on or after as-of − 365 days and before the as-of date, returns excluded.
 */
const plainCount = (asOf: string) =>
	`SELECT count(*) FROM (SELECT customer_id FROM transactions WHERE order_date < DATE '${asOf}' AND order_date >= DATE '${asOf}' - 365 AND is_return IS NOT TRUE AND customer_id IS NOT NULL GROUP BY customer_id HAVING sum(amount) > 1000)`;

/** Clicks a download button and returns the file's bytes. */
async function downloaded(page: Page, button: Locator): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFileSync((await file.path())!);
}

/** The live count once it has settled. */
async function liveCount(panel: Locator): Promise<number> {
	const live = panel.getByTestId('rule-live-count');
	await expect(live).toHaveAttribute('data-state', 'done');
	return Number(await live.getAttribute('data-count'));
}

test('a rule built in the editor counts, saves as a customers column and follows the as-of date', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-rules').click();
	const panel = page.getByTestId('cell-rules').getByTestId('rules-panel');
	await expect(panel.getByTestId('rules-as-of')).toBeVisible();
	const asOf = await panel.getByTestId('rules-as-of').innerText();
	expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

	// A fresh condition has no value yet: the compile error shows in place, saving is off.
	const condition = panel.getByTestId('rule-condition').first();
	await expect(panel.getByTestId('rule-live-count')).toHaveAttribute('data-state', 'error');
	await expect(panel.getByTestId('rule-error')).toContainText('invalid value for revenue');
	await expect(panel.getByTestId('rule-save')).toBeDisabled();

	// revenue in the last 365 days > 1000
	await condition.getByTestId('rule-measure').selectOption('revenue');
	await condition.getByTestId('rule-window').selectOption('last');
	await condition.getByTestId('rule-window-days').fill('365');
	await condition.getByTestId('rule-operator').selectOption('>');
	await condition.getByTestId('rule-value').fill('1000');
	const live = await liveCount(panel);
	await expect(panel.getByTestId('rule-live-count')).toContainText('customers');
	expect(live).toBeGreaterThan(0);
	expect(await sqlNumber(page, plainCount(asOf))).toBe(live);

	// Save it: it becomes a saved segment and a column of customers with the same count.
	await panel.getByTestId('rule-name').fill('Big spenders 365');
	await panel.getByTestId('rule-save').click();
	const segment = panel.locator('[data-testid="rule-segment"][data-name="Big spenders 365"]');
	await expect(segment).toHaveAttribute('data-members', String(live));
	await expect(segment).toContainText('revenue in the last 365 days > $1,000');
	const column = (await segment.getAttribute('data-column'))!;
	expect(column).toBe('rule_big_spenders_365');
	await expect(segment).toContainText(column);
	expect(await sqlNumber(page, `SELECT count(*) FROM customers WHERE "${column}"`)).toBe(live);

	// It is a column of the customers export: in the CSV's header, and true for its members in
	// the Parquet file.
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-export').click();
	const exportCell = page.getByTestId('cell-export');
	await expect(exportCell.getByTestId('export-columns')).toContainText(column);
	const csv = await downloaded(page, exportCell.getByTestId('export-customers-csv'));
	const header = csv
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/, 1)[0]!;
	expect(header.split(',')).toContain(column);
	const parquet = await downloaded(page, exportCell.getByTestId('export-customers-parquet'));
	const records = await parquetReadObjects({
		file: parquet.buffer.slice(
			parquet.byteOffset,
			parquet.byteOffset + parquet.byteLength
		) as ArrayBuffer
	});
	expect(records.filter((r) => r[column] === true)).toHaveLength(live);
	expect(records.filter((r) => r[column] === false)).toHaveLength(records.length - live);

	// Its members are listed.
	await segment.getByTestId('rule-list-members').click();
	await expect(panel.getByTestId('rule-members').getByTestId('result-count')).toHaveAttribute(
		'data-count',
		String(live)
	);

	// Migration from 90 days earlier: entered + stayed = members now.
	const migration = panel.getByTestId('rule-migration');
	await expect(migration.getByTestId('rule-migration-segment')).toHaveValue('Big spenders 365');
	await migration.getByTestId('rule-migration-run').click();
	const changes = migration.getByTestId('rule-migration-change');
	await expect(changes).toHaveCount(3);
	const counts = await changes.evaluateAll((els) =>
		Object.fromEntries(els.map((e) => [e.dataset['change'], Number(e.dataset['count'])]))
	);
	expect(counts['entered']! + counts['stayed']!).toBe(live);
	await page.getByTestId('cell-rules').screenshot({ path: '/tmp/rules-panel.png' });

	// Move the as-of date back: the live count, the segment and the column follow.
	const day = new Date(`${asOf}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - 180);
	const earlier = day.toISOString().slice(0, 10);
	await page.getByTestId('as-of').fill(earlier);
	await expect(panel.getByTestId('rules-as-of')).toHaveText(earlier);
	const before = await sqlNumber(page, plainCount(earlier));
	expect(before).not.toBe(live);
	await expect(panel.getByTestId('rule-live-count')).toHaveAttribute('data-count', String(before));
	await expect(segment).toHaveAttribute('data-members', String(before));
	expect(await sqlNumber(page, `SELECT count(*) FROM customers WHERE "${column}"`)).toBe(before);
});

test('attribute conditions and an OR of an AND group count as plain SQL does', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-rules').click();
	const panel = page.getByTestId('cell-rules').getByTestId('rules-panel');
	await expect(panel.getByTestId('rules-as-of')).toBeVisible();

	// gender = female OR (orders ≥ 5 AND days since last order ≤ 30)
	await panel.getByTestId('rule-combinator').selectOption('or');
	const first = panel.getByTestId('rule-condition').first();
	await first.getByTestId('rule-measure').selectOption('attr:gender');
	await expect(first.getByTestId('rule-operator').locator('option')).toHaveCount(5);
	await first.getByTestId('rule-operator').selectOption('=');
	await first.getByTestId('rule-value').fill(' Female ');
	await panel.getByTestId('rule-add-group').click();
	const group = panel.getByTestId('rule-group');
	await group.getByTestId('rule-measure').selectOption('orders');
	await group.getByTestId('rule-operator').selectOption('>=');
	await group.getByTestId('rule-value').fill('5');
	await group.getByTestId('rule-add-group-condition').click();
	const second = group.getByTestId('rule-condition').nth(1);
	await second.getByTestId('rule-measure').selectOption('days_since_last_order');
	await second.getByTestId('rule-operator').selectOption('<=');
	await second.getByTestId('rule-value').fill('30');
	const live = await liveCount(panel);
	expect(
		await sqlNumber(
			page,
			`SELECT count(*) FROM customers WHERE lower(trim(gender)) = 'female' OR (frequency >= 5 AND recency_days <= 30)`
		)
	).toBe(live);

	// An empty group member shows its compile error in place.
	await second.getByTestId('rule-value').fill('');
	await expect(panel.getByTestId('rule-error')).toContainText('days_since_last_order');
	await expect(panel.getByTestId('rule-save')).toBeDisabled();
});

test('every rules cell adds its segments to customers; a name taken above is said, not added', async ({
	page
}) => {
	await openApp(page);
	const addRules = async () => {
		const before = await page.getByTestId('cell-rules').count();
		await page.getByTestId('add-cell').last().click();
		await page.getByTestId('add-cell-rules').click();
		await expect(page.getByTestId('cell-rules')).toHaveCount(before + 1);
		const panel = page.getByTestId('cell-rules').last().getByTestId('rules-panel');
		await expect(panel.getByTestId('rules-as-of')).toBeVisible();
		return panel;
	};
	const save = async (panel: Locator, name: string) => {
		await panel.getByTestId('rule-name').fill(name);
		await expect(panel.getByTestId('rule-live-count')).toHaveAttribute('data-state', 'done');
		await panel.getByTestId('rule-save').click();
		const segment = panel.locator(`[data-testid="rule-segment"][data-name="${name}"]`);
		await expect(segment).toHaveAttribute('data-members', /\d+/);
		return segment;
	};

	// First cell: "Big spenders" = revenue in the last 365 days > 1000.
	const first = await addRules();
	const one = first.getByTestId('rule-condition').first();
	await one.getByTestId('rule-measure').selectOption('revenue');
	await one.getByTestId('rule-window').selectOption('last');
	await one.getByTestId('rule-window-days').fill('365');
	await one.getByTestId('rule-operator').selectOption('>');
	await one.getByTestId('rule-value').fill('1000');
	const big = await save(first, 'Big spenders');
	const bigCount = Number(await big.getAttribute('data-members'));
	await expect(big).toHaveAttribute('data-column-taken', 'false');

	// Second cell: orders ≥ 5, saved as "big spenders!" (the same column name), then as
	// "Frequent buyers".
	const second = await addRules();
	const two = second.getByTestId('rule-condition').first();
	await two.getByTestId('rule-measure').selectOption('orders');
	await two.getByTestId('rule-operator').selectOption('>=');
	await two.getByTestId('rule-value').fill('5');
	const taken = await save(second, 'big spenders!');
	await expect(taken).toHaveAttribute('data-column', 'rule_big_spenders');
	await expect(taken).toHaveAttribute('data-column-taken', 'true');
	await expect(taken.getByTestId('rule-column-taken')).toContainText('“Big spenders”');
	const frequent = await save(second, 'Frequent buyers');
	await expect(frequent).toHaveAttribute('data-column', 'rule_frequent_buyers');
	await expect(frequent).toHaveAttribute('data-column-taken', 'false');
	const frequentCount = Number(await frequent.getAttribute('data-members'));
	// Counted in its cell all the same.
	expect(Number(await taken.getAttribute('data-members'))).toBe(frequentCount);

	// customers has both cells' columns, the first cell's rule under the shared name.
	expect(await sqlNumber(page, 'SELECT count(*) FROM customers WHERE rule_big_spenders')).toBe(
		bigCount
	);
	expect(await sqlNumber(page, 'SELECT count(*) FROM customers WHERE rule_frequent_buyers')).toBe(
		frequentCount
	);
	expect(await sqlNumber(page, 'SELECT count(*) FROM customers WHERE frequency >= 5')).toBe(
		frequentCount
	);
	expect(
		await sqlNumber(
			page,
			"SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name LIKE 'rule\\_%' ESCAPE '\\'"
		)
	).toBe(2);
	await page.getByTestId('cell-rules').last().screenshot({ path: '/tmp/rules-two-cells.png' });

	// Moved above, the second cell's segment takes the name and the first cell's says so.
	// (Found by name: the panels' own locators follow their place in the notebook.)
	const named = (name: string) => page.locator(`[data-testid="rule-segment"][data-name="${name}"]`);
	await page.getByTestId('cell-rules').last().getByTestId('cell-up').click();
	await expect(named('big spenders!')).toHaveAttribute('data-column-taken', 'false');
	await expect(named('Big spenders')).toHaveAttribute('data-column-taken', 'true');
	await expect(named('Big spenders').getByTestId('rule-column-taken')).toContainText(
		'“big spenders!”'
	);
	expect(await sqlNumber(page, 'SELECT count(*) FROM customers WHERE rule_big_spenders')).toBe(
		frequentCount
	);
});
