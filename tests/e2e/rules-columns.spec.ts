import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCell, openApp, sqlRows } from './app';

/** The single number a query gives, read from a SQL cell. */
async function sqlCount(page: Page, sql: string): Promise<number> {
	const [row] = await sqlRows(page, sql, 1);
	return Number(row![0]!.replace(/[^\d]/g, ''));
}

/** The live count once it has settled. */
async function liveCount(panel: Locator): Promise<number> {
	const live = panel.getByTestId('rule-live-count');
	await expect(live).toHaveAttribute('data-state', 'done');
	return Number(await live.getAttribute('data-count'));
}

test('a rule on rfm_segment built in the editor counts as plain SQL does, and layers below', async ({
	page
}) => {
	await openApp(page);
	await addCell(page, 'rules');
	// addCell's locator is the last rules cell: this one stays the first when another is added.
	const panel = page.getByTestId('cell-rules').first().getByTestId('rules-panel');
	await expect(panel.getByTestId('rules-as-of')).toBeVisible();

	// No Lifetime value cell above this one: its columns are not offered, and the editor says so.
	const clv = panel.locator('[data-testid="rule-unavailable"][data-kind="clv"]');
	await expect(clv).toContainText('churn_risk');
	await expect(clv).toContainText('add a Lifetime value cell above this one');
	const subject = panel.getByTestId('rule-condition').first().getByTestId('rule-measure');
	await expect(subject.locator('option[value="col:churn_risk"]')).toHaveCount(0);

	// rfm_segment is one of Champions, Loyal: ticked among the values the column has.
	const condition = panel.getByTestId('rule-condition').first();
	await subject.selectOption('col:rfm_segment');
	await condition.getByTestId('rule-operator').selectOption('in');
	const choice = (value: string) =>
		condition.locator(`[data-testid="rule-value-choice"][data-value="${value}"]`);
	await choice('Champions').check();
	await choice('Loyal').check();
	await expect(condition.getByTestId('rule-value')).toHaveValue('Champions, Loyal');
	const live = await liveCount(panel);
	expect(live).toBeGreaterThan(0);
	const plain = `SELECT count(*) FROM customers WHERE rfm_segment IN ('Champions', 'Loyal')`;
	expect(await sqlCount(page, plain)).toBe(live);

	// Saved, it is a column of customers with the same count.
	await panel.getByTestId('rule-name').fill('Best RFM');
	await panel.getByTestId('rule-save').click();
	const segment = panel.locator('[data-testid="rule-segment"][data-name="Best RFM"]');
	await expect(segment).toHaveAttribute('data-members', String(live));
	await expect(segment).toContainText('rfm_segment is one of "Champions", "Loyal"');
	expect(await sqlCount(page, 'SELECT count(*) FROM customers WHERE rule_best_rfm')).toBe(live);

	// A rules cell below reads that column; the cell above does not offer it.
	const below = (await addCell(page, 'rules')).getByTestId('rules-panel');
	const belowSubject = below.getByTestId('rule-condition').first().getByTestId('rule-measure');
	await expect(belowSubject.locator('option[value="col:rule_best_rfm"]')).toHaveCount(1);
	await expect(subject.locator('option[value="col:rule_best_rfm"]')).toHaveCount(0);
	// lifecycle_stage = active AND the segment above is false.
	await belowSubject.selectOption('col:lifecycle_stage');
	const first = below.getByTestId('rule-condition').first();
	await first.getByTestId('rule-operator').selectOption('=');
	await first.getByTestId('rule-value').fill('active');
	await below.getByTestId('rule-add-condition').click();
	const second = below.getByTestId('rule-condition').nth(1);
	await second.getByTestId('rule-measure').selectOption('col:rule_best_rfm');
	await second.getByTestId('rule-operator').selectOption('=');
	await second.getByTestId('rule-value').fill('false');
	const layered = await liveCount(below);
	expect(
		await sqlCount(
			page,
			`SELECT count(*) FROM customers WHERE lifecycle_stage = 'active' AND NOT rule_best_rfm`
		)
	).toBe(layered);
});
