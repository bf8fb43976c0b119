// Peak memory of Chromium's renderer processes, from Linux's /proc (VmHWM: the most resident
// memory the process ever had). The page's DuckDB worker and its WebAssembly memory live in
// the renderer, so this covers what the JS heap figures leave out.
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | null {
	try {
		// "pid (name) state ppid ...": the name may hold spaces, so read after the last ")".
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return null;
	}
}

function descendants(root: number): number[] {
	const pids = readdirSync('/proc')
		.filter((d) => /^\d+$/.test(d))
		.map(Number);
	const found = new Set([root]);
	for (let grew = true; grew;) {
		grew = false;
		for (const pid of pids) {
			const parent = parentOf(pid);
			if (!found.has(pid) && parent !== null && found.has(parent)) {
				found.add(pid);
				grew = true;
			}
		}
	}
	found.delete(root);
	return [...found];
}

/** The largest peak resident memory (bytes) among the renderers under process `root`, or null. */
export function peakRendererRss(root: number): number | null {
	let peak: number | null = null;
	for (const pid of descendants(root)) {
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
			const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			if (kb) peak = Math.max(peak ?? 0, Number(kb) * 1024);
		} catch {
			// The process ended between the listing and the read.
		}
	}
	return peak;
}
