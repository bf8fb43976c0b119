import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Table } from 'apache-arrow';
import { Engine, type EngineEvent } from '../../../src/engine/database';
import { EngineLostError } from '../../../src/engine/engine-error';
import type { EngineBackend } from '../../../src/engine/engine-backend';

// A real worker cannot be made to fail with an error of unknown shape on demand: these stand-in
// backends do, to check the health check that decides whether such an error lost the engine.
type Answer = (sql: string) => Promise<unknown>;

function fakeBackends(answers: Answer[]) {
	const started: { terminated: boolean }[] = [];
	const start = async (): Promise<EngineBackend> => {
		const answer = answers[started.length] ?? (async () => ({ numRows: 1 }));
		const state = { terminated: false };
		started.push(state);
		return {
			worker: { addEventListener: () => undefined, terminate: () => (state.terminated = true) },
			db: { getVersion: async () => 'v-fake', _onExecutionProgress: [] },
			conn: { query: (sql: string) => answer(sql) as Promise<Table> }
		} as unknown as EngineBackend;
	};
	return { start, started };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('Engine health check after an error of unknown shape', () => {
	it('keeps the engine when it still answers, and rethrows the error as it was', async () => {
		const odd = new TypeError('odd failure');
		const backends = fakeBackends([
			async (sql) => (sql === 'SELECT 1 AS ok' ? { numRows: 1 } : Promise.reject(odd))
		]);
		const engine = await Engine.start(backends.start);
		const events: EngineEvent['type'][] = [];
		engine.onEvent((e) => events.push(e.type));
		await expect(engine.query('SELECT something')).rejects.toBe(odd);
		expect(events).toEqual([]);
		expect(backends.started).toEqual([{ terminated: false }]);
	});

	it('restarts when the engine stops answering after it', async () => {
		vi.useFakeTimers();
		const backends = fakeBackends([
			(sql) =>
				sql === 'SELECT 1 AS ok'
					? new Promise(() => undefined)
					: Promise.reject(new TypeError('odd failure'))
		]);
		const engine = await Engine.start(backends.start);
		const events: EngineEvent['type'][] = [];
		engine.onEvent((e) => events.push(e.type));
		const failed = engine.query('SELECT something');
		const settled = failed.catch((e: unknown) => e);
		await vi.advanceTimersByTimeAsync(10_000);
		const error = await settled;
		expect(error).toBeInstanceOf(EngineLostError);
		expect((error as EngineLostError).reason).toBe('it stopped answering after: odd failure');
		expect(events).toEqual(['restarting', 'restarted']);
		expect(backends.started).toEqual([{ terminated: true }, { terminated: false }]);
	});

	it('says so when the engine cannot start again, and tries again on the next call', async () => {
		let attempts = 0;
		const backends = fakeBackends([
			async () => Promise.reject(new Error('RuntimeError: unreachable'))
		]);
		const start = async () => {
			attempts++;
			if (attempts === 2) throw new Error('no memory for a new instance');
			return backends.start();
		};
		const engine = await Engine.start(start);
		const events: EngineEvent[] = [];
		engine.onEvent((e) => events.push(e));
		await expect(engine.query('SELECT 1')).rejects.toBeInstanceOf(EngineLostError);
		expect(events.map((e) => e.type)).toEqual(['restarting', 'failed']);
		expect(events[1]).toMatchObject({ error: 'no memory for a new instance' });
		const table = await engine.query('SELECT 1 AS ok');
		expect(table.numRows).toBe(1);
		expect(events.map((e) => e.type)).toEqual(['restarting', 'failed', 'restarting', 'restarted']);
	});
});
