import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Figures of one native DuckDB run of the exported pipeline. */
export interface NativeRun {
	phases: Record<string, number>;
	cells: string[];
	maxRss: number;
	threads: number;
	version: string;
}

/** Runs `script` on native DuckDB in a child process, reading files from `dataDir`. */
export function nativeRun(script: string, dataDir: string): NativeRun {
	const path = join(dataDir, 'pipeline.sql');
	writeFileSync(path, script);
	const child = join(import.meta.dirname, 'native-child.ts');
	const out = execFileSync(process.execPath, ['--import', 'tsx', child, path, dataDir], {
		encoding: 'utf8',
		maxBuffer: 16 * 1024 * 1024
	});
	return JSON.parse(out.trim().split('\n').pop()!) as NativeRun;
}
