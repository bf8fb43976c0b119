import type { Component } from 'svelte';
import type { CellPanelProps } from './cell-panel-props';
import DataCellPanel from './DataCellPanel.svelte';
import NoteCell from './NoteCell.svelte';
import SqlCell from './SqlCell.svelte';
import LifecycleCell from './LifecycleCell.svelte';
import BreakdownCell from './BreakdownCell.svelte';
import BehaviourCell from './BehaviourCell.svelte';
import KpisCell from './KpisCell.svelte';
import RfmCell from './RfmCell.svelte';
import TiersCell from './TiersCell.svelte';
import CohortsCell from './CohortsCell.svelte';
import ClustersCell from './ClustersCell.svelte';
import RulesCell from './RulesCell.svelte';
import PersonasCell from './PersonasCell.svelte';
import ClvCell from './ClvCell.svelte';
import ExportCell from './ExportCell.svelte';

/** The panel that shows each cell kind. */
export const CELL_PANELS: Record<string, Component<CellPanelProps>> = {
	data: DataCellPanel,
	note: NoteCell,
	sql: SqlCell,
	lifecycle: LifecycleCell,
	breakdown: BreakdownCell,
	behaviour: BehaviourCell,
	kpis: KpisCell,
	rfm: RfmCell,
	tiers: TiersCell,
	clusters: ClustersCell,
	clv: ClvCell,
	cohorts: CohortsCell,
	rules: RulesCell,
	personas: PersonasCell,
	export: ExportCell
};
