import { beforeAll } from 'vitest';

/**
 * jsdom has no canvas, which Plot's colour ramp legend paints on: installs a stand-in that draws
 * nothing, before the tests of the calling file.
 */
export function stubCanvas(): void {
	beforeAll(() => {
		const paint = { fillStyle: '', fillRect: () => undefined };
		HTMLCanvasElement.prototype.getContext = (() => paint) as never;
		HTMLCanvasElement.prototype.toDataURL = () => 'data:,';
	});
}
