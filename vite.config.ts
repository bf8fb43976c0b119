import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { demoSnapshot } from './scripts/demo-snapshot-plugin.ts';

// `base: './'` makes every asset URL relative, so the built app works from any sub-path
// (a project page at /segmentbook/) and from a plain static file server.
export default defineConfig({
	base: './',
	plugins: [svelte(), demoSnapshot()],
	worker: { format: 'es' },
	build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30000,
		// Set-ups that load fixtures through the whole ingest path on DuckDB-WASM take seconds;
		// on a busy two-core machine more than vitest's default of 10 s.
		hookTimeout: 60000,
		pool: 'forks'
	}
});
