import { createServer, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Runs `work` with a Vite SSR server of its own over the app at `root`, so Node can load the
 * app's modules (rune classes included) with `server.ssrLoadModule`; closes it afterwards.
 */
export async function withAppModules<T>(
	root: string,
	work: (server: ViteDevServer) => Promise<T>
): Promise<T> {
	const server = await createServer({
		configFile: false,
		root,
		plugins: [svelte()],
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'error',
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		return await work(server);
	} finally {
		await server.close();
	}
}
