import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openApp, sourceCard } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The KPI card of `key` in the first KPIs cell. */
function kpi(page: Page, key: string): Locator {
	return page.getByTestId('cell-kpis').first().locator(`[data-testid="kpi"][data-kpi="${key}"]`);
}

async function kpiValue(page: Page, key: string): Promise<string> {
	return kpi(page, key).getByTestId('kpi-value').innerText();
}

async function addSqlCell(page: Page): Promise<Locator> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	return page.getByTestId('cell-sql').last();
}

async function runSql(cell: Locator, sql: string): Promise<string[]> {
	const editor = cell.locator('.cm-content');
	await editor.click();
	await editor.press('ControlOrMeta+a');
	await editor.press('Delete');
	await cell.page().keyboard.type(sql);
	await cell.page().keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
	return cell.getByTestId('result-row').first().locator('td').allInnerTexts();
}

test('the KPIs of a dropped file match a hand computation', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	const panel = page.getByTestId('cell-kpis').first().getByTestId('kpis-panel');
	// The last order is dated 2024-05-20: the as-of date is the day after.
	await expect(panel.getByTestId('kpi-as-of')).toHaveText('2024-05-21');

	// Kept lines (see ingest.spec.ts), amount = quantity × unit price:
	//   1001 A1: 2 × 10.00 + 1 × 5.50 = 25.50
	//   1002 A2: 1 × 20.00            = 20.00
	//   1007 A4: 3 × 4.00, twice (the exact duplicate is kept by default) = 24.00
	//   1008 A5: 1 × 99.99            = 99.99
	// 4 buyers, 4 orders, revenue 169.49, average order value 169.49 / 4 = 42.3725.
	await expect(kpi(page, 'buyers').getByTestId('kpi-value')).toHaveText('4');
	expect(await kpiValue(page, 'orders')).toBe('4');
	expect(await kpiValue(page, 'revenue')).toBe('$169.49');
	expect(await kpiValue(page, 'avg_order_value')).toBe('$42.37');
	expect(await kpiValue(page, 'customers')).toBe('4');
	expect(await kpiValue(page, 'orders_per_customer')).toBe('1');
	expect(await kpiValue(page, 'repeat_rate')).toBe('0.0 %');
	// ceil(20 % × 4) = 1 buyer, A5: 99.99 / 169.49 = 59.0 %.
	expect(await kpiValue(page, 'top_revenue_share')).toBe('59.0 %');
	await expect(kpi(page, 'revenue').getByTestId('kpi-how')).toContainText('before the as-of date');

	// No customer file and no tickets: both KPIs say why they are not shown.
	await expect(kpi(page, 'conversion_rate').getByTestId('kpi-missing')).toContainText(
		'no customer file'
	);
	await expect(kpi(page, 'avg_satisfaction').getByTestId('kpi-missing')).toContainText(
		'satisfaction score'
	);
});

test('with the demo, buyers agree with plain SQL and the options re-run the cell', async ({
	page
}) => {
	await openApp(page);
	const cell = page.getByTestId('cell-kpis').first();
	const panel = cell.getByTestId('kpis-panel');
	await expect(kpi(page, 'buyers').getByTestId('kpi-value')).toHaveText(/^[\d,]+$/);
	const asOf = await panel.getByTestId('kpi-as-of').innerText();
	expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

	await cell.scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/kpis-panel-page.png', fullPage: false });
	await cell.screenshot({ path: '/tmp/kpis-panel.png' });

	// Plain SQL over the same page's data. Buyers are customers with an order before the as-of
	// date; the KPI leaves out return lines, and the demo has one-order customers whose whole
	// order came back: the literal count exceeds the KPI by exactly those.
	const sql = await addSqlCell(page);
	const before = `order_date < DATE '${asOf}'`;
	const counts = (
		await runSql(
			sql,
			`SELECT (SELECT count(DISTINCT customer_id) FROM transactions WHERE ${before}),
  (SELECT count(DISTINCT customer_id) FROM transactions WHERE ${before} AND is_return IS NOT TRUE),
  (SELECT count(*) FROM (SELECT customer_id FROM transactions WHERE ${before}
    GROUP BY customer_id HAVING bool_and(is_return IS TRUE)))`
		)
	).map(Number);
	expect(counts).toHaveLength(3);
	const [all = NaN, nonReturn = NaN, returnsOnly = NaN] = counts;
	const shown = Number((await kpiValue(page, 'buyers')).replaceAll(',', ''));
	expect(shown).toBe(nonReturn);
	expect(shown).toBe(all - returnsOnly);
	expect(shown).toBeGreaterThan(1000);
	// The demo has a customer file with prospects and scored tickets: both KPIs are shown.
	await expect(kpi(page, 'conversion_rate').getByTestId('kpi-value')).toHaveText(/^\d+\.\d %$/);
	await expect(kpi(page, 'avg_satisfaction').getByTestId('kpi-value')).toHaveText(/^\d(\.\d+)?$/);

	// A 30-day window: the loyalty note spells out both windows ending the day before as-of.
	await cell.getByTestId('kpi-window-days').selectOption('30');
	const note = cell.getByTestId('kpi-group-note');
	await expect(note).toContainText('W = 30 days');
	const day = (shift: number) =>
		new Date(Date.parse(`${asOf}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
	await expect(note).toContainText(`${day(-60)} → ${day(-31)}`);
	await expect(note).toContainText(`${day(-30)} → ${day(-1)}`);

	// Another length, typed in.
	await cell.getByTestId('kpi-window-days').selectOption('other');
	await cell.getByTestId('kpi-window-custom').fill('45');
	await cell.getByTestId('kpi-window-custom').press('Enter');
	await expect(note).toContainText('W = 45 days');

	// The top share follows its option, in the label and the definition.
	await cell.getByTestId('kpi-top-percent').fill('10');
	await cell.getByTestId('kpi-top-percent').press('Enter');
	const top = kpi(page, 'top_revenue_share');
	await expect(top.locator('h4')).toHaveText('Revenue from the top 10 %');
	await expect(top.getByTestId('kpi-how')).toContainText('10 % of buyers');
	await cell.getByTestId('kpi-top-percent').fill('0');
	await cell.getByTestId('kpi-top-percent').press('Enter');
	await expect(cell.getByTestId('kpi-option-problem')).toContainText('1 to 100');
	await expect(top.locator('h4')).toHaveText('Revenue from the top 10 %');
});
