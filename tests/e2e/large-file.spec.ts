import { expect, test } from '@playwright/test';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { figure, openApp, sourceCard } from './app';

const LINES = 1_000_000;

// A million order lines (~50 MB), written once: 20 lines per customer, 4 lines per order,
// every 1000th line without a customer id so the report has something to set aside.
async function millionLineCsv(): Promise<string> {
	const dir = join('test-results', 'large');
	const path = join(dir, 'orders-1m.csv');
	if (existsSync(path) && statSync(path).size > 40_000_000) return path;
	mkdirSync(dir, { recursive: true });
	const out = createWriteStream(path);
	out.write('order_id,customer_id,order_date,product,quantity,unit_price\n');
	let chunk: string[] = [];
	for (let i = 0; i < LINES; i++) {
		const customer = i % 1000 === 999 ? '' : `C${String(Math.floor(i / 20)).padStart(6, '0')}`;
		const day = String((i % 28) + 1).padStart(2, '0');
		const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
		chunk.push(
			`${Math.floor(i / 4)},${customer},2024-${month}-${day},P${i % 97},${(i % 3) + 1},${(i % 50) + 0.99}`
		);
		if (chunk.length === 50_000) {
			if (!out.write(chunk.join('\n') + '\n'))
				await new Promise<void>((r) => out.once('drain', () => r()));
			chunk = [];
		}
	}
	await new Promise<void>((resolve) => out.end(chunk.join('\n') + '\n', () => resolve()));
	return path;
}

test('a million-line file loads with a progress bar and a report that adds up', async ({
	page
}) => {
	test.setTimeout(240_000);
	const path = await millionLineCsv();
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('progress')).toBeVisible();
	const card = sourceCard(page, 'orders-1m.csv');
	await expect(card.getByTestId('quality-report')).toBeVisible({ timeout: 180_000 });
	expect(await figure(card, 'q-read')).toBe(LINES);
	// Every 1000th line has no customer id.
	expect(await figure(card, 'q-kept')).toBe(LINES - LINES / 1000);
	expect(await figure(card, 'q-customers')).toBe(LINES / 20);
});
