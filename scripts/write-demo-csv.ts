// Writes the demo data set as CSV files: `npm run demo:csv -- [folder] [seed]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoData } from '../src/demo';

const folder = resolve(process.argv[2] ?? 'demo-data');
const seed = process.argv[3] === undefined ? DEFAULT_DEMO_SEED : Number(process.argv[3]);
if (!Number.isInteger(seed)) throw new Error(`invalid seed: ${process.argv[3]}`);

const started = performance.now();
const files = generateDemoData(seed);
const elapsed = performance.now() - started;

mkdirSync(folder, { recursive: true });
for (const file of files) {
	const path = join(folder, file.name);
	writeFileSync(path, file.text);
	const rows = file.text.split('\n').length - 2;
	const size = (Buffer.byteLength(file.text) / 1024).toFixed(0);
	const shown = relative(process.cwd(), path);
	console.log(`${shown.startsWith('..') ? path : shown}: ${rows} rows, ${size} KiB`);
}
console.log(`seed ${seed}, generated in ${elapsed.toFixed(0)} ms`);
