import type { Component } from 'svelte';
import type { CellPanelProps } from './cell-panel-props';
import DataCellPanel from './DataCellPanel.svelte';
import NoteCell from './NoteCell.svelte';
import SqlCell from './SqlCell.svelte';

/** The panel that shows each cell kind. */
export const CELL_PANELS: Record<string, Component<CellPanelProps>> = {
	data: DataCellPanel,
	note: NoteCell,
	sql: SqlCell
};
