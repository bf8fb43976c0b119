import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, typeSql } from './app';

/** Adds a SQL cell at the end, runs `sql` in it and returns its one result row, column by name. */
async function sqlRow(page: Page, sql: string): Promise<Record<string, number>> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(cell, sql);
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
	const names = await cell.locator('thead th .name').allInnerTexts();
	const values = await cell.getByTestId('result-row').first().locator('td').allInnerTexts();
	return Object.fromEntries(names.map((name, i) => [name, Number(values[i])]));
}

/** The tier rows as the panel reports them in its data attributes. */
async function tierRows(panel: Locator) {
	const rows = panel.getByTestId('tier');
	await expect(rows).toHaveCount(3);
	return rows.evaluateAll((els) =>
		els.map((el) => ({
			tier: el.getAttribute('data-tier'),
			customers: Number(el.getAttribute('data-customers')),
			revenueShare: Number(el.getAttribute('data-revenue-share'))
		}))
	);
}

/**
 * The tiers recomputed from `transactions` by a different route than the app's window sums:
 * for each buyer, the spend of everyone who spent strictly more, by a correlated subquery.
 * Also the share of revenue of the top 20 % (rounded up) of buyers.
 */
function independentSql(asOf: string, high: number, both: number): string {
	return [
		`WITH s AS (SELECT customer_id, sum(amount) AS spend FROM transactions`,
		`WHERE order_date < DATE '${asOf}' AND is_return IS NOT TRUE AND customer_id IS NOT NULL`,
		`GROUP BY customer_id), tot AS (SELECT sum(spend) AS total, count(*) AS n FROM s),`,
		`t AS (SELECT a.spend, (SELECT coalesce(sum(b.spend), 0) FROM s b WHERE b.spend > a.spend) AS ahead,`,
		`row_number() OVER (ORDER BY a.spend DESC) AS pos FROM s a)`,
		`SELECT n AS buyers,`,
		`count(*) FILTER (WHERE ahead < ${high} * total) AS high,`,
		`count(*) FILTER (WHERE ahead >= ${high} * total AND ahead < ${both} * total) AS mid,`,
		`count(*) FILTER (WHERE ahead >= ${both} * total) AS low,`,
		`round(100 * sum(spend) FILTER (WHERE ahead < ${high} * total) / total, 4) AS high_pct,`,
		`round(100 * sum(spend) FILTER (WHERE pos <= ceil(n * 0.2)) / total, 4) AS top20_pct`,
		`FROM t, tot GROUP BY n, total`
	].join(' ');
}

test('value tiers add up, follow the documented rule and list their customers', async ({
	page
}) => {
	await openApp(page);
	const panel = page.getByTestId('tiers-panel');
	await expect(panel.getByTestId('tier-as-of')).toBeVisible();
	const asOf = await panel.getByTestId('tier-as-of').innerText();
	expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	await expect(panel.getByTestId('tier-rule')).toContainText('first 50 % of revenue');

	const tiers = await tierRows(panel);
	const expected = await sqlRow(page, independentSql(asOf, 0.5, 0.8));
	const [high, mid, low] = tiers;
	// Tier customers add up to the buyers, and each tier matches the rule recomputed in SQL.
	expect(tiers.reduce((n, t) => n + t.customers, 0)).toBe(expected['buyers']);
	expect([high!.customers, mid!.customers, low!.customers]).toEqual([
		expected['high'],
		expected['mid'],
		expected['low']
	]);
	expect(tiers.reduce((n, t) => n + t.revenueShare, 0)).toBeCloseTo(100, 1);
	expect(high!.revenueShare).toBeGreaterThanOrEqual(50);
	expect(high!.revenueShare).toBeCloseTo(expected['high_pct']!, 2);
	expect(high!.revenueShare + mid!.revenueShare).toBeLessThan(100);

	// The 80/20 headline matches the top 20 % recomputed in SQL.
	const headline = panel.getByTestId('pareto-headline');
	await expect(headline).toContainText(
		`The top 20 % of customers make ${expected['top20_pct']!.toFixed(1)} % of revenue`
	);
	await expect(panel.getByTestId('pareto-chart').locator('svg')).toBeVisible();
	await expect(panel.getByTestId('pareto-chart').locator('[aria-label="dot"] circle')).toHaveCount(
		3
	);

	// Clicking the high tier lists exactly its customers; closing hides the list.
	await panel.locator('[data-testid="tier"][data-tier="high"]').getByTestId('tier-list').click();
	const members = panel.getByTestId('tier-members');
	await expect(members.getByTestId('result-count')).toHaveAttribute(
		'data-count',
		String(high!.customers)
	);
	await expect(members.getByTestId('result-row').first()).toContainText('high');
	await panel.screenshot({ path: '/tmp/tiers-panel.png' });
	await members.getByTestId('tier-members-close').click();
	await expect(panel.getByTestId('tier-members')).toHaveCount(0);

	// The VIP list is as long as the VIP count (top 100 by default, ties included).
	const vipCount = Number(await panel.getByTestId('vip-count').getAttribute('data-count'));
	expect(vipCount).toBeGreaterThanOrEqual(100);
	await panel.getByTestId('vip-list').click();
	await expect(panel.getByTestId('tier-members').getByTestId('result-count')).toHaveAttribute(
		'data-count',
		String(vipCount)
	);
});

test('editing the shares re-runs the tiers with the new rule', async ({ page }) => {
	await openApp(page);
	const panel = page.getByTestId('tiers-panel');
	await expect(panel.getByTestId('tier')).toHaveCount(3);
	const asOf = await panel.getByTestId('tier-as-of').innerText();
	const before = await tierRows(panel);

	await panel.getByTestId('tier-high-share').fill('60');
	await panel.getByTestId('tier-high-share').press('Enter');
	await expect(panel.getByTestId('tier-rule')).toContainText('first 60 % of revenue');
	await expect(panel.getByTestId('tier-rule')).toContainText('the next 30 % (up to 90 %)');
	await expect
		.poll(async () => (await tierRows(panel))[0]?.customers ?? 0)
		.toBeGreaterThan(before[0]!.customers);
	const expected = await sqlRow(page, independentSql(asOf, 0.6, 0.9));
	const after = await tierRows(panel);
	expect(after.map((t) => t.customers)).toEqual([
		expected['high'],
		expected['mid'],
		expected['low']
	]);
	expect(after[0]!.revenueShare).toBeGreaterThanOrEqual(60);

	// A share that does not fit is refused with a message, and nothing re-runs.
	await panel.getByTestId('tier-mid-share').fill('50');
	await panel.getByTestId('tier-mid-share').press('Enter');
	await expect(panel.getByTestId('tier-settings-problem')).toContainText('more than 100 %');
	expect((await tierRows(panel)).map((t) => t.customers)).toEqual(after.map((t) => t.customers));
});
