import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openApp, recordRequests, sourceCard, typeSql } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** One heat-map cell as its rect describes it. */
interface Cell {
	cohort: string;
	offset: number;
	size: number;
	active: number;
	retention: number;
	revenue: number;
}

function panelOf(page: Page): Locator {
	return page.getByTestId('cell-cohorts').first().getByTestId('cohorts-panel');
}

/** Every cell of the heat map, read from the data attributes of its rect. */
async function cellsOf(panel: Locator): Promise<Cell[]> {
	return panel.getByTestId('cohort-cell').evaluateAll((rects) =>
		rects.map((r) => ({
			cohort: r.getAttribute('data-cohort') ?? '',
			offset: Number(r.getAttribute('data-offset')),
			size: Number(r.getAttribute('data-size')),
			active: Number(r.getAttribute('data-active')),
			retention: Number(r.getAttribute('data-retention')),
			revenue: Number(r.getAttribute('data-revenue'))
		}))
	);
}

/** Cohort → size, and cohort → the offsets shown, from the cells. */
function byCohort(cells: Cell[]) {
	const sizes: Record<string, number> = {};
	const offsets: Record<string, number[]> = {};
	for (const c of cells) {
		sizes[c.cohort] = c.size;
		(offsets[c.cohort] ??= []).push(c.offset);
	}
	for (const list of Object.values(offsets)) list.sort((a, b) => a - b);
	return { sizes, offsets };
}

const find = (cells: Cell[], cohort: string, offset: number) =>
	cells.find((c) => c.cohort === cohort && c.offset === offset);

async function addSqlCell(page: Page): Promise<Locator> {
	const before = await page.getByTestId('cell-sql').count();
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-sql').click();
	await expect(page.getByTestId('cell-sql')).toHaveCount(before + 1);
	return page.getByTestId('cell-sql').last();
}

test('the small orders file gives the cohorts worked out by hand', async ({ page }) => {
	const requests = recordRequests(page);
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	const panel = panelOf(page);
	// Kept lines: A1 on 2024-01-05 (2 lines), A2 on 2024-02-10, A4 on 2024-04-01 (a duplicate
	// line, kept), A5 on 2024-05-20. Nobody ordered again; A3 has no valid line, so no March
	// cohort. As of 2024-05-21 (the day after the last order) May has started: January shows
	// months 0-4, February 0-3, April 0-1, May 0.
	await expect(panel.getByTestId('cohort-as-of')).toHaveText('2024-05-21');
	await expect(panel.getByTestId('cohort-cell')).toHaveCount(12);
	const cells = await cellsOf(panel);
	const { sizes, offsets } = byCohort(cells);
	expect(sizes).toEqual({ '2024-01': 1, '2024-02': 1, '2024-04': 1, '2024-05': 1 });
	expect(offsets).toEqual({
		'2024-01': [0, 1, 2, 3, 4],
		'2024-02': [0, 1, 2, 3],
		'2024-04': [0, 1],
		'2024-05': [0]
	});
	for (const c of cells) expect(c.retention).toBe(c.offset === 0 ? 1 : 0);
	// Revenue in the first-order month: A1 2 × 10 + 5.50; A2 20 (its cancellation set aside);
	// A4 2 × 3 × 4; A5 99.99.
	expect(find(cells, '2024-01', 0)?.revenue).toBeCloseTo(25.5, 6);
	expect(find(cells, '2024-02', 0)?.revenue).toBeCloseTo(20, 6);
	expect(find(cells, '2024-04', 0)?.revenue).toBeCloseTo(24, 6);
	expect(find(cells, '2024-05', 0)?.revenue).toBeCloseTo(99.99, 6);
	await expect(panel.getByTestId('cohort-method')).toContainText('month of their first order');
	expect(requests.offOrigin()).toEqual([]);
});

test('repeat buyers show as shares of their cohort, and revenue on request', async ({ page }) => {
	await openApp(page);
	const csv = [
		'Order Number,Customer Number,Order Date,Quantity,Unit Price',
		'1,B1,2024-01-10,1,10',
		'2,B2,2024-01-20,1,20',
		'3,B3,2024-01-31,1,30',
		'4,B1,2024-02-01,1,10',
		'5,B4,2024-02-28,1,40',
		'6,B4,2024-03-01,1,40',
		'7,B2,2024-03-15,1,20',
		'8,B1,2024-03-20,2,10',
		'9,B3,2024-03-31,1,5'
	].join('\n');
	await page.getByTestId('file-input').setInputFiles({
		name: 'e2e-cohort-repeats.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await expect(sourceCard(page, 'e2e-cohort-repeats.csv').getByTestId('q-kept')).toHaveText('9');
	const panel = panelOf(page);
	// January cohort B1 B2 B3: in February only B1 ordered (1/3), in March all three (3/3).
	// February cohort B4: ordered again in March (1/1). As of 2024-04-01 April has not started.
	await expect(panel.getByTestId('cohort-as-of')).toHaveText('2024-04-01');
	await expect(panel.getByTestId('cohort-cell')).toHaveCount(5);
	const cells = await cellsOf(panel);
	expect(byCohort(cells).sizes).toEqual({ '2024-01': 3, '2024-02': 1 });
	expect(find(cells, '2024-01', 0)?.retention).toBe(1);
	expect(find(cells, '2024-01', 1)?.retention).toBeCloseTo(1 / 3, 9);
	expect(find(cells, '2024-01', 1)?.active).toBe(1);
	expect(find(cells, '2024-01', 2)?.retention).toBe(1);
	expect(find(cells, '2024-02', 1)?.retention).toBe(1);
	// March revenue of the January cohort: B2 20 + B1 2 × 10 + B3 5.
	expect(find(cells, '2024-01', 2)?.revenue).toBeCloseTo(45, 6);
	const chart = panel.getByTestId('cohort-chart');
	await expect(chart).toContainText('33.3 %');

	await panel.getByTestId('cohort-measure-revenue').check();
	await expect(chart).toContainText('Revenue in the month (USD)');
	await expect(chart).toContainText('$45');
	await expect(panel.getByTestId('cohort-method')).toContainText("cohort's revenue");
	await expect(panel.getByTestId('cohort-cell')).toHaveCount(5);
});

test('with the demo: period 0 is 100 %, sizes agree with SQL, weeks re-run', async ({ page }) => {
	await openApp(page);
	const panel = panelOf(page);
	await expect(panel.getByTestId('cohort-cell').first()).toBeAttached();
	const months = await cellsOf(panel);
	expect(months.length).toBeGreaterThan(20);
	for (const c of months.filter((c) => c.offset === 0)) expect(c.retention).toBe(1);
	const monthCohorts = byCohort(months).sizes;
	const labels = Object.keys(monthCohorts).sort();
	expect(labels.every((l) => /^\d{4}-\d{2}$/.test(l))).toBe(true);
	const first = labels[0]!;

	// The first cohort's size, and how many of it ordered in the next month, by plain SQL.
	const sql = await addSqlCell(page);
	await typeSql(
		sql,
		"WITH f AS (SELECT customer_id, date_trunc('month', min(order_date)) AS m FROM transactions WHERE is_return IS NOT TRUE GROUP BY customer_id), m0 AS (SELECT min(m) AS m0 FROM f) SELECT (SELECT count(*) FROM f, m0 WHERE m = m0) AS size, (SELECT count(DISTINCT t.customer_id) FROM transactions t JOIN f USING (customer_id), m0 WHERE f.m = m0 AND t.is_return IS NOT TRUE AND date_trunc('month', t.order_date) = m0 + INTERVAL 1 MONTH) AS next_month"
	);
	await page.keyboard.press('Shift+Enter');
	await expect(sql.getByTestId('sql-row-count')).toHaveText('1');
	const values = await sql
		.getByTestId('result-row')
		.first()
		.locator('td')
		.allInnerTexts()
		.then((texts) => texts.map((t) => Number(t.replace(/[^\d.]/g, ''))));
	const [size, nextMonth] = values.slice(-2);
	expect(size).toBeGreaterThan(0);
	expect(monthCohorts[first]).toBe(size);
	const second = find(months, first, 1)!;
	expect(second.active).toBe(nextMonth);
	expect(second.retention).toBeCloseTo(nextMonth! / size!, 9);

	await panel.scrollIntoViewIfNeeded();
	await panel.screenshot({ path: '/tmp/cohorts-panel.png' });

	// Revenue re-colours the same cells without re-running.
	await panel.getByTestId('cohort-measure-revenue').check();
	await expect(panel.getByTestId('cohort-chart')).toContainText('Revenue in the month (USD)');
	expect((await cellsOf(panel)).length).toBe(months.length);
	await panel.screenshot({ path: '/tmp/cohorts-panel-revenue.png' });
	await panel.getByTestId('cohort-measure-retention').check();

	// Weeks: the cell re-runs and shows ISO-week cohorts holding the same customers.
	await panel.getByTestId('cohort-period').selectOption('week');
	await expect(panel.getByTestId('cohort-cell').first()).toHaveAttribute(
		'data-cohort',
		/^\d{4}-W\d{2}$/
	);
	await expect(panel.getByTestId('cohort-chart')).toContainText('Weeks after the first order');
	const weeks = await cellsOf(panel);
	expect(weeks.every((c) => /^\d{4}-W\d{2}$/.test(c.cohort))).toBe(true);
	for (const c of weeks.filter((c) => c.offset === 0)) expect(c.retention).toBe(1);
	const weekSizes = Object.values(byCohort(weeks).sizes);
	const total = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
	expect(weekSizes.length).toBeGreaterThan(Object.keys(monthCohorts).length);
	expect(total(weekSizes)).toBe(total(Object.values(monthCohorts)));
	await panel.screenshot({ path: '/tmp/cohorts-panel-weeks.png' });
});
