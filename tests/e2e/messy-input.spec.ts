import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { figure, openApp, reasonCount, recordRequests, sourceCard } from './app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const messy = (name: string) => fixture(`messy/${name}`);

function kpiValue(page: Page, key: string): Locator {
	const card = page.getByTestId('cell-kpis').first().locator(`[data-kpi="${key}"]`);
	return card.getByTestId('kpi-value');
}

async function cellsSettled(page: Page): Promise<void> {
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('cell-status').filter({ hasText: /Running|Waiting/ })).toHaveCount(
		0
	);
	await expect(page.getByTestId('cell-error')).toHaveCount(0);
}

test('an Arabic-script Excel export is decoded, and bad files leave the notebook working', async ({
	page
}) => {
	const requests = recordRequests(page);
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(fixture('e2e-orders.csv'));
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await cellsSettled(page);
	// See kpis.spec.ts: 4 buyers, revenue 169.49.
	await expect(kpiValue(page, 'revenue')).toHaveText('$169.49');

	await page.getByTestId('file-input').setInputFiles(messy('windows-1256.csv'));
	const arabic = sourceCard(page, 'windows-1256.csv');
	await expect(arabic.getByTestId('q-kept')).toHaveText('3');
	await expect(arabic.getByTestId('encoding-select')).toHaveValue('windows-1256');
	await expect(arabic.getByTestId('q-reconcile')).toHaveText('3 read = 3 kept + 0 set aside ✓');
	// The Persian header مبلغ ("amount") is read as letters, and understood.
	await arabic.getByText('Column mapping').click();
	await expect(arabic.locator('tr[data-column="مبلغ"] select')).toHaveValue('amount');
	await arabic.getByText('First rows').click();
	await expect(arabic.getByRole('cell', { name: 'شاي بالنعناع', exact: true })).toBeVisible();
	await cellsSettled(page);
	// 169.49 + 150 + 75.50 + 20 = 414.99; buyers A1, A2, A4, A5 and A3 (A1, A2 in both files).
	await expect(kpiValue(page, 'revenue')).toHaveText('$414.99');
	await expect(kpiValue(page, 'buyers')).toHaveText('5');

	await page
		.getByTestId('file-input')
		.setInputFiles([messy('image-renamed.csv'), messy('zero-bytes.csv')]);
	const image = sourceCard(page, 'image-renamed.csv').getByTestId('source-error');
	await expect(image).toContainText('Could not read “image-renamed.csv”');
	await expect(image).toContainText('it looks like a PNG image (line 2, byte 7 is not text)');
	await expect(sourceCard(page, 'zero-bytes.csv').getByTestId('source-error')).toContainText(
		'Could not read “zero-bytes.csv”: the file is empty (0 bytes)'
	);

	// Nothing else broke: the good files and every cell are as they were.
	await expect(sourceCard(page, 'e2e-orders.csv').getByTestId('q-kept')).toHaveText('6');
	await expect(arabic.getByTestId('q-kept')).toHaveText('3');
	await cellsSettled(page);
	await expect(kpiValue(page, 'revenue')).toHaveText('$414.99');

	// Read as Western European, the header is garbled and the amount is missing; back to
	// Arabic script, all is well again.
	await arabic.getByTestId('encoding-select').selectOption('windows-1252');
	await expect(arabic.getByTestId('mapping-problem').first()).toBeVisible();
	await arabic.getByTestId('encoding-select').selectOption('windows-1256');
	await expect(arabic.getByTestId('q-kept')).toHaveText('3');
	await expect(arabic.getByTestId('mapping-problem')).toHaveCount(0);
	expect(requests.offOrigin()).toEqual([]);
});

test('UTF-16, decimal commas with €, and ragged rows each give the right counts', async ({
	page
}) => {
	await openApp(page);
	await page
		.getByTestId('file-input')
		.setInputFiles([messy('utf16le.csv'), messy('semicolon-euro.csv'), messy('ragged.csv')]);

	const utf16 = sourceCard(page, 'utf16le.csv');
	await expect(utf16.getByTestId('q-kept')).toHaveText('3');
	await expect(utf16.getByTestId('encoding-select')).toHaveValue('utf-16le');
	await utf16.getByText('First rows').click();
	await expect(utf16.getByRole('cell', { name: 'Phở bò', exact: true })).toBeVisible();

	// 12,50 € + € 1.234,56 + EUR 3,00 kept; -5,00 € set aside as negative.
	const euro = sourceCard(page, 'semicolon-euro.csv');
	await expect(euro.getByTestId('q-reconcile')).toHaveText('4 read = 3 kept + 1 set aside ✓');
	expect(await reasonCount(euro, 'non_positive')).toBe(1);

	// Lines 3 (a field short) and 4 (a field over) are set aside and shown as written.
	const ragged = sourceCard(page, 'ragged.csv');
	await expect(ragged.getByTestId('q-reconcile')).toHaveText('5 read = 3 kept + 2 set aside ✓');
	expect(await reasonCount(ragged, 'malformed_line')).toBe(2);
	const lines = ragged.getByTestId('malformed-line');
	await expect(lines).toHaveCount(2);
	await expect(lines.nth(0)).toContainText('3');
	await expect(lines.nth(0)).toContainText('C2,O2,2024-09-02');
	await expect(lines.nth(1)).toContainText('Expected Number of Columns: 4 Found: 5');
	await expect(lines.nth(1)).toContainText('C3,O3,2024-09-03,30,extra');
	expect(await figure(ragged, 'q-customers')).toBe(3);
	await cellsSettled(page);
});

test('thirty files, every messy fixture among them, dropped one by one leave the app working', async ({
	page
}) => {
	test.setTimeout(600_000);
	const messyFiles = readdirSync(fixture('messy')).filter((f) => /\.(csv|tsv|txt|xlsx)$/.test(f));
	// Then six more with quirks of their own (Persian digits and Jalali dates, decimal commas,
	// cancellations and returns, customers with places), thirty files in one session.
	const others = [
		'fa-orders.csv',
		'fa-orders-en.csv',
		'clean-decimal-comma.csv',
		'lens-geo-customers.csv',
		'persona-orders.csv',
		'segments-online-retail.csv'
	];
	// What the newest messy fixtures give (make-fixtures.mjs works the counts out by hand).
	const reconciled: Record<string, [string, string?]> = {
		'windows-1252-semicolon.csv': ['4 read = 3 kept + 1 set aside ✓', 'non_positive'],
		'blank-header-trailing.csv': ['3 read = 3 kept + 0 set aside ✓'],
		'cr-only.csv': ['3 read = 3 kept + 0 set aside ✓'],
		'quoted-newlines-ragged.csv': ['4 read = 3 kept + 1 set aside ✓', 'malformed_line']
	};
	const files = [...messyFiles, ...others];
	expect(files).toHaveLength(30);
	const unreadable = ['blank-lines.csv', 'header-only.csv', 'image-renamed.csv', 'zero-bytes.csv'];
	await openApp(page);
	for (const file of files) {
		await page
			.getByTestId('file-input')
			.setInputFiles(others.includes(file) ? fixture(file) : messy(file));
		const card = sourceCard(page, file);
		if (others.includes(file)) {
			// Read, whatever kind of file it is taken for (one may be left "not used").
			await expect(card.getByTestId('kind-select')).toBeVisible();
			await expect(card.getByTestId('source-error')).toHaveCount(0);
			continue;
		}
		const outcome = unreadable.includes(file) ? 'source-error' : 'quality-report';
		await expect(card.getByTestId(outcome)).toBeVisible();
		const [counts, reason] = reconciled[file] ?? [];
		if (counts) await expect(card.getByTestId('q-reconcile')).toHaveText(counts);
		if (reason) expect(await reasonCount(card, reason)).toBe(1);
	}
	expect(Object.keys(reconciled).filter((f) => !files.includes(f))).toEqual([]);
	await cellsSettled(page);
	await expect(page.getByTestId('source-card')).toHaveCount(files.length);
	await expect(page.getByTestId('source-error')).toHaveCount(unreadable.length);
	for (const reconcile of await page.getByTestId('q-reconcile').all()) {
		await expect(reconcile).toContainText('✓');
	}
	await page.getByTestId('load-demo').click();
	await expect(page.getByTestId('quality-report')).toHaveCount(4);
	await cellsSettled(page);
});
