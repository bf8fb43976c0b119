import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCell, openApp } from './app';

/** Runs a one-value query in a SQL cell and returns the value as a number. */
async function sqlNumber(cell: Locator, sql: string): Promise<number> {
	const editor = cell.locator('.cm-content');
	await editor.click();
	await editor.press('ControlOrMeta+a');
	await editor.press('Delete');
	await cell.page().keyboard.type(sql);
	await cell.page().keyboard.press('Shift+Enter');
	await expect(cell.getByTestId('sql-row-count')).toHaveText('1');
	const text = await cell.getByTestId('result-row').first().locator('td').first().innerText();
	return Number(text.replace(/[^\d.-]/g, ''));
}

async function profileSizes(cell: Locator): Promise<number[]> {
	const rows = cell.getByTestId('cluster-profile');
	const sizes = await rows.evaluateAll((nodes) =>
		nodes.map((n) => Number((n as HTMLElement).dataset['size']))
	);
	return sizes;
}

test('clusters the demo buyers: k charts, profiles, scatter, a `cluster` column, and k re-runs', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openApp(page);
	const cell = await addCell(page, 'clusters');
	await cell.scrollIntoViewIfNeeded();

	// The sweep and the clustering run in the analysis worker; the charts appear when done.
	await expect(cell.getByTestId('cluster-elbow').locator('svg')).toBeVisible({ timeout: 120_000 });
	await expect(cell.getByTestId('cluster-silhouette').locator('svg')).toBeVisible();
	await expect(cell.getByTestId('cluster-scatter').locator('svg')).toBeVisible();
	await expect(cell.getByTestId('cell-status')).toHaveText(/^Ran in/);
	const k = await cell.getByTestId('cluster-profile').count();
	expect(k).toBeGreaterThanOrEqual(2);
	expect(k).toBeLessThanOrEqual(10);
	await expect(cell.getByTestId('cluster-k-note')).toContainText(
		`Showing k = ${k}, the suggested k`
	);
	await expect(cell.getByTestId('cluster-description').first()).not.toBeEmpty();
	// The default transforms are shown with their reasons.
	await expect(cell.getByTestId('cluster-transform-reason').first()).toContainText(
		'suggested because'
	);

	await page.mouse.move(0, 0);
	await cell.screenshot({ path: '/tmp/clusters-panel.png' });

	// Hovering the scatter shows the nearest customer.
	const scatter = cell.getByTestId('cluster-scatter');
	const points = Number(await scatter.getAttribute('data-points'));
	expect(points).toBeGreaterThan(100);
	await scatter.scrollIntoViewIfNeeded();
	const box = (await scatter.locator('svg').boundingBox())!;
	let shown = false;
	for (const [fx, fy] of [
		[0.5, 0.5],
		[0.4, 0.5],
		[0.6, 0.4],
		[0.3, 0.6],
		[0.5, 0.3],
		[0.7, 0.6]
	]) {
		await page.mouse.move(box.x + box.width * fx!, box.y + box.height * fy!);
		const tip = cell.getByTestId('cluster-tooltip');
		if (
			await tip.waitFor({ timeout: 1000 }).then(
				() => true,
				() => false
			)
		) {
			shown = true;
			break;
		}
	}
	expect(shown).toBe(true);
	await expect(cell.getByTestId('cluster-tooltip')).toContainText('Cluster');
	await page.mouse.move(0, 0);

	// Profile sizes add up to the buyers, counted independently.
	const sql = await addSqlCell(page);
	const buyers = await sqlNumber(sql, 'SELECT count(*) FROM customers WHERE NOT is_prospect');
	const sizes = await profileSizes(cell);
	expect(sizes.reduce((a, b) => a + b, 0)).toBe(buyers);
	expect(points).toBe(buyers);

	// Every buyer has a cluster in `customers`.
	expect(await sqlNumber(sql, 'SELECT count(*) FROM customers WHERE cluster IS NOT NULL')).toBe(
		buyers
	);
	expect(
		await sqlNumber(sql, `SELECT count(DISTINCT cluster) FROM customers WHERE cluster IS NOT NULL`)
	).toBe(k);

	// Another k re-runs the clustering (the sweep is reused) and the column follows.
	const other = k === 3 ? 4 : 3;
	await cell.getByTestId('cluster-k').selectOption(String(other));
	await expect(cell.getByTestId('cluster-profile')).toHaveCount(other, { timeout: 120_000 });
	await expect(cell.getByTestId('cluster-k-note')).toContainText(
		`Showing k = ${other}, your choice`
	);
	await expect(cell.getByTestId('cluster-sweep-how')).toContainText('The sweep was reused');
	const resized = await profileSizes(cell);
	expect(resized.reduce((a, b) => a + b, 0)).toBe(buyers);
	// The SQL cell mentions `cluster`, so it re-ran after the clusters cell.
	await expect(sql.getByTestId('result-row').first().locator('td').first()).toHaveText(
		String(other)
	);
});

async function addSqlCell(page: Page): Promise<Locator> {
	return addCell(page, 'sql');
}
