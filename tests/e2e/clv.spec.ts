import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCell, openApp, sqlRows, typeSql } from './app';

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

/** Each churn group's figures as the panel holds them, once its latest run has finished. */
async function churnGroups(cell: Locator) {
	await expect(cell.getByTestId('cell-status')).toHaveText(/^Ran in/, { timeout: 120_000 });
	await expect(cell.locator('.result.stale')).toHaveCount(0);
	return cell.getByTestId('clv-churn-group').evaluateAll((rows) =>
		rows.map((r) => {
			const d = (r as HTMLElement).dataset;
			return {
				risk: d['risk']!,
				customers: Number(d['customers']),
				expected: Number(d['expected']),
				clv: Number(d['clv'])
			};
		})
	);
}

/** The totals of the CLV columns of `customers`, read by a SQL cell. */
async function customerTotals(page: Page) {
	const [row] = await sqlRows(
		page,
		'SELECT sum(expected_purchases) AS e, sum(clv) AS v, count(clv) AS n FROM customers',
		1
	);
	const [expected, clv, withClv] = row!.map((text) => Number(text.replace(/,/g, '')));
	return { expected: expected!, clv: clv!, withClv: withClv! };
}

/** Types a value into a settings field and leaves it, as a person would: the cell re-fits. */
async function setField(settings: Locator, testId: string, value: string) {
	await settings.getByTestId(testId).fill(value);
	await settings.getByTestId(testId).press('Tab');
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
// The SQL cell shows sums rounded for display; the panel holds them in full.
const near = (shown: number, exact: number) =>
	expect(Math.abs(shown - exact)).toBeLessThanOrEqual(Math.max(0.01, Math.abs(exact) * 1e-6));

test('the horizon, CLV months and discount rate the user sets change the panel and customers alike', async ({
	page
}) => {
	test.setTimeout(420_000);
	await openApp(page);
	const cell = await addCell(page, 'clv');
	const settings = cell.getByTestId('clv-settings');
	const before = await churnGroups(cell);
	expect(before.map((g) => g.risk)).toEqual(['high', 'medium', 'low']);
	const start = await customerTotals(page);
	near(start.clv, sum(before.map((g) => g.clv)));
	near(start.expected, sum(before.map((g) => g.expected)));

	// 24 months instead of 12: every group is worth more; P(alive), so the groups, stay put.
	await setField(settings, 'clv-months', '24');
	await expect(cell.getByTestId('clv-summary')).toContainText('(24 months)');
	const longer = await churnGroups(cell);
	expect(longer.map((g) => g.customers)).toEqual(before.map((g) => g.customers));
	longer.forEach((g, i) => expect(g.clv, g.risk).toBeGreaterThan(before[i]!.clv));
	expect(longer.map((g) => g.expected)).toEqual(before.map((g) => g.expected));
	const afterMonths = await customerTotals(page);
	near(afterMonths.clv, sum(longer.map((g) => g.clv)));
	expect(afterMonths.withClv).toBe(start.withClv);

	// 5 % a month instead of 1 %: every group is worth less than at 1 %.
	await setField(settings, 'clv-discount', '5');
	await expect(cell.getByTestId('clv-tiers')).toContainText('discounted by 5 % a month');
	const discounted = await churnGroups(cell);
	discounted.forEach((g, i) => expect(g.clv, g.risk).toBeLessThan(longer[i]!.clv));
	const afterDiscount = await customerTotals(page);
	near(afterDiscount.clv, sum(discounted.map((g) => g.clv)));
	expect(afterDiscount.clv).toBeLessThan(afterMonths.clv);

	// Expected purchases over 180 days instead of 90: more in every group; CLV is unchanged.
	await setField(settings, 'clv-horizon-days', '180');
	await expect(cell.getByTestId('clv-summary')).toContainText('in the next 180 days');
	const horizon = await churnGroups(cell);
	horizon.forEach((g, i) => expect(g.expected, g.risk).toBeGreaterThan(discounted[i]!.expected));
	expect(horizon.map((g) => g.clv)).toEqual(discounted.map((g) => g.clv));
	const afterHorizon = await customerTotals(page);
	near(afterHorizon.expected, sum(horizon.map((g) => g.expected)));
	expect(afterHorizon.expected).toBeGreaterThan(afterDiscount.expected);
});
