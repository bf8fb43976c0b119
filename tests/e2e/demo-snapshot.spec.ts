import { expect, test, type Locator, type Page } from '@playwright/test';

// The figures of the default cells as on screen: KPI values, RFM segment sizes, tier sizes, the
// cohorts' first row and the example query's rows.
async function figures(page: Page) {
	const texts = (locator: Locator) => locator.allInnerTexts();
	const attrs = (locator: Locator, name: string) =>
		locator.evaluateAll((els, n) => els.map((el) => el.getAttribute(n) ?? ''), name);
	return {
		kpis: await texts(page.getByTestId('cell-kpis').getByTestId('kpi-value')),
		rfm: await attrs(page.getByTestId('rfm-segment'), 'data-customers'),
		tiers: await texts(page.getByTestId('cell-tiers').locator('tbody tr')),
		cohorts: await texts(page.getByTestId('cell-cohorts').locator('tbody tr').first()),
		sql: await texts(page.getByTestId('cell-sql').getByTestId('result-row')),
		quality: await texts(page.getByTestId('quality-report'))
	};
}

test('a first visit shows the demo computed at build before DuckDB is up, then the same figures computed here', async ({
	page
}) => {
	// Hold DuckDB's WebAssembly back: the page must be readable without it.
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.context().route('**/*.wasm', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('./');

	const notice = page.getByTestId('snapshot-notice');
	await expect(notice).toContainText('computed when this app was built');
	await expect(page.getByTestId('engine-ready')).toHaveCount(0);
	// No progress bar beside the notice (its files wait for the engine; its Cancel would strand
	// the snapshot): watched from here until the notice goes.
	await page.evaluate(() => {
		const seen = () =>
			document.querySelector('[data-testid="snapshot-notice"]') &&
			document.querySelector('[data-testid="progress"]');
		const w = window as unknown as { barWithSnapshot: boolean };
		w.barWithSnapshot = Boolean(seen());
		new MutationObserver(() => {
			if (seen()) w.barWithSnapshot = true;
		}).observe(document.body, { childList: true, subtree: true });
	});
	const kpiStatus = page.getByTestId('cell-kpis').getByTestId('cell-status');
	await expect(kpiStatus).toHaveText('Computed at build');
	await expect(kpiStatus).toHaveAttribute('title', /computed when the app was built/);
	await expect(page.getByTestId('quality-report')).toHaveCount(4);
	await expect(page.getByTestId('cell-sql').getByTestId('result-row')).toHaveCount(10);
	const fromBuild = await figures(page);
	expect(fromBuild.kpis.length).toBeGreaterThan(5);
	expect(fromBuild.rfm.length).toBe(11);

	// Asked for while the snapshot shows, a segment's members come once the data is loaded here.
	const segment = page.getByTestId('rfm-segment').first();
	const size = (await segment.getAttribute('data-customers'))!;
	await segment.getByTestId('rfm-segment-open').click();

	release();
	await expect(page.getByTestId('engine-ready')).toBeVisible({ timeout: 60_000 });
	await expect(notice).toHaveCount(0, { timeout: 60_000 });
	expect(
		await page.evaluate(() => (window as unknown as { barWithSnapshot: boolean }).barWithSnapshot)
	).toBe(false);
	await expect(kpiStatus).toContainText('Ran in');
	await expect(
		page.getByTestId('cell-status').filter({ hasText: /Running|Waiting|build/ })
	).toHaveCount(0);
	const members = page.getByTestId('rfm-members');
	await expect(members.getByTestId('rfm-members-count')).toHaveAttribute('data-count', size);
	expect(await figures(page)).toEqual(fromBuild);

	// The data cell, read-only while the snapshot showed, works again.
	await expect(page.getByTestId('cell-data').locator('.shown')).not.toHaveAttribute('inert');
});
