import type { AnyCellKind } from './cell-kind';
import type { CellDoc } from './document';
import { cellKind } from './kinds/registry';
import type { CustomersCoreOptions } from '../segments/customers-view';

/**
 * The core settings `customers` is built with: for each setting, the first cell in notebook
 * order that gives it (the first RFM cell's scoring, the first tiers cell's shares and VIP rule).
 */
export function customersCoreOf(cells: readonly CellDoc[]): CustomersCoreOptions {
	const core: CustomersCoreOptions = {};
	for (const cell of cells) {
		const given = cellKind(cell.kind)?.customersCore?.(cell.options) ?? {};
		for (const [key, value] of Object.entries(given)) {
			if (value !== undefined && !(key in core)) Object.assign(core, { [key]: value });
		}
	}
	return core;
}

/** Whether cells of this kind change `customers` (lenses or core settings): edits rebuild it. */
export function shapesCustomers(kind: AnyCellKind | undefined): boolean {
	return Boolean(kind?.lenses || kind?.customersCore);
}
