import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Playwright's own Chromium when it is installed; otherwise the system's (Debian's `chromium`),
 * for machines where Playwright cannot download its browser.
 */
export function chromiumExecutable(): string | undefined {
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// No Playwright browser registered: fall through to the system one.
	}
	const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	return system.find((path) => existsSync(path));
}

/** Flags for headless Chromium in a container: no sandbox, no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
