import type { DemoSnapshot } from './demo-snapshot';
import { DEMO_SNAPSHOT_FILE } from './snapshot-file';
import { readSnapshotJson } from './snapshot-json';

/** The build's demo snapshot, or null when there is none (the page then waits for DuckDB). */
export async function fetchDemoSnapshot(): Promise<DemoSnapshot | null> {
	try {
		const response = await fetch(new URL(DEMO_SNAPSHOT_FILE, document.baseURI));
		if (!response.ok) return null;
		return readSnapshotJson(await response.text()) as DemoSnapshot;
	} catch {
		return null;
	}
}
