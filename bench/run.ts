// `npm run bench`: the app in headless Chromium beside native DuckDB on the same files, plus
// the numerical models. Prints the tables and writes bench/results.json (see bench/README.md).
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBenchArgs, runsFor } from './args';
import { browserRun, scatterRun, type BrowserRun } from './browser-run';
import { writeDemoLines, type DemoLinesFile } from './demo-lines';
import { timeBgNbdFit, timeClvJob, timeKSweep } from './models';
import { nativeRun, type NativeRun } from './native-run';
import { median, medianRecord } from './stats';
import { comparisonTable, markdownTable, seconds, type ComparisonRow } from './table';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench', 'data');
const options = parseBenchArgs(process.argv.slice(2));
const log = (text: string) => console.log(`[bench] ${text}`);
const mb = (bytes: number | null) => (bytes === null ? null : Math.round(bytes / 1e6));

async function serve(): Promise<() => void> {
	const server = spawn(
		process.execPath,
		[
			'scripts/serve-dist.mjs',
			'--dir',
			options.dist,
			'--base',
			'/segmentbook/',
			'--port',
			String(options.port)
		],
		{ cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((ready, fail) => {
		server.stdout.once('data', () => ready());
		server.once('exit', (code) => fail(new Error(`the file server stopped (${code})`)));
	});
	return () => server.kill();
}

interface SizeResult {
	file: Omit<DemoLinesFile, 'path'>;
	runs: number;
	browser: {
		phases: Record<string, number>;
		cells: string[];
		peakJsHeapMB: number | null;
		peakRendererRssMB: number | null;
		all: BrowserRun['phases'][];
		errors: string[];
	} | null;
	native: {
		phases: Record<string, number>;
		cells: string[];
		peakRssMB: number | null;
		threads: number;
		version: string;
		all: NativeRun['phases'][];
	} | null;
	startup: BrowserRun['startup'][];
}

async function measureSize(lines: number, url: string): Promise<SizeResult> {
	log(`generating ${lines.toLocaleString('en-US')} order lines`);
	const { path, ...file } = await writeDemoLines(join(DATA, `transactions-${lines}.csv`), lines);
	const runs = runsFor(options, lines);
	const browserRuns: BrowserRun[] = [];
	const nativeRuns: NativeRun[] = [];
	let script: string | null = null;
	for (let i = 0; i < runs; i++) {
		if (options.browser) {
			log(`browser run ${i + 1}/${runs} on ${lines.toLocaleString('en-US')} lines`);
			const run = await browserRun(url, path, 30 * 60_000);
			browserRuns.push(run);
			script = run.script;
			log(`  total ${seconds(run.phases['total']!)} s`);
			for (const error of run.errors) log(`  on screen: ${error}`);
		}
	}
	if (options.native && script) {
		for (let i = 0; i < runs; i++) {
			log(`native run ${i + 1}/${runs}`);
			nativeRuns.push(nativeRun(script, DATA));
		}
	}
	const last = browserRuns[browserRuns.length - 1];
	const lastNative = nativeRuns[nativeRuns.length - 1];
	return {
		file,
		runs,
		browser: last
			? {
					phases: medianRecord(browserRuns.map((r) => r.phases)),
					cells: last.cells,
					peakJsHeapMB: mb(Math.max(...browserRuns.map((r) => r.peakJsHeap))),
					peakRendererRssMB: mb(
						Math.max(...browserRuns.map((r) => r.peakRendererRss ?? NaN)) || null
					),
					all: browserRuns.map((r) => r.phases),
					errors: [...new Set(browserRuns.flatMap((r) => r.errors))]
				}
			: null,
		native: lastNative
			? {
					phases: medianRecord(nativeRuns.map((r) => r.phases)),
					cells: lastNative.cells,
					peakRssMB: mb(Math.max(...nativeRuns.map((r) => r.maxRss))),
					threads: Number(lastNative.threads),
					version: lastNative.version,
					all: nativeRuns.map((r) => r.phases)
				}
			: null,
		startup: browserRuns.map((r) => r.startup)
	};
}

function comparisonRows(results: SizeResult[]): ComparisonRow[] {
	return results.flatMap((r) => {
		const keys = Object.keys(r.browser?.phases ?? r.native?.phases ?? {});
		return keys.map((key) => {
			const cell = /^cell (\d+)$/.exec(key);
			const kind = cell ? r.browser?.cells[Number(cell[1]) - 1] : undefined;
			return {
				lines: r.file.lines,
				phase: kind ? `cell: ${kind}` : key,
				browserMs: r.browser?.phases[key] ?? NaN,
				nativeMs: r.native?.phases[key] ?? NaN
			};
		});
	});
}

async function main(): Promise<void> {
	// Other work on the machine skews every figure: the load is recorded beside them.
	const loadBefore = loadavg()[0]!;
	if (options.browser && !options.noBuild) {
		log(`building the app into ${options.dist}`);
		execFileSync('npx', ['vite', 'build', '--outDir', options.dist, '--emptyOutDir'], {
			cwd: ROOT,
			stdio: 'ignore'
		});
	}
	const stop = options.browser ? await serve() : () => undefined;
	const url = `http://127.0.0.1:${options.port}/segmentbook/`;
	const results: SizeResult[] = [];
	const models: Record<string, number> = {};
	try {
		for (const lines of options.sizes) results.push(await measureSize(lines, url));
		const largest = Math.max(...options.sizes);
		if (options.browser && options.scatter && Number.isFinite(largest)) {
			log(`cluster scatter after ${largest.toLocaleString('en-US')} lines`);
			const path = join(DATA, `transactions-${largest}.csv`);
			const { points, drawMs } = await scatterRun(url, path, 30 * 60_000);
			models[`cluster scatter drawn, ${points} points`] = drawMs;
		}
	} finally {
		stop();
	}
	if (options.models) {
		for (const n of options.sweepCustomers) {
			log(`k-sweep on ${n.toLocaleString('en-US')} customers`);
			models[`k-sweep k=2…10, ${n} customers`] = timeKSweep(n);
		}
		if (options.bgnbdCustomers > 0) {
			log(`BG/NBD fit on ${options.bgnbdCustomers.toLocaleString('en-US')} customers`);
			models[`BG/NBD fit, ${options.bgnbdCustomers} customers`] = timeBgNbdFit(
				options.bgnbdCustomers
			);
			log(`lifetime-value job on ${options.bgnbdCustomers.toLocaleString('en-US')} customers`);
			models[`CLV job (BG/NBD + Gamma-Gamma + scores), ${options.bgnbdCustomers} customers`] =
				timeClvJob(options.bgnbdCustomers);
		}
	}
	const startups = results.flatMap((r) => r.startup);
	const startup = {
		engineReadyMs: median(startups.map((s) => s.engineReady)),
		snapshotShownMs: median(startups.map((s) => s.snapshotShown)),
		demoNotebookReadyMs: median(startups.map((s) => s.demoReady)),
		runs: startups.length
	};
	const report = {
		date: new Date().toISOString(),
		machine: {
			cpus: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			memoryGB: Math.round(totalmem() / 1e9),
			node: process.version,
			loadAverage1m: { before: loadBefore, after: loadavg()[0]! }
		},
		options,
		startup,
		sizes: results,
		models
	};
	writeFileSync(resolve(ROOT, options.out), JSON.stringify(report, null, '\t') + '\n');
	console.log('\n' + comparisonTable(comparisonRows(results)));
	console.log(
		'\n' +
			markdownTable(
				[
					'order lines',
					'customers',
					'file (MB)',
					'runs',
					'peak renderer RSS (MB)',
					'peak main JS heap (MB)',
					'native peak RSS (MB)'
				],
				results.map((r) => [
					r.file.lines.toLocaleString('en-US'),
					r.file.customers.toLocaleString('en-US'),
					String(mb(r.file.bytes)),
					String(r.runs),
					String(r.browser?.peakRendererRssMB ?? '–'),
					String(r.browser?.peakJsHeapMB ?? '–'),
					String(r.native?.peakRssMB ?? '–')
				])
			)
	);
	console.log(
		'\n' +
			markdownTable(
				['measure', 'seconds'],
				[
					["start-up: demo on screen (the build's snapshot)", seconds(startup.snapshotShownMs)],
					['start-up: engine ready', seconds(startup.engineReadyMs)],
					['start-up: demo notebook computed', seconds(startup.demoNotebookReadyMs)],
					...Object.entries(models).map(([name, ms]) => [name, seconds(ms)])
				]
			)
	);
	log(`wrote ${options.out}`);
}

await main();
