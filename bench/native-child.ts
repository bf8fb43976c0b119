// Runs an exported pipeline script on native DuckDB, section by section, in its own process
// (so its peak memory is its own): `node --import tsx bench/native-child.ts <script> <data dir>`.
// Prints one JSON line: the milliseconds of each phase and cell, and the peak resident memory.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteLiteral } from '../src/sql/quote';
import { scriptSections } from './script-sections';

const [scriptPath, dataDir] = process.argv.slice(2);
if (!scriptPath || !dataDir) throw new Error('usage: native-child.ts <script.sql> <data dir>');

const connection = await (await DuckDBInstance.create(':memory:')).connect();
await connection.run(`SET file_search_path = ${quoteLiteral(dataDir)}`);
const settings = await connection.runAndReadAll(
	"SELECT current_setting('threads')::INT AS threads, version() AS version"
);
const { threads, version } = settings.getRowObjectsJson()[0]!;
const phases: Record<string, number> = {
	ingest: 0,
	'mapping + cleaning': 0,
	customers: 0
};
const cells: string[] = [];
const PHASE_NAMES = {
	read: 'ingest',
	clean: 'mapping + cleaning',
	customers: 'customers'
} as const;
let total = 0;
for (const section of scriptSections(readFileSync(scriptPath, 'utf8'))) {
	const started = performance.now();
	// Results are read whole, as the app reads a cell's result.
	if (section.sql.trim()) await connection.runAndReadAll(section.sql);
	const ms = performance.now() - started;
	total += ms;
	if (section.phase === 'cell') {
		cells.push(section.title);
		phases[`cell ${cells.length}`] = ms;
	} else {
		const phase = PHASE_NAMES[section.phase];
		phases[phase] = (phases[phase] ?? 0) + ms;
	}
}
phases['total'] = total;
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ phases, cells, maxRss, threads, version }));
