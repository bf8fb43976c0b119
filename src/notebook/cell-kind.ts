import type { Engine } from '../engine/database';
import type { Table } from 'apache-arrow';
import type { CellDoc, NotebookParams } from './document';
import type { CustomerLens, CustomersCoreOptions } from '../segments/customers-view';

/** What a running cell may use: the engine, the parameters (as-of resolved) and a cancel flag. */
export interface RunContext {
	engine: Engine;
	cellId: string;
	params: NotebookParams;
	/** The as-of date in force: the parameter, or the day after the last order. */
	asOf: string | null;
	/** Set when the user cancels; long runs check it between statements. */
	cancelled: () => boolean;
	/**
	 * The settings `lens_core` was last built with (null while it is rebuilt or after its build
	 * failed): a cell whose own core settings equal them reads its scores from it.
	 */
	coreLensOptions: () => CustomersCoreOptions | null;
	/** The lenses `customers` was last built with (a cell re-creating the view keeps them). */
	customersLenses: () => readonly CustomerLens[];
	/** The cells above this one, in notebook order (e.g. for names they already give `customers`). */
	cellsAbove: () => readonly CellDoc[];
	/**
	 * The lenses of `customersLenses` a layered cell here reads (see `lensesLast`): the lenses
	 * of the other cells and the defaults, and those of the layered cells above it.
	 */
	lensesAbove: () => readonly CustomerLens[];
}

/**
 * One kind of cell: its options, what it reads and defines (for re-run order), and how it runs.
 * The panel that shows its result is registered beside it in `panels/cell-panels.ts`.
 */
export interface CellKind<O = Record<string, unknown>, R = unknown> {
	kind: string;
	/** Name in the "add cell" menu. */
	label: string;
	/** One line in the "add cell" menu saying what the cell is for. */
	description: string;
	/** Only one cell of this kind in a notebook (the data cell). */
	single?: boolean;
	defaultOptions(): O;
	/** Names of views and `@param:` inputs the cell reads; `known` lists every name in play. */
	reads(options: O, known: readonly string[]): string[];
	/** Names of views the cell creates for later cells. */
	defines(options: O): string[];
	/** Runs the cell; absent for cells that only show their options (notes). */
	run?(ctx: RunContext, options: O): Promise<R>;
	/**
	 * Follow-up queries a panel may ask for by name (e.g. the members of a clicked segment),
	 * so panels never build SQL themselves.
	 */
	queries?: Record<string, (ctx: RunContext, options: O, arg: unknown) => Promise<Table>>;
	/** Files a panel may ask for by name (an export), as the bytes to download. */
	files?: Record<string, (ctx: RunContext, options: O, arg: unknown) => Promise<Uint8Array>>;
	/**
	 * Lenses this cell adds to `customers` (e.g. `lifecycle_stage`, a rule's column). They are
	 * built with `customers` whenever the data or the as-of date change, or the cell's options do.
	 */
	lenses?(ctx: LensContext, options: O): Promise<CustomerLens[]>;
	/**
	 * The cell's lenses are layered: they may read other lenses' columns (a persona per segment,
	 * a rule on `cluster`) or add columns only cells below may read (`clv`). They are collected
	 * after the other cells' lenses and the defaults, in notebook order, and `ctx.earlierLenses`
	 * lists those and the layered cells' above this one.
	 */
	lensesLast?: boolean;
	/**
	 * The cell's lenses read what its run writes (cluster labels), and the run rebuilds them and
	 * the lenses after them: an edit of its options re-runs the cell instead of rebuilding all of
	 * `customers` and every cell that reads it.
	 */
	lensesFromRun?: boolean;
	/**
	 * Settings the cell gives the core of `customers` (RFM scoring, value tiers), so its column
	 * agrees with the cell; the first cell giving a setting wins. Changing them rebuilds it.
	 */
	customersCore?(options: O): CustomersCoreOptions;
	/**
	 * The SQL statements the cell runs for `asOf`, in order, for the notebook's SQL export
	 * (absent for cells whose work is not SQL, such as k-means in the analysis worker); `core`
	 * is what the script builds `lens_core` with.
	 */
	exportSql?(asOf: string | null, options: O, core: CustomersCoreOptions): string[];
}

/** A cell kind with its types erased, as kept in the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCellKind = CellKind<any, any>;

/** What a `lenses` hook may use: the run context, the as-of date, and the lenses before it. */
export type LensContext = RunContext & {
	asOf: string;
	/** The lenses collected so far (for a kind with `lensesLast`, those it may read). */
	earlierLenses: readonly CustomerLens[];
};
