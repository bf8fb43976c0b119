// Where a file's load goes, statement by statement: `npx tsx bench/profile-load.ts <csv> [n]`
// loads the CSV with the app's own code on DuckDB-WASM in Node and prints the n slowest
// statements (default 15) with their share. The file is handed over as text (the page registers
// a dropped file as a handle instead), so reading it costs a copy more than in the page.
// SB_SQL=<text> also prints, in full, every statement that contains <text>.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { withAppModules } from '../scripts/app-modules-in-node';
import { useOneArrow } from '../scripts/one-arrow';
import type { StatementTiming } from './statement-timings';

const [path, shown = '15'] = process.argv.slice(2);
if (!path) throw new Error('usage: tsx bench/profile-load.ts <file.csv> [statements shown]');
await useOneArrow();
const text = readFileSync(resolve(path), 'utf8');
const root = resolve(import.meta.dirname, '..');

const timings = await withAppModules(root, async (server) => {
	const { nodeBackends } = await server.ssrLoadModule('/scripts/duckdb-node-backend.ts');
	const { timeStatements } = await server.ssrLoadModule('/bench/statement-timings.ts');
	const backends = nodeBackends();
	try {
		return (await timeStatements(backends.start, basename(path), text)) as StatementTiming[];
	} finally {
		for (const worker of backends.workers) worker.terminate();
	}
});

const total = (step: string) =>
	timings.filter((t) => t.step === step).reduce((sum, t) => sum + t.ms, 0);
console.log(
	`${timings.length} statements: data ${(total('data') / 1000).toFixed(2)} s, ` +
		`notebook ${(total('notebook') / 1000).toFixed(2)} s`
);
const all = total('data') + total('notebook');
if (process.env.SB_SQL)
	for (const t of timings.filter((t) => t.sql.includes(process.env.SB_SQL!))) console.log(t.sql);
for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, Number(shown))) {
	const sql = t.sql.replace(/\s+/g, ' ').slice(0, 110);
	console.log(
		`${(t.ms / 1000).toFixed(2).padStart(6)} s ${((100 * t.ms) / all).toFixed(0).padStart(3)}%  ${t.step.padEnd(8)} ${sql}`
	);
}
