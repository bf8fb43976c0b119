// One timed run in headless Chromium: open the built app (start-up with the demo notebook),
// drop a file on it, and read the app's own performance measures (src/notebook/timings.ts)
// until the notebook is ready on screen; meanwhile sample memory.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/chromium';
import { peakRendererRss } from './process-memory';

/** Figures of one browser run, in milliseconds and bytes. */
export interface BrowserRun {
	/** From navigation start: the engine ready, and the demo notebook computed and on screen. */
	startup: { engineReady: number; demoReady: number; snapshotShown: number };
	/** From the drop: ingest, mapping + cleaning (+ views), customers (+ as-of), each cell, total. */
	phases: Record<string, number>;
	/** Cell kinds in the order they ran (the keys `cell N` of `phases`). */
	cells: string[];
	/** Peak main-thread JS heap, and peak resident memory of the page's renderer process. */
	peakJsHeap: number;
	peakRendererRss: number | null;
	/** The pipeline as the app exports it (`export-sql`), for native DuckDB to run. */
	script: string;
	/** Every error message on screen once ready (a file refused, a cell that failed). */
	errors: string[];
}

interface Entry {
	name: string;
	startTime: number;
	duration: number;
}

// True once the notebook marked itself ready and nothing is running, queued or loading. A
// function, not a string: the page's CSP forbids evaluating strings.
function readyAt(): number | false {
	const ready = performance.getEntriesByName('sb:notebook-ready').length > 0;
	const progress = document.querySelector('[data-testid="progress"]') !== null;
	const statuses = Array.from(document.querySelectorAll('[data-testid="cell-status"]'));
	const busy = progress || statuses.some((e) => /Running|Waiting/.test(e.textContent ?? ''));
	return ready && !busy ? performance.now() : false;
}

async function waitReady(page: Page, timeout: number): Promise<number> {
	const handle = await page.waitForFunction(readyAt, undefined, { polling: 'raf', timeout });
	return (await handle.jsonValue()) as number;
}

async function entries(page: Page): Promise<Entry[]> {
	return page.evaluate(() =>
		performance
			.getEntries()
			.filter((e) => e.name.startsWith('sb:'))
			.map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration }))
	);
}

/** Sums the durations of the measures whose name starts with `prefix`. */
function sum(list: Entry[], prefix: string): number {
	return list.filter((e) => e.name.startsWith(prefix)).reduce((s, e) => s + e.duration, 0);
}

// A fresh headless Chromium per run, as the browser tests launch it: its memory peak is its own.
function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS,
		headless: true
	});
}

/** Opens `url` in a fresh Chromium, drops `file` and measures it (see BrowserRun). */
export async function browserRun(
	url: string,
	file: string,
	timeoutMs: number
): Promise<BrowserRun> {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		let peakJsHeap = 0;
		const sampler = setInterval(() => {
			cdp
				.send('Performance.getMetrics')
				.then(({ metrics }) => {
					const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
					peakJsHeap = Math.max(peakJsHeap, used);
				})
				.catch(() => undefined);
		}, 200);
		try {
			await page.goto(url);
			const demoReady = await waitReady(page, 120_000);
			const start = await entries(page);
			const engineReady = start.find((e) => e.name === 'sb:engine-ready')?.startTime ?? NaN;
			const snapshotShown = start.find((e) => e.name === 'sb:snapshot-shown')?.startTime ?? NaN;
			await page.evaluate(() => {
				performance.clearMarks();
				performance.clearMeasures();
			});
			await page.getByTestId('file-input').setInputFiles(file);
			const readyAt = await waitReady(page, timeoutMs);
			const list = await entries(page);
			const added = list.find((e) => e.name === 'sb:files-added')?.startTime ?? NaN;
			const cellEntries = list
				.filter((e) => e.name.startsWith('sb:cell:'))
				.sort((a, b) => a.startTime - b.startTime);
			const phases: Record<string, number> = {
				ingest: sum(list, 'sb:ingest:'),
				'mapping + cleaning': sum(list, 'sb:clean:') + sum(list, 'sb:views'),
				customers: sum(list, 'sb:as-of') + sum(list, 'sb:customers'),
				...Object.fromEntries(cellEntries.map((e, i) => [`cell ${i + 1}`, e.duration])),
				total: readyAt - added
			};
			const errors = await page.evaluate(() =>
				Array.from(document.querySelectorAll('[role="alert"]'), (e) => e.textContent ?? '')
			);
			const download = page.waitForEvent('download');
			await page.getByTestId('export-sql').click();
			const script = readFileSync((await (await download).path())!, 'utf8');
			return {
				startup: { engineReady, demoReady, snapshotShown },
				phases,
				cells: cellEntries.map((e) => e.name.split(':')[2]!),
				peakJsHeap,
				peakRendererRss: peakRendererRss(process.pid),
				script,
				errors: [...new Set(errors.map((e) => e.trim()))]
			};
		} finally {
			clearInterval(sampler);
		}
	} finally {
		await browser.close();
	}
}

/** How long the cluster scatter took to draw, and how many points it drew. */
export interface ScatterRun {
	points: number;
	drawMs: number;
}

/**
 * Drops `file`, adds a clusters cell (default features and k) once the notebook is ready and
 * reads the first draw of its scatter (`sb:draw:cluster-scatter`, Plot's whole render).
 */
export async function scatterRun(
	url: string,
	file: string,
	timeoutMs: number
): Promise<ScatterRun> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(url);
		await waitReady(page, 120_000);
		await page.getByTestId('file-input').setInputFiles(file);
		await waitReady(page, timeoutMs);
		await page.evaluate(() => performance.clearMeasures());
		await page.getByTestId('add-cell').last().click();
		await page.getByTestId('add-cell-clusters').click();
		const scatter = page.getByTestId('cluster-scatter');
		await scatter.waitFor({ timeout: timeoutMs });
		await page.waitForFunction(
			() => performance.getEntriesByName('sb:draw:cluster-scatter').length > 0,
			undefined,
			{ timeout: timeoutMs }
		);
		const drawMs = await page.evaluate(
			() => performance.getEntriesByName('sb:draw:cluster-scatter')[0]!.duration
		);
		return { points: Number(await scatter.getAttribute('data-points')), drawMs };
	} finally {
		await browser.close();
	}
}
