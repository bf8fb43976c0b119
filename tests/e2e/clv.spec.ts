import { expect, test, type Page } from '@playwright/test';
import { addCell, openApp, typeSql } from './app';

/** Runs a one-row, one-column query in a new SQL cell and returns the value as text. */
async function sqlText(page: Page, sql: string): Promise<string> {
	const cell = await addCell(page, 'sql');
	await typeSql(cell, sql);
	await page.keyboard.press('Escape'); // close the completion list, if any
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
	return cell.getByTestId('result-row').first().locator('td').first().innerText();
}

test('predicts lifetime value on the demo store: parameters, holdout checks, churn groups, columns', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openApp(page);
	const cell = await addCell(page, 'clv');
	await cell.scrollIntoViewIfNeeded();

	// The fitted parameters of both fits, with the log-likelihood.
	const params = cell.getByTestId('clv-params');
	await expect(params).toBeVisible({ timeout: 120_000 });
	await expect(cell.getByTestId('cell-status')).toHaveText(/^Ran in/);
	for (const name of ['r', 'α', 'a', 'b', 'p', 'q', 'γ']) {
		const row = params.locator(`[data-testid="clv-param"][data-name="${name}"]`);
		for (const fit of ['clv-param-full', 'clv-param-calibration']) {
			expect(Number((await row.getByTestId(fit).innerText()).replace(/,/g, ''))).toBeGreaterThan(0);
		}
	}
	const ll = params.locator('[data-testid="clv-param"][data-name="BG/NBD log-likelihood"]');
	expect(
		Number((await ll.getByTestId('clv-param-full').innerText()).replace(/,/g, ''))
	).toBeLessThan(0);
	await expect(cell.getByTestId('clv-summary')).toContainText('in weeks');
	await expect(cell.getByTestId('clv-correlation')).toContainText('r = ');

	// The two validation charts, each with its caption.
	const holdout = cell.getByTestId('clv-holdout-chart');
	await expect(holdout.locator('svg').first()).toBeVisible();
	await expect(holdout.locator('[aria-label="dot"] circle')).toHaveCount(16); // 0…7+, two series
	await expect(cell.getByTestId('clv-holdout-totals')).toContainText('actual repeat purchases');
	const cumulative = cell.getByTestId('clv-cumulative-chart');
	await expect(cumulative.locator('[aria-label="line"] path')).toHaveCount(2);
	await expect(cumulative).toContainText('calibration ends ▸ holdout');
	await expect(cell.getByText('Left of the dashed line the model saw the purchases')).toBeVisible();

	// Churn groups and predicted-value tiers with counts.
	const groups = cell.getByTestId('clv-churn-group');
	await expect(groups).toHaveCount(3);
	const panelCounts = await groups.evaluateAll((rows) =>
		rows.map(
			(r) => `${(r as HTMLElement).dataset['risk']}=${(r as HTMLElement).dataset['customers']}`
		)
	);
	await expect(cell.getByTestId('clv-tier')).toHaveCount(3);
	const tierTotal = (
		await cell
			.getByTestId('clv-tier')
			.evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset['customers'])))
	).reduce((a, b) => a + b, 0);
	await page.mouse.move(0, 0);
	await cell.screenshot({ path: '/tmp/clv-panel.png' });

	// `customers` carries the four columns, with the panel's counts.
	const sqlCounts = await sqlText(
		page,
		"SELECT string_agg(churn_risk || '=' || n, ',' ORDER BY CASE churn_risk WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END) FROM (SELECT churn_risk, count(*) AS n FROM customers WHERE churn_risk IS NOT NULL GROUP BY churn_risk)"
	);
	expect(sqlCounts).toBe(panelCounts.join(','));
	const checks = await sqlText(
		page,
		"SELECT count(*) FILTER (WHERE p_alive BETWEEN 0 AND 1) || '/' || count(*) FILTER (WHERE expected_purchases >= 0) || '/' || count(clv) || '/' || count(*) FILTER (WHERE is_prospect AND p_alive IS NULL) || '/' || count(*) FILTER (WHERE is_prospect) FROM customers"
	);
	const [alive, expected, clv, prospectsNull, prospects] = checks.split('/').map(Number);
	expect(alive).toBeGreaterThan(1000);
	expect(expected).toBe(alive);
	expect(clv).toBe(tierTotal);
	expect(prospectsNull).toBe(prospects);
});

test('says why when the data cannot support the model', async ({ page }) => {
	test.setTimeout(180_000);
	await openApp(page);
	// An as-of date one day after the first purchases: every purchase is on a single date.
	const first = await sqlText(
		page,
		"SELECT strftime(CAST(min(order_date) AS DATE) + 1, '%Y-%m-%d') FROM transactions"
	);
	await page.getByTestId('as-of').fill(first);
	const cell = await addCell(page, 'clv');
	await expect(cell.getByTestId('cell-error')).toContainText('Every purchase is on one date', {
		timeout: 120_000
	});
});
