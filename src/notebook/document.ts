import type { CleaningOptions, DateFormat, NumberFormat, Role, SourceKind } from '../data/types';

/** The notebook file format's version; a file with a newer one is refused with a clear message. */
export const NOTEBOOK_VERSION = 1;

/** Global parameters every analysis cell may read. */
export interface NotebookParams {
	/** ISO date (yyyy-mm-dd) of the analysis; null = the day after the last order in the data. */
	asOf: string | null;
	/** ISO 4217 code used to show money, e.g. USD, EUR, IRR, VND. */
	currency: string;
	/** Time unit of the predictive models and cohorts. */
	timeUnit: 'days' | 'weeks' | 'months';
}

/** How one data file is read and mapped — never the data itself. */
export interface SourceSpec {
	fileName: string;
	/** Workbook sheet, when the file is a workbook. */
	sheet?: string;
	kind: SourceKind;
	roles: Record<string, Role>;
	dateFormats: Record<string, DateFormat>;
	numberFormats: Record<string, NumberFormat>;
}

/** One cell: an id, a kind, the kind's options and how it is shown. */
export interface CellDoc {
	id: string;
	kind: string;
	/** Kind-specific options (the kind's module validates and fills defaults). */
	options: Record<string, unknown>;
	collapsed?: boolean;
}

/** A notebook: title, parameters, the data's method, and an ordered list of cells. */
export interface NotebookDoc {
	version: typeof NOTEBOOK_VERSION;
	title: string;
	params: NotebookParams;
	sources: SourceSpec[];
	cleaning: CleaningOptions;
	cells: CellDoc[];
}

/** The name of a cell's input that is a global parameter rather than a view. */
export const PARAM_INPUT = (name: keyof NotebookParams) => `@param:${name}`;
