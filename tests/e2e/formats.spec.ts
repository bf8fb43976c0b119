import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { figure, openApp, recordRequests, sourceCard } from './app';

const dir = join('test-results', 'format-fixtures');

// Three orders by two customers, the same in every format: 3 read, 3 kept, 2 customers.
const orders = [
	{ customer_id: 'P1', order_date: '2024-06-01', amount: 12.5 },
	{ customer_id: 'P2', order_date: '2024-06-03', amount: 40 },
	{ customer_id: 'P1', order_date: '2024-07-15', amount: 7.25 }
];

function write(name: string, bytes: Uint8Array | string): string {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

test('an Excel workbook loads its first sheet, and another sheet can be picked', async ({
	page
}) => {
	const workbook = XLSX.utils.book_new();
	const orderRows = orders.map((o) => ({ ...o, order_date: new Date(o.order_date + 'T00:00:00') }));
	XLSX.utils.book_append_sheet(workbook, XLSX.utils.json_to_sheet(orderRows), 'Orders');
	XLSX.utils.book_append_sheet(
		workbook,
		XLSX.utils.json_to_sheet([
			{ customer_id: 'P1', gender: 'F', city: 'Hanoi' },
			{ customer_id: 'P2', gender: 'M', city: 'Tehran' }
		]),
		'Customers'
	);
	const path = write('client.xlsx', XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));

	const requests = recordRequests(page);
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(path);
	const card = sourceCard(page, 'client.xlsx');
	await expect(card.getByTestId('quality-report')).toBeVisible();
	await expect(card.getByTestId('kind-select')).toHaveValue('transactions');
	expect(await figure(card, 'q-kept')).toBe(3);
	expect(await figure(card, 'q-customers')).toBe(2);
	await expect(card.getByTestId('q-dates')).toHaveText('2024-06-01 → 2024-07-15');

	await card.getByTestId('sheet-select').selectOption('Customers');
	await expect(card.getByTestId('kind-select')).toHaveValue('customers');
	await expect(card.getByTestId('q-read')).toHaveText('2');
	expect(requests.offOrigin()).toEqual([]);
});

test('JSON records load', async ({ page }) => {
	const path = write('orders.json', JSON.stringify(orders));
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(path);
	const card = sourceCard(page, 'orders.json');
	await expect(card.getByTestId('quality-report')).toBeVisible();
	expect(await figure(card, 'q-kept')).toBe(3);
	expect(await figure(card, 'q-customers')).toBe(2);
});

test('Parquet loads without any extension download', async ({ page }) => {
	const buffer = parquetWriteBuffer({
		columnData: [
			{ name: 'customer_id', data: orders.map((o) => o.customer_id), type: 'STRING' },
			{ name: 'order_date', data: orders.map((o) => o.order_date), type: 'STRING' },
			{ name: 'amount', data: orders.map((o) => o.amount), type: 'DOUBLE' }
		]
	});
	const path = write('orders.parquet', new Uint8Array(buffer));
	const requests = recordRequests(page);
	await openApp(page);
	await page.getByTestId('file-input').setInputFiles(path);
	const card = sourceCard(page, 'orders.parquet');
	await expect(card.getByTestId('quality-report')).toBeVisible();
	expect(await figure(card, 'q-read')).toBe(3);
	expect(await figure(card, 'q-customers')).toBe(2);
	expect(requests.offOrigin()).toEqual([]);
});
