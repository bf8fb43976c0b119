import type { CellKind } from '../cell-kind';
import { buildKpisSql } from '../../segments/kpis';
import { LENS_CORE_TABLE } from '../../segments/customers-view';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';

/** Options of the KPIs cell. */
export interface KpiCellOptions {
	/** Length in days of the churn/retention windows. */
	windowDays: number;
	/** The "top customers" share for the concentration KPI, in percent. */
	topPercent: number;
}

/**
 * The KPIs cell's result: one row of figures, and the as-of date and options they were computed
 * with (the panel labels the figures from these, not from options edited since).
 */
export interface KpiCellResult extends KpiCellOptions {
	asOf: string;
	values: Record<string, number | null>;
}

/** The options of a new KPIs cell: 90-day windows, the top 20 % of buyers. */
export function defaultKpiOptions(): KpiCellOptions {
	return { windowDays: 90, topPercent: 20 };
}

/** Headline KPIs: customers, orders, revenue, repeat rate, churn and retention, conversion. */
export const kpisKind: CellKind<KpiCellOptions, KpiCellResult> = {
	kind: 'kpis',
	label: 'KPIs',
	description: 'Customers, revenue, order value, repeat rate, churn and retention',
	defaultOptions: defaultKpiOptions,
	reads: () => ['transactions', 'customer_attributes', 'tickets', 'lens_core', PARAM_INPUT('asOf')],
	defines: () => [],
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const { windowDays, topPercent } = { ...defaultKpiOptions(), ...options };
		const [sql] = kpisStatements(asOf, options);
		const [values] = smallRows<Record<string, number | null>>(await ctx.engine.query(sql!));
		return { asOf, windowDays, topPercent, values: values ?? {} };
	},
	exportSql: (asOf, options) => (asOf ? kpisStatements(asOf, options) : [])
};

function kpisStatements(asOf: string, options: KpiCellOptions): string[] {
	// A notebook saved before an option existed still runs, with that option's default.
	const { windowDays, topPercent } = { ...defaultKpiOptions(), ...options };
	return [buildKpisSql({ asOf, windowDays, topPercent, metricsTable: LENS_CORE_TABLE })];
}
