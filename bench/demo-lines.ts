// Transactions files of any length from the demo generator: the demo shop's order lines,
// repeated with fresh seeds, each repetition's customer and order ids given a `-<n>` suffix
// (so every repetition is a new set of customers) until the file has the lines asked for.
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoData } from '../src/demo';

/** A generated file and what it holds. */
export interface DemoLinesFile {
	path: string;
	lines: number;
	bytes: number;
	customers: number;
}

/** `orderId,customerId,rest` with `-<n>` added to both ids (an empty customer id stays empty). */
export function suffixIds(line: string, n: number): string {
	const first = line.indexOf(',');
	const second = line.indexOf(',', first + 1);
	const order = line.slice(0, first);
	const customer = line.slice(first + 1, second);
	return `${order}-${n},${customer ? `${customer}-${n}` : ''}${line.slice(second)}`;
}

/** Writes (or reuses) a transactions CSV of exactly `lines` order lines at `path`. */
export async function writeDemoLines(path: string, lines: number): Promise<DemoLinesFile> {
	const meta = `${path}.json`;
	if (existsSync(path) && existsSync(meta)) {
		const known = JSON.parse(readFileSync(meta, 'utf8')) as DemoLinesFile;
		if (known.lines === lines) return known;
	}
	mkdirSync(dirname(path), { recursive: true });
	const out = createWriteStream(path);
	const customers = new Set<string>();
	let written = 0;
	let bytes = 0;
	const write = async (text: string) => {
		bytes += Buffer.byteLength(text);
		if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
	};
	for (let n = 1; written < lines; n++) {
		const csv = generateDemoData(DEFAULT_DEMO_SEED + n).find((f) => f.name === 'transactions.csv')!;
		const [header, ...body] = csv.text.trimEnd().split('\n');
		if (n === 1) await write(header + '\n');
		const take = body.slice(0, lines - written).map((line) => suffixIds(line, n));
		for (const line of take) {
			const id = line.split(',', 2)[1];
			if (id) customers.add(id);
		}
		await write(take.join('\n') + '\n');
		written += take.length;
	}
	await new Promise<void>((resolve) => out.end(resolve));
	const file = { path, lines, bytes, customers: customers.size };
	writeFileSync(meta, JSON.stringify(file));
	return file;
}
