import { expect, type Locator, type Page } from '@playwright/test';
import { addCell } from './app';

export { addCell };

// Helpers of the language specs: screenshots for people to look at, written only when asked.
const SHOTS = process.env.SB_SCREENSHOTS === '1';

/** Waits until no cell is running or queued, whatever the language (by state, not by text). */
export async function settled(page: Page): Promise<void> {
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.locator('.status.running')).toHaveCount(0, { timeout: 120_000 });
}

/** Saves docs/screenshots/<name>.png of `part` when SB_SCREENSHOTS=1. */
export async function shoot(part: Locator, name: string): Promise<void> {
	if (!SHOTS) return;
	await part.page().mouse.move(0, 0);
	await part.screenshot({ path: `docs/screenshots/${name}.png` });
}
