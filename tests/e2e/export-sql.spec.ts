import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateDemoData } from '../../src/demo';
import { quoteLiteral } from '../../src/sql/quote';
import { openApp } from './app';

// The demo's four files as `npm run demo:csv` writes them: the script reads them by name.
function writeDemoCsv(): string {
	const dir = resolve('test-results', 'export-sql-demo');
	mkdirSync(dir, { recursive: true });
	for (const file of generateDemoData()) writeFileSync(join(dir, file.name), file.text);
	return dir;
}

function count(text: string): number {
	return Number(text.replace(/[^\d]/g, ''));
}

test('Export SQL downloads the pipeline, and native DuckDB gets the page’s figures from it', async ({
	page
}) => {
	await openApp(page);
	const kpi = (key: string) =>
		page
			.getByTestId('cell-kpis')
			.first()
			.locator(`[data-testid="kpi"][data-kpi="${key}"]`)
			.getByTestId('kpi-value');
	const buyers = count(await kpi('buyers').innerText());
	const customers = count(await kpi('customers').innerText());
	const topRow = await page
		.getByTestId('cell-sql')
		.first()
		.getByTestId('result-row')
		.first()
		.locator('td')
		.allInnerTexts();

	const downloading = page.waitForEvent('download');
	await page.getByTestId('export-sql').click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('Customer segmentation.sql');
	const script = readFileSync((await download.path())!, 'utf8');

	// Every step, from reading the files to the default cells, in the order the app runs them.
	const steps = [
		"-- ## read: read customers.csv\nCREATE OR REPLACE TABLE \"src_1\" AS SELECT * FROM read_csv('customers.csv', types = {'customer_id': 'VARCHAR'",
		'-- ## read: read transactions.csv\nCREATE OR REPLACE TABLE "src_2" AS SELECT * FROM read_csv(\'transactions.csv\'',
		'-- ## clean: clean transactions.csv as transactions',
		'CREATE OR REPLACE VIEW "transactions" AS',
		'-- ## customers: customers as of',
		'CREATE OR REPLACE TABLE lens_core AS',
		'CREATE OR REPLACE VIEW customers AS',
		'-- ## cell: cell 3: KPIs',
		'-- ## cell: cell 4: RFM',
		'-- ## cell: cell 5: Value tiers',
		'-- ## cell: cell 6: Cohort retention',
		'-- ## cell: cell 7: SQL\n-- Top 10 customers by revenue'
	];
	let at = 0;
	for (const step of steps) {
		const found = script.indexOf(step, at);
		expect(found, step).toBeGreaterThan(at - 1);
		at = found;
	}

	// The DuckDB command-line tool's engine, run on the same files, gives the page's figures.
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	try {
		await connection.run(`SET file_search_path = ${quoteLiteral(writeDemoCsv())}`);
		await connection.run(script);
		const figures = await connection.runAndReadAll(
			`SELECT count(*) FILTER (WHERE NOT is_prospect)::INT AS buyers, count(*)::INT AS customers
			FROM customers`
		);
		expect(figures.getRowObjectsJS()).toEqual([{ buyers, customers }]);
		const topQuery = script.slice(script.indexOf('-- Top 10 customers by revenue'));
		const [top] = (await connection.runAndReadAll(topQuery)).getRowObjectsJson();
		expect([top?.['customer_id'], String(top?.['orders'])]).toEqual(topRow.slice(0, 2));
	} finally {
		connection.closeSync();
	}
});
