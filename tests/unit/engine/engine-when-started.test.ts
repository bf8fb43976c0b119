import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/database';
import { engineWhenStarted } from '../../../src/engine/engine-when-started';

describe('engineWhenStarted', () => {
	it('holds calls until the engine has started, then runs them on it in order', async () => {
		let start!: (engine: Engine) => void;
		const starting = new Promise<Engine>((resolve) => (start = resolve));
		const waiting = engineWhenStarted(starting);
		const calls: string[] = [];
		const first = waiting.query('SELECT 1');
		const second = waiting.query('SELECT 2');
		await Promise.resolve();
		expect(calls).toEqual([]);
		const engine = {
			prefix: 'ran ',
			query(this: { prefix: string }, sql: string) {
				calls.push(sql);
				return Promise.resolve(this.prefix + sql);
			}
		};
		start(engine as unknown as Engine);
		expect(await first).toBe('ran SELECT 1');
		expect(await second).toBe('ran SELECT 2');
		expect(calls).toEqual(['SELECT 1', 'SELECT 2']);
	});

	it('is not itself a promise, so awaiting it does not wait for the engine', async () => {
		const waiting = engineWhenStarted(new Promise<Engine>(() => undefined));
		expect(await Promise.resolve(waiting)).toBe(waiting);
	});
});
