import { expect, test, type Page } from '@playwright/test';
import { openApp, recordRequests, sourceCard } from './app';
import { addEveryCell, downloadEveryExport, dropFiles } from './every-cell';

/** The directives of a Content-Security-Policy: name → its sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name!, sources])
	);
}

/** Collects, from the first script on, every Content-Security-Policy violation the page reports. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI}`)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the built page carries a policy that allows its own origin only', async ({ page }) => {
	await page.goto('./');
	const policy = await page
		.locator('meta[http-equiv="Content-Security-Policy"]')
		.getAttribute('content');
	const rules = directives(policy!);
	expect(rules.get('default-src')).toEqual(["'self'"]);
	expect(rules.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	expect(rules.get('worker-src')).toEqual(["'self'", 'blob:']);
	for (const none of ['object-src', 'frame-src', 'form-action'])
		expect(rules.get(none), none).toEqual(["'none'"]);
	// No directive names another host, a scheme that reaches the network, or a wildcard.
	for (const [name, sources] of rules)
		for (const source of sources)
			expect(source, name).toMatch(
				/^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|blob:|data:)$/
			);
	// Inline styles are allowed (Svelte and Plot set style attributes); inline scripts are not.
	expect(rules.get('script-src')).not.toContain("'unsafe-inline'");
});

test('the whole workflow — demo, every cell, every export, a dropped file — stays on the page', async ({
	page
}) => {
	test.setTimeout(1_200_000);
	const violations = await recordViolations(page);
	const requests = recordRequests(page);
	await openApp(page);

	// The demo with every kind of cell, then every export.
	const exportCell = await addEveryCell(page, '# Plan\n\nSee [the brief](https://example.org).');
	await expect(page.getByTestId('cell-error')).toHaveCount(0);
	const demo = await downloadEveryExport(page, exportCell);
	expect(demo.customersCsv.text.length).toBeGreaterThan(1000);

	// A client's file replaces the demo, and the cells run again on it.
	await dropFiles(page, ['e2e-orders.csv']);
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');

	expect(requests.urls.length).toBeGreaterThan(5);
	expect(requests.offOrigin()).toEqual([]);
	expect(await violations()).toEqual([]);
});
