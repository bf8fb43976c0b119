import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/chromium';

// SB_PORT / SB_DIST let two builds be tested side by side (e.g. by engineers working in parallel).
const port = Number(process.env.SB_PORT ?? 4173);
const dist = process.env.SB_DIST ?? 'dist';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 120_000,
	expect: { timeout: 60_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}/segmentbook/`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromiumExecutable(),
			args: CHROMIUM_ARGS
		},
		trace: 'off'
	},
	webServer: {
		command: `node scripts/serve-dist.mjs --dir ${dist} --base /segmentbook/ --port ${port}`,
		url: `http://127.0.0.1:${port}/segmentbook/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
