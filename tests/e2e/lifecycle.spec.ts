import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, typeSql } from './app';

/** Adds a SQL cell at the end, runs `sql` in it and returns its rows as text, column by name. */
async function sqlRows(page: Page, sql: string, rows: number): Promise<Record<string, string>[]> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	const cell = page.getByTestId('cell-sql').last();
	await typeSql(cell, sql);
	await page.keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText(String(rows));
	// The count shows before the first page of rows is drawn.
	if (rows > 0) await expect(cell.getByTestId('result-row').first()).toBeVisible();
	const names = await cell.locator('thead th .name').allInnerTexts();
	const out: Record<string, string>[] = [];
	for (const row of await cell.getByTestId('result-row').all()) {
		const values = await row.locator('td').allInnerTexts();
		out.push(Object.fromEntries(names.map((name, i) => [name, values[i]!.trim()])));
	}
	return out;
}

/** The stage rows as the panel reports them in its data attributes. */
async function stageRows(panel: Locator) {
	const rows = panel.getByTestId('lifecycle-stage');
	await expect(rows).toHaveCount(7);
	return rows.evaluateAll((els) =>
		els.map((el) => ({
			stage: el.getAttribute('data-stage')!,
			customers: Number(el.getAttribute('data-customers')),
			revenueShare: Number(el.getAttribute('data-revenue-share'))
		}))
	);
}

async function addLifecycle(page: Page): Promise<Locator> {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-lifecycle').click();
	const panel = page.getByTestId('lifecycle-panel');
	await expect(panel.getByTestId('lifecycle-stage')).toHaveCount(7);
	return panel;
}

test('lifecycle stages add up, match `customers` and list their members; the flow adds up', async ({
	page
}) => {
	const panel = await addLifecycle(page);
	await expect(panel.getByTestId('lifecycle-precedence')).toContainText('prospect → churned → new');
	await expect(panel.getByTestId('lifecycle-definitions')).toContainText(
		'No order in the last 180 days.'
	);
	const stages = await stageRows(panel);
	const total = stages.reduce((n, s) => n + s.customers, 0);
	expect(stages.reduce((n, s) => n + s.revenueShare, 0)).toBeCloseTo(100, 1);

	const [known] = await sqlRows(page, 'SELECT count(*) AS n FROM customers', 1);
	expect(total).toBe(Number(known!['n']));
	const byStage = await sqlRows(
		page,
		'SELECT lifecycle_stage, count(*) AS n FROM customers GROUP BY 1 ORDER BY 1',
		stages.filter((s) => s.customers > 0).length
	);
	expect(Object.fromEntries(byStage.map((r) => [r['lifecycle_stage'], Number(r['n'])]))).toEqual(
		Object.fromEntries(stages.filter((s) => s.customers > 0).map((s) => [s.stage, s.customers]))
	);

	// Clicking a stage lists exactly its customers.
	const biggest = [...stages].sort((a, b) => b.customers - a.customers)[0]!;
	await panel
		.locator(`[data-testid="lifecycle-stage"][data-stage="${biggest.stage}"]`)
		.getByTestId('lifecycle-stage-list')
		.click();
	const members = panel.getByTestId('lifecycle-members');
	await expect(members.getByTestId('result-count')).toHaveAttribute(
		'data-count',
		String(biggest.customers)
	);
	await expect(members.getByTestId('result-row').first()).toContainText(biggest.stage);

	// The flow: every customer known on the as-of date is counted once, and the column totals
	// are the stage counts.
	const cells = panel.getByTestId('lifecycle-transition');
	await expect(cells.first()).toBeVisible();
	const flow = await cells.evaluateAll((els) =>
		els.map((el) => ({
			from: el.getAttribute('data-from')!,
			to: el.getAttribute('data-to')!,
			customers: Number(el.getAttribute('data-customers'))
		}))
	);
	expect(flow.reduce((n, c) => n + c.customers, 0)).toBe(total);
	for (const s of stages) {
		const into = flow.filter((c) => c.to === s.stage).reduce((n, c) => n + c.customers, 0);
		expect(into, s.stage).toBe(s.customers);
	}
	await expect(panel.getByTestId('lifecycle-flow-chart').locator('svg').first()).toBeVisible();
	await members.getByTestId('lifecycle-members-close').click();
	await panel.screenshot({ path: '/tmp/lifecycle-panel.png' });
});

test('changing "churned after" re-runs the stages and `customers` follows', async ({ page }) => {
	const panel = await addLifecycle(page);
	const before = await stageRows(panel);
	// While the cell re-runs, the rows on screen may be between two results: -1 polls again.
	const churned = (rows: { stage: string; customers: number }[]) =>
		rows.find((s) => s.stage === 'churned')?.customers ?? -1;

	await panel.getByTestId('lifecycle-churn-days').fill('90');
	await panel.getByTestId('lifecycle-apply').click();
	await expect(panel.getByTestId('lifecycle-definitions')).toContainText(
		'No order in the last 90 days.'
	);
	await expect.poll(async () => churned(await stageRows(panel))).toBeGreaterThan(churned(before));
	const after = await stageRows(panel);
	const asOf = (await panel.getAttribute('data-as-of'))!;
	expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

	// An independent count: buyers whose last order (returns excluded) is more than 90 days before
	// the as-of date.
	const [check] = await sqlRows(
		page,
		[
			`WITH a AS (SELECT DATE '${asOf}' AS as_of),`,
			'b AS (SELECT customer_id, max(order_date) AS last FROM transactions, a',
			'WHERE order_date < as_of AND is_return IS NOT TRUE AND customer_id IS NOT NULL GROUP BY 1)',
			"SELECT count(*) FILTER (WHERE date_diff('day', last, as_of) > 90) AS churned,",
			"(SELECT count(*) FROM customers WHERE lifecycle_stage = 'churned') AS in_view FROM b, a"
		].join(' '),
		1
	);
	expect(churned(after)).toBe(Number(check!['churned']));
	expect(Number(check!['in_view'])).toBe(churned(after));
	expect(after.reduce((n, s) => n + s.customers, 0)).toBe(
		before.reduce((n, s) => n + s.customers, 0)
	);
});

test('clicking a cell of the flow table lists exactly those customers', async ({ page }) => {
	const panel = await addLifecycle(page);
	const cells = panel.getByTestId('lifecycle-transition');
	await expect(cells.first()).toBeVisible();
	// The largest move that is a change of stage.
	const flow = await cells.evaluateAll((els) =>
		els.map((el) => ({
			from: el.getAttribute('data-from')!,
			to: el.getAttribute('data-to')!,
			customers: Number(el.getAttribute('data-customers'))
		}))
	);
	const move = flow.filter((c) => c.from !== c.to).sort((a, b) => b.customers - a.customers)[0]!;
	expect(move.customers).toBeGreaterThan(0);
	const cell = panel.locator(
		`[data-testid="lifecycle-transition"][data-from="${move.from}"][data-to="${move.to}"]`
	);
	await cell.getByTestId('lifecycle-transition-list').click();
	const list = panel.getByTestId('lifecycle-transition-members');
	await expect(list).toHaveAttribute('data-from', move.from);
	await expect(list.getByTestId('lifecycle-transition-members-count')).toHaveAttribute(
		'data-count',
		String(move.customers)
	);
	await expect(list.getByTestId('result-count')).toHaveAttribute(
		'data-count',
		String(move.customers)
	);
	// The first one listed is in the later stage in `customers`.
	const first = (await list.getByTestId('result-row').first().locator('td').first().innerText())
		.trim()
		.replaceAll("'", "''");
	const [row] = await sqlRows(
		page,
		`SELECT lifecycle_stage FROM customers WHERE customer_id = '${first}'`,
		1
	);
	expect(row!['lifecycle_stage']).toBe(move.to);
	await panel.screenshot({ path: '/tmp/lifecycle-transition-members.png' });
	await list.getByTestId('lifecycle-transition-members-close').click();
	await expect(list).toHaveCount(0);
});
