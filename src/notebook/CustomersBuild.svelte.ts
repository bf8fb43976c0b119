import type { Engine } from '../engine/database';
import { engineErrorMessage } from '../engine/engine-error';
import type { RunContext } from './cell-kind';
import type { CellDoc } from './document';
import type { CustomerLens, CustomersCoreOptions } from '../segments/customers-view';
import { buildCoreLens, collectAndBuildLenses } from './customers-build';
import { customersCoreOf } from './customers-core';
import { timed } from './timings';
import { english } from '../i18n/english';

/**
 * `customers` (one row per known customer with metrics, RFM, tier and every lens), built once
 * per data change or as-of date in two steps: `lens_core` at once (the KPI, RFM, tier and
 * cohort cells read only it), the lens tables and the view when a cell, a panel or an export
 * first needs them, so the cells that do not need them are on screen sooner. The notebook calls
 * both steps from its queue only, so they never interleave.
 */
export class CustomersBuild {
	/** Why `lens_core` could not be built (shown by cells that read it or `customers`), or null. */
	error = $state<string | null>(null);
	readonly #engine: Engine;
	readonly #cells: () => readonly CellDoc[];
	readonly #contextOf: (id: string) => RunContext;
	/** The core settings `lens_core` holds the columns of, or null while it is rebuilt. */
	#coreOptions: CustomersCoreOptions | null = null;
	#lenses: CustomerLens[] = [];
	/** Why the lens tables behind `customers` could not be built, or null. */
	#lensesError: string | null = null;
	/** The as-of date whose lens tables are still to be built (null: none waiting). */
	#pending: string | null = null;

	constructor(
		engine: Engine,
		cells: () => readonly CellDoc[],
		contextOf: (id: string) => RunContext
	) {
		this.#engine = engine;
		this.#cells = cells;
		this.#contextOf = contextOf;
	}

	/** The core settings `lens_core` was built with, or null while it is (re)built or failed. */
	get coreOptions(): CustomersCoreOptions | null {
		return this.#coreOptions;
	}

	/** The lenses `customers` was last built with, in order. */
	get lenses(): readonly CustomerLens[] {
		return this.#lenses;
	}

	/** Whether the lens tables of the data and as-of date in force are still to be built. */
	get lensesPending(): boolean {
		return this.#pending !== null;
	}

	/** Why a cell cannot read `customers` now (with the lens tables when it needs them), or null. */
	errorFor(needsLenses: boolean): string | null {
		return this.error ?? (needsLenses && this.#pending !== null ? this.#lensesError : null);
	}

	/** Step one: `lens_core` for `asOf` (null: no orders); the lens tables become pending. */
	async buildCore(asOf: string | null): Promise<void> {
		this.#pending = null;
		// A panel's query sent meanwhile reaches the engine after the new table: it ranks again.
		this.#coreOptions = null;
		if (!asOf) {
			this.error = english('error.noOrders');
			return;
		}
		try {
			const core = customersCoreOf(this.#cells());
			await buildCoreLens(this.#engine, asOf, core);
			this.#coreOptions = core;
			this.error = null;
			this.#pending = asOf;
		} catch (error) {
			this.error = engineErrorMessage(error);
		}
	}

	/**
	 * Step two: the lens tables and the view, when pending; returns whether it tried. Never in
	 * the background: a file dropped meanwhile would wait for lenses of the old data.
	 */
	async buildLenses(): Promise<boolean> {
		const asOf = this.#pending;
		if (!asOf) return false;
		// Still pending while it runs: the notebook's customersReady() waits for it in the queue.
		await timed('lenses', async () => {
			try {
				this.#lenses = await collectAndBuildLenses(
					this.#engine,
					this.#cells(),
					this.#contextOf,
					asOf
				);
				this.#lensesError = null;
				this.#pending = null;
			} catch (error) {
				// Still pending: the next cell or panel that needs them tries again (a cancelled
				// build must not leave `customers` broken until the data changes).
				this.#lensesError = engineErrorMessage(error);
			}
		});
		return true;
	}
}
