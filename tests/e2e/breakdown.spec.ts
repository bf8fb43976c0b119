import { expect, test, type Locator } from '@playwright/test';
import { openApp, recordRequests, sqlRows } from './app';

/** Every table row of the panel as { segment, value, customers, index }. */
function tableRows(panel: Locator) {
	return panel.getByTestId('breakdown-row').evaluateAll((trs) =>
		trs.map((tr) => ({
			segment: tr.getAttribute('data-segment')!,
			value: tr.getAttribute('data-value')!,
			customers: Number(tr.getAttribute('data-customers')),
			index: Number(tr.getAttribute('data-index'))
		}))
	);
}

/** Customers per segment, summed from the table's rows. */
function perSegment(rows: { segment: string; customers: number }[]): Map<string, number> {
	const sums = new Map<string, number>();
	for (const r of rows) sums.set(r.segment, (sums.get(r.segment) ?? 0) + r.customers);
	return sums;
}

test('rfm_segment × gender adds up to the segments, and an index checks by hand', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-breakdown').click();
	const panel = page.getByTestId('cell-breakdown').getByTestId('breakdown-panel');
	await expect(panel.getByTestId('breakdown-row').first()).toBeVisible();
	await expect(panel.getByTestId('breakdown-segment-column')).toHaveValue('rfm_segment');
	await expect(panel.getByTestId('breakdown-attribute')).toHaveValue('gender');
	await expect(panel.getByTestId('breakdown-chart')).toBeVisible();
	await expect(panel.getByTestId('breakdown-bands-text')).toContainText('most common');
	const squares = panel.getByTestId('breakdown-square');
	const rows = await tableRows(panel);
	await expect(squares).toHaveCount(rows.length);

	// Segment sizes from a plain query on the same page (NULL — prospects — is "unknown" in the panel).
	const sizes = await sqlRows(page, 'SELECT rfm_segment, count(*) FROM customers GROUP BY 1', 12);
	const expected = new Map(sizes.map(([s, n]) => [s === 'NULL' || !s ? 'unknown' : s, Number(n)]));
	expect(perSegment(rows)).toEqual(expected);

	// One index by hand: Champions × female.
	const [[inCell, inSegment, withValue, all]] = (await sqlRows(
		page,
		"SELECT count(*) FILTER (WHERE rfm_segment = 'Champions' AND gender = 'female') AS a, count(*) FILTER (WHERE rfm_segment = 'Champions') AS b, count(*) FILTER (WHERE gender = 'female') AS c, count(*) AS d FROM customers",
		1
	)) as [string[]];
	const [a, b, c, d] = [inCell, inSegment, withValue, all].map((x) => Number(x!.replace(/,/g, '')));
	const row = rows.find((r) => r.segment === 'Champions' && r.value === 'female')!;
	expect(row.customers).toBe(a);
	expect(row.index).toBeCloseTo((a! / b! / (c! / d!)) * 100, 6);
	await expect(
		panel.locator('[data-testid="breakdown-square"][data-segment="Champions"][data-value="female"]')
	).toHaveAttribute('data-customers', String(a));

	await page.getByTestId('cell-breakdown').screenshot({ path: '/tmp/breakdown-panel.png' });

	// Age from the birth date: the cell re-runs and shows age bands.
	await panel.getByTestId('breakdown-attribute').selectOption('birth_date');
	await expect(panel.getByTestId('breakdown-bands-text')).toContainText('Age in whole years');
	await expect(
		panel.locator('[data-testid="breakdown-row"][data-value="25–34"]').first()
	).toBeVisible();
	const aged = await tableRows(panel);
	const values = new Set(aged.map((r) => r.value));
	for (const band of ['18–24', '25–34', '35–44', '45–54', '55–64', '65+']) {
		expect(values.has(band)).toBe(true);
	}
	expect(perSegment(aged)).toEqual(expected);
	await page.getByTestId('cell-breakdown').screenshot({ path: '/tmp/breakdown-panel-age.png' });
});

test('clicking a square of the heat map lists exactly its customers', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-breakdown').click();
	const panel = page.getByTestId('cell-breakdown').getByTestId('breakdown-panel');
	await expect(panel.getByTestId('breakdown-square').first()).toBeVisible();
	const square = panel.locator(
		'[data-testid="breakdown-square"][data-segment="Champions"][data-value="female"]'
	);
	const expected = Number(await square.getAttribute('data-customers'));
	expect(expected).toBeGreaterThan(0);
	await square.click();
	const list = panel.getByTestId('breakdown-members');
	await expect(list).toHaveAttribute('data-segment', 'Champions');
	await expect(list).toHaveAttribute('data-value', 'female');
	await expect(list.getByTestId('breakdown-members-count')).toHaveAttribute(
		'data-count',
		String(expected)
	);
	// Every one listed has the value, shown in its own column.
	const genders = await list
		.getByTestId('result-row')
		.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent?.trim()));
	expect(genders.length).toBeGreaterThan(0);
	expect(new Set(genders)).toEqual(new Set(['female']));
	await page.getByTestId('cell-breakdown').screenshot({ path: '/tmp/breakdown-members.png' });

	// The same list from the table's count, and closed again.
	await list.getByTestId('breakdown-members-close').click();
	await expect(list).toHaveCount(0);
	const row = panel.locator(
		'[data-testid="breakdown-row"][data-segment="Champions"][data-value="male"]'
	);
	const male = Number(await row.getAttribute('data-customers'));
	await row.getByTestId('breakdown-row-list').click();
	await expect(list).toHaveAttribute('data-value', 'male');
	await expect(list.getByTestId('breakdown-members-count')).toHaveAttribute(
		'data-count',
		String(male)
	);
});

test('a country breakdown draws a world map from shapes served by the app', async ({ page }) => {
	const requests = recordRequests(page);
	await openApp(page);
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-breakdown').click();
	const panel = page.getByTestId('cell-breakdown').getByTestId('breakdown-panel');
	await expect(panel.getByTestId('breakdown-row').first()).toBeVisible();
	await expect(panel.getByTestId('breakdown-map')).toHaveCount(0);
	await panel.getByTestId('breakdown-attribute').selectOption('country');
	const map = panel.getByTestId('breakdown-map');
	const countries = map.getByTestId('map-country');
	await expect(countries.first()).toBeVisible();
	await expect(map.getByTestId('breakdown-map-caption')).toContainText('share of every known');

	// Every country of the demo is drawn, with the number of customers a plain query gives.
	const byCountry = await sqlRows(
		page,
		'SELECT country, count(*) FROM customers GROUP BY 1 ORDER BY 1',
		5
	);
	const drawn = await countries.evaluateAll((paths) =>
		Object.fromEntries(
			paths.map((p) => [p.getAttribute('data-name'), Number(p.getAttribute('data-customers'))])
		)
	);
	expect(drawn).toEqual(
		Object.fromEntries(byCountry.map(([c, n]) => [c, Number(n!.replace(/,/g, ''))]))
	);
	await expect(map.getByTestId('breakdown-map-missing')).toHaveCount(0);

	// Coloured by a segment: the index of Germany checks by hand.
	await map.getByTestId('breakdown-map-segment').selectOption('Champions');
	await expect(map).toHaveAttribute('data-segment', 'Champions');
	await expect(map.getByTestId('breakdown-map-caption')).toContainText('the index of “Champions”');
	const [[inCell, inSegment, withValue, all]] = (await sqlRows(
		page,
		"SELECT count(*) FILTER (WHERE rfm_segment = 'Champions' AND country = 'Germany') AS a, count(*) FILTER (WHERE rfm_segment = 'Champions') AS b, count(*) FILTER (WHERE country = 'Germany') AS c, count(*) AS d FROM customers",
		1
	)) as [string[]];
	const [a, b, c, d] = [inCell, inSegment, withValue, all].map((x) => Number(x!.replace(/,/g, '')));
	const germany = map.locator('[data-testid="map-country"][data-name="Germany"]');
	await expect(germany).toHaveAttribute('data-customers', String(a));
	expect(Number(await germany.getAttribute('data-index'))).toBeCloseTo(
		(a! / b! / (c! / d!)) * 100,
		6
	);
	await map.screenshot({ path: '/tmp/breakdown-map.png' });

	// The shapes came from the app itself, and nothing left the page's origin.
	expect(requests.urls.some((u) => /countries-110m[^/]*\.json$/.test(u))).toBe(true);
	expect(requests.offOrigin()).toEqual([]);
});
