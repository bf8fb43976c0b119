import { expect, test, type Locator, type Page } from '@playwright/test';
import { RFM_SEGMENT_NAMES } from '../../src/segments/rfm-segments';
import { addCell, openApp, sqlRows } from './app';

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

/** A numeric attribute of every element the locator matches. */
function numbers(elements: Locator, attribute: string): Promise<number[]> {
	return elements.evaluateAll(
		(els, name) => els.map((e) => Number(e.getAttribute(name))),
		attribute
	);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The RFM panel once it has drawn its grid. */
async function rfmPanel(page: Page): Promise<Locator> {
	await openApp(page);
	const panel = page.getByTestId('cell-rfm').getByTestId('rfm-panel');
	await expect(panel.getByTestId('rfm-grid-cell')).toHaveCount(25);
	await expect(panel.getByTestId('rfm-segment')).toHaveCount(11);
	return panel;
}

/** Checks the grid adds up to `buyers` and the segments to all buyers and all revenue. */
async function expectConsistent(panel: Locator, buyers: number): Promise<void> {
	const cells = panel.getByTestId('rfm-grid-cell');
	await expect(cells).toHaveCount(25);
	expect(sum(await numbers(cells, 'data-customers'))).toBe(buyers);
	const segments = panel.getByTestId('rfm-segment');
	expect(sum(await numbers(segments, 'data-customers'))).toBe(buyers);
	// data-revenue-share is a fraction (0–1) of all buyers' spend.
	const revenue = sum(await numbers(segments, 'data-revenue-share'));
	expect(Math.abs(100 * revenue - 100)).toBeLessThanOrEqual(0.1);
}

test('the R × F grid adds up to the buyers and the segments to all revenue', async ({ page }) => {
	const panel = await rfmPanel(page);
	const asOf = (await panel.getByTestId('rfm-as-of').getAttribute('data-as-of'))!;
	expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	await expect(panel.getByTestId('rfm-as-of')).toContainText(`As of ${asOf}`);
	await page.getByTestId('cell-rfm').screenshot({ path: '/tmp/rfm-panel.png' });

	// Every (R, F) pair appears once.
	const cells = panel.getByTestId('rfm-grid-cell');
	const pairs = await cells.evaluateAll((els) =>
		els.map((e) => `${e.getAttribute('data-r')}${e.getAttribute('data-f')}`).sort()
	);
	expect(pairs).toEqual([1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => `${r}${f}`)));
	const gridTotal = sum(await numbers(cells, 'data-customers'));
	await expect(panel.getByTestId('rfm-grid-total')).toHaveAttribute('data-count', `${gridTotal}`);

	// The segments are the 11 named ones, in their order.
	const names = await panel
		.getByTestId('rfm-segment')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-segment')));
	expect(names).toEqual([...RFM_SEGMENT_NAMES]);

	// Buyers, counted independently: customers with an order line before the as-of date. A
	// customer whose only lines before it are returns has bought nothing and is no buyer.
	const before = `order_date < DATE '${asOf}'`;
	const anyLine = await sqlNumber(
		page,
		`SELECT count(DISTINCT customer_id) FROM transactions WHERE ${before}`
	);
	const onlyReturns = await sqlNumber(
		page,
		`SELECT count(*) FROM (SELECT customer_id FROM transactions WHERE ${before} AND customer_id IS NOT NULL GROUP BY customer_id HAVING bool_and(is_return IS TRUE))`
	);
	const buyers = await sqlNumber(
		page,
		`SELECT count(DISTINCT customer_id) FROM transactions WHERE ${before} AND is_return IS NOT TRUE`
	);
	expect(buyers).toBeGreaterThan(1000);
	expect(buyers).toBe(anyLine - onlyReturns);
	await expectConsistent(panel, buyers);
});

test('clicking a segment or a square lists its customers', async ({ page }) => {
	const panel = await rfmPanel(page);
	const segments = panel.getByTestId('rfm-segment');
	const counts = await numbers(segments, 'data-customers');
	const largest = counts.indexOf(Math.max(...counts));
	const smallest = counts.indexOf(Math.min(...counts.filter((n) => n > 0)));
	expect(counts[largest]).toBeGreaterThan(50);

	// The largest segment: a count, 50 rows a page, every row of that segment.
	const segment = segments.nth(largest);
	const name = (await segment.getAttribute('data-segment'))!;
	await segment.getByTestId('rfm-segment-open').click();
	const members = panel.getByTestId('rfm-members');
	await expect(members.getByTestId('rfm-members-count')).toHaveAttribute(
		'data-count',
		`${counts[largest]}`
	);
	await expect(members.getByTestId('result-count')).toHaveAttribute(
		'data-count',
		`${counts[largest]}`
	);
	await expect(members.getByTestId('result-row')).toHaveCount(50);
	const column = await members
		.locator('thead th')
		.evaluateAll((ths) =>
			ths.findIndex((th) => th.querySelector('.name')?.textContent === 'rfm_segment')
		);
	expect(column).toBeGreaterThanOrEqual(0);
	const shown = await members
		.getByTestId('result-row')
		.evaluateAll((rows, j) => rows.map((r) => r.querySelectorAll('td')[j]?.textContent), column);
	expect(new Set(shown)).toEqual(new Set([name]));
	await members.getByRole('button', { name: 'Last page' }).click();
	await expect(members.getByTestId('result-row')).toHaveCount(counts[largest]! % 50 || 50);

	// The smallest non-empty segment fits on one page.
	await segments.nth(smallest).getByTestId('rfm-segment-open').click();
	await expect(members.getByTestId('rfm-members-count')).toHaveAttribute(
		'data-count',
		`${counts[smallest]}`
	);
	await expect(members.getByTestId('result-row')).toHaveCount(Math.min(50, counts[smallest]!));
	await members.getByTestId('rfm-members-close').click();
	await expect(panel.getByTestId('rfm-members')).toHaveCount(0);

	// A grid square: R 5 × F 5.
	const square = panel.locator('[data-testid="rfm-grid-cell"][data-r="5"][data-f="5"]');
	const inSquare = Number(await square.getAttribute('data-customers'));
	expect(inSquare).toBeGreaterThan(0);
	await square.click();
	await expect(members).toContainText('R 5 × F 5');
	await expect(members.getByTestId('rfm-members-count')).toHaveAttribute(
		'data-count',
		`${inSquare}`
	);
	await members.getByTestId('rfm-members-close').click();
	await expect(panel.getByTestId('rfm-members')).toHaveCount(0);
});

test('thresholds can replace quintiles and still cover every buyer', async ({ page }) => {
	const panel = await rfmPanel(page);
	const buyers = sum(await numbers(panel.getByTestId('rfm-grid-cell'), 'data-customers'));
	await panel.getByTestId('rfm-method-thresholds').check();
	const recency1 = panel.getByTestId('rfm-cut-recency-1');
	await expect(recency1).toBeVisible();
	// Suggested from the data: four increasing cut points per dimension.
	for (const dimension of ['recency', 'frequency', 'monetary']) {
		const cuts = await Promise.all(
			[1, 2, 3, 4].map(async (i) =>
				Number(await panel.getByTestId(`rfm-cut-${dimension}-${i}`).inputValue())
			)
		);
		expect(cuts.every((c, i) => i === 0 || c > cuts[i - 1]!)).toBe(true);
	}
	// A cut point out of order is refused.
	await panel.getByTestId('rfm-cut-frequency-2').fill('1');
	await expect(panel.getByTestId('rfm-apply-thresholds')).toBeDisabled();
	await panel.getByTestId('rfm-cut-frequency-1').fill('2');
	await panel.getByTestId('rfm-cut-frequency-2').fill('3');
	await panel.getByTestId('rfm-cut-frequency-3').fill('5');
	await panel.getByTestId('rfm-cut-frequency-4').fill('10');
	await panel.getByTestId('rfm-apply-thresholds').click();
	await expect(panel.getByTestId('rfm-as-of')).toContainText('scored by your thresholds');
	await expect(panel.getByTestId('rfm-method')).toContainText('Frequency: 2 from 2 orders');
	await expectConsistent(panel, buyers);
	// F 2 now means exactly two orders: that column is no longer empty.
	const f2 = await numbers(
		panel.locator('[data-testid="rfm-grid-cell"][data-f="2"]'),
		'data-customers'
	);
	expect(sum(f2)).toBeGreaterThan(0);

	await panel.getByTestId('rfm-method-quintiles').check();
	await expect(panel.getByTestId('rfm-as-of')).toContainText('scored by quintiles');
	await expectConsistent(panel, buyers);
});

/** Waits until no cell is running or waiting and no progress bar is left (customers rebuilt). */
async function idle(page: Page): Promise<void> {
	await expect
		.poll(async () => {
			const progress = await page.getByTestId('progress').count();
			const statuses = await page.getByTestId('cell-status').allInnerTexts();
			return progress === 0 && !statuses.some((s) => /Running|Waiting/.test(s));
		})
		.toBe(true);
}

test('of two RFM cells the upper one scores `customers`, also after they swap places', async ({
	page
}) => {
	await openApp(page);
	// With frequency cuts at 2, 3, 5 and 10 orders, F 2 means exactly two orders; with the
	// demo's quintiles no buyer has F 2 (see the test above), so the two disagree.
	const disagree = `SELECT count(*) FROM customers
		WHERE frequency > 0 AND (frequency = 2) <> (f_score = 2)`;
	const added = await addCell(page, 'rfm');
	const id = await added.getAttribute('data-cell-id');
	const lower = page.locator(`[data-cell-id="${id}"]`);
	await lower.getByTestId('rfm-method-thresholds').check();
	for (const [i, cut] of ['2', '3', '5', '10'].entries()) {
		await lower.getByTestId(`rfm-cut-frequency-${i + 1}`).fill(cut);
	}
	await lower.getByTestId('rfm-apply-thresholds').click();
	await expect(lower.getByTestId('rfm-as-of')).toContainText('scored by your thresholds');
	await idle(page);
	const [[before]] = (await sqlRows(page, disagree, 1)) as [[string]];
	expect(Number(before)).toBeGreaterThan(0);

	// Up, past the cells in between, until it is the first RFM cell.
	const firstRfm = page.getByTestId('cell-rfm').first();
	while ((await firstRfm.getAttribute('data-cell-id')) !== id) {
		await lower.getByTestId('cell-up').click();
	}
	await idle(page);
	const [[after]] = (await sqlRows(page, disagree, 1)) as [[string]];
	expect(Number(after)).toBe(0);
	// Each cell keeps its own scoring on screen.
	await expect(lower.getByTestId('rfm-as-of')).toContainText('scored by your thresholds');
	await expect(page.getByTestId('cell-rfm').last().getByTestId('rfm-as-of')).toContainText(
		'scored by quintiles'
	);
});
