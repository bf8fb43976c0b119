import type { CellKind } from '../cell-kind';
import { buildCohortsSql } from '../../segments/cohorts';
import type { CohortPeriod } from '../../segments/period';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { LENS_CORE_TABLE } from '../../segments/customers-view';

/** Options of the cohort-retention cell. */
export interface CohortCellOptions {
	period: CohortPeriod;
	maxOffset: number;
	/** Show revenue per cohort-period instead of the share of customers ordering again. */
	measure: 'retention' | 'revenue';
}

/** One cohort × period cell. */
export interface CohortRow {
	cohort: string;
	cohort_start: number;
	cohort_size: number;
	period_offset: number;
	active_customers: number;
	retention: number;
	revenue: number;
}

/** The cohort cell's result. */
export interface CohortCellResult {
	asOf: string;
	/** The period and last offset the rows were computed with (the options may move on). */
	period: CohortPeriod;
	maxOffset: number;
	rows: CohortRow[];
}

/** Cohort retention: customers grouped by the month (or week) of their first order. */
export const cohortsKind: CellKind<CohortCellOptions, CohortCellResult> = {
	kind: 'cohorts',
	label: 'Cohort retention',
	description: 'Customers by month of first order and the share ordering again after',
	defaultOptions: () => ({ period: 'month', maxOffset: 12, measure: 'retention' }),
	reads: () => ['transactions', 'lens_core', PARAM_INPUT('asOf')],
	defines: () => [],
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const [sql] = cohortsStatements(asOf, options);
		const rows = smallRows<CohortRow>(await ctx.engine.query(sql!));
		return { asOf, period: options.period, maxOffset: options.maxOffset, rows };
	},
	exportSql: (asOf, options) => (asOf ? cohortsStatements(asOf, options) : [])
};

function cohortsStatements(asOf: string, options: CohortCellOptions): string[] {
	const { period, maxOffset } = options;
	return [buildCohortsSql({ asOf, period, maxOffset, metricsTable: LENS_CORE_TABLE })];
}
