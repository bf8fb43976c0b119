import { expect, test } from '@playwright/test';
import { openApp, sourceCard } from './app';

test('a file too large for the browser is refused with a message that points to Export SQL', async ({
	page
}) => {
	await openApp(page);
	// A real 6 GB file cannot be made here: a small file claims that size, dropped on the page.
	await page.evaluate(() => {
		const file = new File(['order_id,customer_id\n1,a\n'], 'huge-orders.csv', { type: 'text/csv' });
		Object.defineProperty(file, 'size', { value: 6e9 });
		const drop = new Event('drop', { bubbles: true, cancelable: true });
		Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
		window.dispatchEvent(drop);
	});
	const card = sourceCard(page, 'huge-orders.csv');
	await expect(card.getByRole('alert')).toContainText(
		'the file is 6.0 GB, more than this browser can hold in memory (about 1.1 GB for this kind of file)'
	);
	await expect(card.getByRole('alert')).toContainText(
		'then “Export SQL” above: the DuckDB command-line tool runs the same analysis on the whole file.'
	);
	await expect(page.getByTestId('export-sql')).toBeVisible();
});
