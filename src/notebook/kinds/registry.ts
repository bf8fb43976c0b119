import type { AnyCellKind } from '../cell-kind';
import { dataKind } from './data';
import { noteKind } from './note';
import { sqlKind } from './sql';
import { lifecycleKind } from './lifecycle';
import { behaviourKind } from './behaviour';
import { breakdownKind } from './breakdown';
import { kpisKind } from './kpis';
import { rfmKind } from './rfm';
import { tiersKind } from './tiers';
import { cohortsKind } from './cohorts';
import { clustersKind } from './clusters';
import { rulesKind } from './rules';
import { personasKind } from './personas';
import { clvKind } from './clv';
import { exportKind } from './export';

/** Every cell kind, in the order the "add cell" menu offers them. */
export const CELL_KINDS: readonly AnyCellKind[] = [
	noteKind,
	dataKind,
	kpisKind,
	rfmKind,
	tiersKind,
	cohortsKind,
	clustersKind,
	clvKind,
	breakdownKind,
	behaviourKind,
	lifecycleKind,
	rulesKind,
	personasKind,
	sqlKind,
	exportKind
];

/** The names of the known kinds (for validating notebook files). */
export const KNOWN_KINDS = CELL_KINDS.map((k) => k.kind);

/** The kind module for a kind name. */
export function cellKind(kind: string): AnyCellKind | undefined {
	return CELL_KINDS.find((k) => k.kind === kind);
}
