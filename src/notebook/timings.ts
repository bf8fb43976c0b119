/** Every performance mark and measure of the app starts with this (`npm run bench` reads them). */
export const TIMING_PREFIX = 'sb:';

/** Marks a moment (e.g. `engine-ready`) on the page's performance timeline. */
export function markTiming(name: string): void {
	performance.mark(TIMING_PREFIX + name);
}

/** Runs `work` and records how long it took as a performance measure named `name`. */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await work();
	} finally {
		performance.measure(TIMING_PREFIX + name, { start, end: performance.now() });
	}
}

/** Runs `work` (synchronous, e.g. drawing a chart) and records how long it took as `name`. */
export function timedSync<T>(name: string, work: () => T): T {
	const start = performance.now();
	try {
		return work();
	} finally {
		performance.measure(TIMING_PREFIX + name, { start, end: performance.now() });
	}
}
