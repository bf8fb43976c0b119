import type { Engine, EngineEvent } from '../engine/database';
import type { DataWorkspace } from './DataWorkspace.svelte';
import type { Notebook } from './Notebook.svelte';

/** Where the engine's recovery from a fatal failure stands, for the banner. */
export type RecoveryPhase = 'restarting' | 'reloading' | 'restored' | 'failed';

/**
 * Brings the notebook back after the engine restarted with an empty database: reads the data
 * files again (kept as File handles, or the demo's text), rebuilds `customers` and runs the
 * cells. The document and the user's edits live in the page, not in DuckDB: they never move.
 */
export class EngineRecovery {
	phase = $state<RecoveryPhase | null>(null);
	/** What stopped the engine, as the worker or WebAssembly reported it. */
	reason = $state('');
	/** Why the engine could not start again, when it could not. */
	error = $state<string | null>(null);
	readonly #data: DataWorkspace;
	readonly #notebook: Notebook;

	constructor(engine: Engine, data: DataWorkspace, notebook: Notebook) {
		this.#data = data;
		this.#notebook = notebook;
		engine.onEvent((event) => void this.#handle(event));
	}

	/** Hides the banner. */
	dismiss(): void {
		this.phase = null;
	}

	async #handle(event: EngineEvent): Promise<void> {
		this.reason = event.reason;
		if (event.type === 'restarting') {
			this.phase = 'restarting';
			return;
		}
		if (event.type === 'failed') {
			this.phase = 'failed';
			this.error = event.error;
			return;
		}
		this.phase = 'reloading';
		this.error = null;
		await this.#data.restore();
		await this.#notebook.restoreAfterRestart();
		// A further failure during the reload started its own recovery: leave its phase alone.
		if (this.phase === 'reloading') this.phase = 'restored';
	}
}
