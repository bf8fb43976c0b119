import { afterEach, describe, expect, it } from 'vitest';
import { Engine, type EngineEvent } from '../../../src/engine/database';
import { EngineLostError, engineErrorMessage } from '../../../src/engine/engine-error';
import { nodeBackends } from '../../../scripts/duckdb-node-backend';

// The real DuckDB-WASM, in a real worker thread: the engine must survive a trap inside the
// WebAssembly instance and a worker that dies, and come back empty but working.
describe('Engine restart on the real duckdb-wasm', () => {
	const engines: { workers: { terminate(): void }[] }[] = [];
	afterEach(() => {
		for (const { workers } of engines.splice(0)) for (const w of workers) w.terminate();
	});

	async function startEngine() {
		const backends = nodeBackends();
		engines.push(backends);
		const engine = await Engine.start(backends.start);
		const events: EngineEvent['type'][] = [];
		engine.onEvent((event) => events.push(event.type));
		return { engine, events, workers: backends.workers };
	}

	async function answer(engine: Engine, sql: string): Promise<unknown> {
		return (await engine.query(sql)).toArray()[0]?.toJSON();
	}

	it('keeps working after an out-of-memory error, without a restart', async () => {
		const { engine, events, workers } = await startEngine();
		await engine.query('CREATE TABLE kept AS SELECT 7 AS v');
		const failure = engine.query(
			"SET memory_limit = '64MB'; SELECT string_agg(x::VARCHAR, ',') FROM range(30000000) t(x)"
		);
		await expect(failure).rejects.toThrow(/^Out of Memory Error/);
		const message = engineErrorMessage(await failure.catch((e: unknown) => e));
		expect(message).toMatch(/^DuckDB ran out of memory running this\. Try a smaller as-of/);
		expect(message).not.toMatch(/temp_directory/);
		await engine.query('RESET memory_limit');
		expect(await answer(engine, 'SELECT v FROM kept')).toEqual({ v: 7 });
		expect(events).toEqual([]);
		expect(workers).toHaveLength(1);
	});

	it('restarts after a WebAssembly trap: the call fails, the next runs on a new DuckDB', async () => {
		const { engine, events, workers } = await startEngine();
		await engine.query('CREATE TABLE lost AS SELECT 1 AS v');
		const trapped = engine.trapForDebug();
		// Queued behind the trap: it must run on the restarted engine, not hang or fail.
		const next = answer(engine, 'SELECT 40 + 2 AS answer');
		await expect(trapped).rejects.toBeInstanceOf(EngineLostError);
		await expect(trapped).rejects.toThrow(/memory access out of bounds/);
		expect(await next).toEqual({ answer: 42 });
		expect(events).toEqual(['restarting', 'restarted']);
		expect(workers).toHaveLength(2);
		// A new, empty database: what was built before the trap has to be built again.
		await expect(engine.query('SELECT v FROM lost')).rejects.toThrow(/Catalog Error/);
		await engine.registerText('again.csv', 'v\n5\n');
		expect(await answer(engine, "SELECT v FROM read_csv('again.csv')")).toEqual({ v: 5 });
	});

	it('restarts when its worker dies while a call waits on it, instead of hanging', async () => {
		const { engine, events, workers } = await startEngine();
		const long = engine.runLong('SELECT count(*) AS n FROM range(400000000) a, range(10) b');
		workers[0]!.crash();
		await expect(long).rejects.toThrow(/The DuckDB engine stopped \(its worker failed/);
		expect(engineErrorMessage(await long.catch((e: unknown) => e))).toMatch(
			/It was restarted and the data is read again/
		);
		expect(await answer(engine, 'SELECT 1 AS ok')).toEqual({ ok: 1 });
		expect(events).toEqual(['restarting', 'restarted']);
		expect(workers).toHaveLength(2);
	});

	it('restarts when its worker dies while idle, before the next call', async () => {
		const { engine, events, workers } = await startEngine();
		const restarted = new Promise<void>((resolve) =>
			engine.onEvent((e) => e.type === 'restarted' && resolve())
		);
		workers[0]!.crash();
		await restarted;
		expect(await answer(engine, 'SELECT 2 AS ok')).toEqual({ ok: 2 });
		expect(events).toEqual(['restarting', 'restarted']);
	});
});
