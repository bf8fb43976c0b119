import type { CellKind } from '../cell-kind';

/** The canonical views the data cell defines; every analysis reads some of them. */
export const DATA_VIEWS = ['transactions', 'customer_attributes', 'events', 'tickets'] as const;

/**
 * The data cell: files, mapping, cleaning and the quality report. Its work is done by the
 * DataWorkspace when files or mappings change, so it has no run of its own.
 */
export const dataKind: CellKind<Record<string, never>, never> = {
	kind: 'data',
	label: 'Data',
	description: 'The client files, their column mapping and the data-quality report',
	single: true,
	defaultOptions: () => ({}),
	reads: () => [],
	defines: () => [...DATA_VIEWS]
};
