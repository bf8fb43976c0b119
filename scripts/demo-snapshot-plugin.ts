import type { Plugin, ViteDevServer } from 'vite';
import { withAppModules } from './app-modules-in-node.ts';
import { DEMO_SNAPSHOT_FILE } from '../src/demo/snapshot/snapshot-file.ts';
import { useOneArrow } from './one-arrow.ts';

interface ComputeModule {
	computeDemoSnapshot(start: () => Promise<unknown>): Promise<string>;
}
interface BackendModule {
	nodeBackends(): { start: () => Promise<unknown>; workers: { terminate(): void }[] };
}

// The app's own modules (rune classes, cell kinds, the demo generator) run here in Node through
// Vite's SSR loader, on DuckDB-WASM's Node build: the snapshot is what the page itself computes.
async function computeWith(server: ViteDevServer): Promise<string> {
	await useOneArrow();
	const { nodeBackends } = (await server.ssrLoadModule(
		'/scripts/duckdb-node-backend.ts'
	)) as BackendModule;
	const { computeDemoSnapshot } = (await server.ssrLoadModule(
		'/src/demo/snapshot/compute-demo-snapshot.ts'
	)) as ComputeModule;
	const backends = nodeBackends();
	try {
		return await computeDemoSnapshot(backends.start);
	} finally {
		for (const worker of backends.workers) worker.terminate();
	}
}

/**
 * Computes the demo notebook once when the app is built (or the dev server first serves it) and
 * serves it as `demo-snapshot.json`: the page shows it while DuckDB starts, then computes the
 * same notebook itself (see `src/demo/snapshot`).
 */
export function demoSnapshot(): Plugin {
	let root = process.cwd();
	let building: Promise<string> | null = null;
	let serving: Promise<string | null> | null = null;
	return {
		name: 'segmentbook-demo-snapshot',
		configResolved(config) {
			root = config.root;
		},
		buildStart() {
			// Only the app's build: not the workers' nested builds, nor vitest.
			if (this.meta.watchMode || process.env['VITEST']) return;
			building ??= withAppModules(root, computeWith);
		},
		async generateBundle() {
			if (!building) return;
			this.emitFile({ type: 'asset', fileName: DEMO_SNAPSHOT_FILE, source: await building });
		},
		configureServer(server) {
			server.middlewares.use((request, response, next) => {
				if (!request.url?.split('?')[0]!.endsWith('/' + DEMO_SNAPSHOT_FILE)) return next();
				serving ??= computeWith(server).catch((error: unknown) => {
					server.config.logger.warn(`demo snapshot not made: ${String(error)}`);
					return null;
				});
				void serving.then((json) => {
					if (json === null) return next();
					response.setHeader('Content-Type', 'application/json');
					response.end(json);
				});
			});
		}
	};
}
