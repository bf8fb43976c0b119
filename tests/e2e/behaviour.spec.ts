import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openApp, recordRequests, sourceCard, sqlRows } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function sqlNumber(page: Page, sql: string): Promise<number> {
	const [[value]] = (await sqlRows(page, sql, 1)) as [[string]];
	return Number(value);
}

/** Adds a behaviour cell through the menu and waits for its group table. */
async function addBehaviourCell(page: Page): Promise<Locator> {
	await page.getByTestId('add-cell').last().click();
	await page.getByTestId('add-cell-behaviour').click();
	const panel = page.getByTestId('cell-behaviour').getByTestId('behaviour-panel');
	// Adding the cell rebuilds `customers` with its lens, then runs it: wait for all of that.
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('cell-behaviour').getByTestId('cell-status')).toContainText(
		'Ran in'
	);
	await expect(panel.getByTestId('behaviour-value').first()).toBeVisible();
	return panel;
}

/** value → customers of one dimension table. */
async function counts(panel: Locator, dimension: string): Promise<Record<string, number>> {
	return panel
		.locator(`[data-testid="behaviour-dimension"][data-dimension="${dimension}"]`)
		.getByTestId('behaviour-value')
		.evaluateAll((rows) =>
			Object.fromEntries(
				rows.map((r) => [r.getAttribute('data-value'), Number(r.getAttribute('data-customers'))])
			)
		);
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

test('behaviour groups add up to the buyers and match customers.behaviour_group', async ({
	page
}) => {
	const requests = recordRequests(page);
	await openApp(page);
	const panel = await addBehaviourCell(page);
	// The demo has discounts, returns, tickets, events and channels: everything is computable.
	await expect(panel.getByTestId('behaviour-missing')).toHaveCount(0);
	for (const d of ['behaviour_group', 'journey_stage', 'flag', 'preferred_channel']) {
		await expect(
			panel.locator(`[data-testid="behaviour-dimension"][data-dimension="${d}"]`)
		).toHaveCount(1);
	}

	// The cell may run twice on being added (the lens rebuild, then the run): poll.
	await expect
		.poll(async () => Object.keys(await counts(panel, 'behaviour_group')))
		.toEqual([
			'complainer',
			'returner',
			'discount_seeker',
			'impulse_buyer',
			'full_price_buyer',
			'other'
		]);
	await page.getByTestId('cell-behaviour').screenshot({ path: '/tmp/behaviour-panel.png' });
	const groups = await counts(panel, 'behaviour_group');
	expect(Object.keys(groups)).toEqual([
		'complainer',
		'returner',
		'discount_seeker',
		'impulse_buyer',
		'full_price_buyer',
		'other'
	]);
	const buyers = await sqlNumber(page, 'SELECT count(*) FROM customers WHERE frequency > 0');
	expect(buyers).toBeGreaterThan(1000);
	expect(sum(groups)).toBe(buyers);
	const rows = await sqlRows(
		page,
		'SELECT behaviour_group, count(*) FROM customers WHERE behaviour_group IS NOT NULL GROUP BY 1',
		Object.values(groups).filter((n) => n > 0).length
	);
	const fromSql = Object.fromEntries(rows.map(([g, n]) => [g, Number(n)]));
	expect(fromSql).toEqual(Object.fromEntries(Object.entries(groups).filter(([, n]) => n > 0)));

	// Clicking a group lists exactly its customers.
	const largest = Object.entries(groups).sort((a, b) => b[1] - a[1])[0]!;
	await panel
		.locator(`[data-testid="behaviour-value"][data-value="${largest[0]}"]`)
		.getByTestId('behaviour-value-open')
		.click();
	const members = panel.getByTestId('behaviour-members');
	await expect(members.getByTestId('behaviour-members-count')).toHaveAttribute(
		'data-count',
		String(largest[1])
	);
	await expect(members.getByTestId('result-row')).toHaveCount(Math.min(50, largest[1]));

	// Product affinity: each category's buyers, counted independently.
	const first = panel.getByTestId('affinity-category').first();
	const category = (await first.getAttribute('data-category'))!;
	const asOf = (await panel.getByTestId('behaviour-as-of').getAttribute('data-as-of'))!;
	const categoryBuyers = await sqlNumber(
		page,
		`SELECT count(DISTINCT customer_id) FROM transactions WHERE trim(category) = '${category.replaceAll("'", "''")}' AND is_return IS NOT TRUE AND order_date < DATE '${asOf}'`
	);
	await expect(first).toHaveAttribute('data-buyers', String(categoryBuyers));
	await expect(panel.getByTestId('affinity-segment').first()).toBeVisible();
	expect(requests.offOrigin()).toEqual([]);
});

test('the thresholds drive customers.behaviour_group', async ({ page }) => {
	await openApp(page);
	const panel = await addBehaviourCell(page);
	const before = await counts(panel, 'behaviour_group');
	// Returners from 20 % down to 5 % of lines returned: more returners.
	await panel.getByTestId('bh-returner-share').fill('5');
	await panel.getByTestId('bh-apply').click();
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect
		.poll(async () => (await counts(panel, 'behaviour_group'))['returner'])
		.toBeGreaterThan(before['returner']!);
	const after = await counts(panel, 'behaviour_group');
	expect(sum(after)).toBe(sum(before));
	const returners = await sqlNumber(
		page,
		"SELECT count(*) FROM customers WHERE behaviour_group = 'returner'"
	);
	expect(returners).toBe(after['returner']);
});

test('a file without events, tickets or discounts says what cannot be computed', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	const panel = await addBehaviourCell(page);
	const missing = panel.getByTestId('behaviour-missing');
	const features = await missing.evaluateAll((els) =>
		els.map((e) => e.getAttribute('data-feature'))
	);
	for (const f of [
		'complainer',
		'returner',
		'discount_seeker',
		'full_price_buyer',
		'impulse_buyer',
		'journey_stage',
		'site_visitor',
		'email_responder',
		'social_engager',
		'preferred_channel'
	]) {
		expect(features).toContain(f);
	}
	await expect(missing.filter({ hasText: 'Discount seekers' })).toContainText(
		'needs a discount column in the transactions'
	);
	await expect(missing.filter({ hasText: 'Complainers' })).toContainText('support tickets');
	await expect(missing.filter({ hasText: 'Site visitors' })).toContainText('events');
	// Only what can be computed is tabled: no discount groups, no journey, no channel.
	const groups = await counts(panel, 'behaviour_group');
	expect(groups['discount_seeker']).toBeUndefined();
	expect(groups['complainer']).toBeUndefined();
	await expect(
		panel.locator('[data-testid="behaviour-dimension"][data-dimension="journey_stage"]')
	).toHaveCount(0);
	// A1, A2, A4 and A5 bought (A3's only line was set aside).
	expect(sum(groups)).toBe(4);
	await page.getByTestId('cell-behaviour').screenshot({ path: '/tmp/behaviour-missing.png' });
});
