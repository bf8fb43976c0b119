import type { Engine } from './database';

/**
 * An engine for the page to hold before DuckDB has started: each call waits for `starting` and
 * then goes to the started engine, so the notebook can be on screen (from the demo snapshot)
 * while the WebAssembly compiles. Only methods: properties such as `version` are not forwarded.
 */
export function engineWhenStarted(starting: Promise<Engine>): Engine {
	return new Proxy({} as Engine, {
		get(_target, key) {
			// Not a promise itself: `await` on it must not wait for the engine.
			if (key === 'then') return undefined;
			return (...args: unknown[]) =>
				starting.then((engine) => {
					const method = engine[key as keyof Engine] as unknown as (...a: unknown[]) => unknown;
					return method.apply(engine, args);
				});
		}
	});
}
