import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addCell, sourceCard } from './app';

export { addCell };

/** The path of a fixture file. */
export const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Every analysis kind a person can add, in the add-cell menu's order (data and SQL are already there). */
export const ANALYSIS_KINDS = [
	'kpis',
	'rfm',
	'tiers',
	'cohorts',
	'clusters',
	'clv',
	'breakdown',
	'behaviour',
	'lifecycle',
	'rules',
	'personas'
] as const;

/** Waits until no cell is running or waiting to run. */
export async function settled(page: Page): Promise<void> {
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('cell-status').filter({ hasText: /Running|Waiting/ })).toHaveCount(
		0,
		{ timeout: 180_000 }
	);
}

/** Drops the files on the file input, as a person picking them would, and waits for the runs. */
export async function dropFiles(page: Page, files: string[]): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(files.map(fixture));
	await expect(page.getByTestId('demo-badge')).toHaveCount(0);
	await settled(page);
}

/** Gives a column of a dropped file a role in the column mapping, as a person would. */
export async function setRole(page: Page, file: string, column: string, role: string) {
	const card = sourceCard(page, file);
	const select = card.getByLabel(`Role of ${column}`);
	if (!(await select.isVisible())) await card.locator('summary').first().click();
	await select.selectOption(role);
	await settled(page);
}

/** Adds one cell of every analysis kind, a note and an export cell, and waits until all ran. */
export async function addEveryCell(page: Page, note: string): Promise<Locator> {
	const noteCell = await addCell(page, 'note');
	await noteCell.getByTestId('note-edit').click();
	await noteCell.getByTestId('note-editor').fill(note);
	await noteCell.getByRole('button', { name: 'Done' }).click();
	for (const kind of ANALYSIS_KINDS) {
		await addCell(page, kind);
		await settled(page);
	}
	const exportCell = await addCell(page, 'export');
	await expect(exportCell.getByTestId('export-summary')).toBeVisible();
	await settled(page);
	return exportCell;
}

/** Clicks a button that downloads a file and returns the file's text and the download. */
export async function downloadText(page: Page, button: Locator) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const text = readFileSync((await file.path())!, 'utf8');
	return { name: file.suggestedFilename(), text, file };
}

/** Downloads every export the app offers: from the export cell, and the pipeline SQL. */
export async function downloadEveryExport(page: Page, exportCell: Locator) {
	const at = (testId: string) => downloadText(page, exportCell.getByTestId(testId));
	const customersCsv = await at('export-customers-csv');
	await exportCell.getByTestId('export-segment-lens').selectOption('rfm_segment');
	const segmentCsv = await at('export-segment-csv');
	const parquet = await at('export-customers-parquet');
	const notebook = await at('export-notebook');
	const report = await at('export-report-html');
	const pipelineSql = await downloadText(page, page.getByTestId('export-sql'));
	await expect(exportCell.getByTestId('export-error')).toHaveCount(0);
	return { customersCsv, segmentCsv, parquet, notebook, report, pipelineSql };
}

/**
 * Opens a saved file (the HTML report) in a fresh browser context, as a double-click would:
 * `requests` lists whatever it asked for besides itself and inline data, `dialogs` what it showed.
 */
export async function openOffline(page: Page, path: string) {
	const context = await page.context().browser()!.newContext();
	const offline = await context.newPage();
	const url = pathToFileURL(path).href;
	const requests: string[] = [];
	const dialogs: string[] = [];
	offline.on('request', (r) => {
		if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url());
	});
	offline.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
	await offline.goto(url);
	return { offline, requests, dialogs, close: () => context.close() };
}
