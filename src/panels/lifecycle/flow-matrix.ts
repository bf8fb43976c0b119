import type { LifecycleTransitionRow } from '../../notebook/kinds/lifecycle';
import { LIFECYCLE_STAGE_ORDER, NOT_KNOWN_STAGE } from '../../charts/lifecycle-flow';

/** One row of the transition table: a stage on the earlier date and where its customers went. */
export interface FlowMatrixRow {
	from: string;
	/** Everyone in `from` on the earlier date (and still known later: everyone is). */
	total: number;
	/** By later stage, in LIFECYCLE_STAGE_ORDER: customers and fraction of `total`. */
	cells: { to: string; customers: number; share: number | null }[];
}

/** The transition table: rows for the earlier stages that have customers, and column totals. */
export function flowMatrix(pairs: readonly LifecycleTransitionRow[]): {
	rows: FlowMatrixRow[];
	columnTotals: number[];
	total: number;
} {
	const count = new Map(pairs.map((p) => [`${p.from_stage}\u0000${p.to_stage}`, p.customers]));
	const fromOrder = [NOT_KNOWN_STAGE, ...LIFECYCLE_STAGE_ORDER];
	const rows = fromOrder
		.map((from) => {
			const values = LIFECYCLE_STAGE_ORDER.map((to) => count.get(`${from}\u0000${to}`) ?? 0);
			const total = values.reduce((a, b) => a + b, 0);
			return {
				from,
				total,
				cells: LIFECYCLE_STAGE_ORDER.map((to, i) => ({
					to,
					customers: values[i]!,
					share: total > 0 ? values[i]! / total : null
				}))
			};
		})
		.filter((r) => r.total > 0);
	const columnTotals = LIFECYCLE_STAGE_ORDER.map((_, i) =>
		rows.reduce((n, r) => n + r.cells[i]!.customers, 0)
	);
	return { rows, columnTotals, total: columnTotals.reduce((a, b) => a + b, 0) };
}
