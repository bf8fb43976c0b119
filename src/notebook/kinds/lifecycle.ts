import type { CellKind } from '../cell-kind';
import {
	buildLifecycleSql,
	buildLifecycleSummarySql,
	DEFAULT_CHURN_DAYS,
	DEFAULT_LAPSE_FACTOR,
	DEFAULT_LOYAL_MONTHS,
	DEFAULT_LOYAL_WINDOW_DAYS,
	DEFAULT_NEW_DAYS,
	LIFECYCLE_STAGES,
	lifecycleLens,
	type LifecycleOptions,
	type LifecycleStage
} from '../../segments/lifecycle';
import {
	buildLifecycleTransitionMembersSql,
	buildLifecycleTransitionsSql,
	type LifecycleTransitionPick
} from '../../segments/lifecycle-transitions';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';

/** The flow is shown from this many days before the as-of date unless a date is chosen. */
export const DEFAULT_FLOW_DAYS = 90;

/** Options of the lifecycle cell: the stage thresholds and the earlier date of the flow. */
export interface LifecycleCellOptions {
	newDays: number;
	churnDays: number;
	loyalMonths: number;
	loyalWindowDays: number;
	lapseFactor: number;
	/** The earlier as-of date of the flow (ISO); null for DEFAULT_FLOW_DAYS before the as-of date. */
	previousAsOf: string | null;
}

/** One stage's summary. */
export interface LifecycleStageRow {
	lifecycle_stage: LifecycleStage;
	customers: number;
	customer_share: number | null;
	revenue: number;
	revenue_share: number | null;
	avg_orders: number | null;
}

/** One non-empty (from, to) pair of the flow between the two dates. */
export interface LifecycleTransitionRow {
	from_stage: string;
	to_stage: LifecycleStage;
	from_order: number;
	to_order: number;
	customers: number;
	share_of_from: number;
}

/** The lifecycle cell's result. */
export interface LifecycleCellResult {
	asOf: string;
	/** The earlier date the flow was computed from. */
	previousAsOf: string;
	stages: LifecycleStageRow[];
	transitions: LifecycleTransitionRow[];
	/** Why the flow could not be computed (e.g. an earlier date that is not earlier), or null. */
	transitionsError: string | null;
}

/** Which customers to list: one stage's. */
export interface LifecyclePickArg {
	stage: LifecycleStage;
}

/** The stage thresholds of the options, as the SQL builders take them. */
export function lifecycleThresholds(options: LifecycleCellOptions): Omit<LifecycleOptions, 'asOf'> {
	const { newDays, churnDays, loyalMonths, loyalWindowDays, lapseFactor } = options;
	return { newDays, churnDays, loyalMonths, loyalWindowDays, lapseFactor };
}

/** The ISO day `days` days before `asOf` (an ISO day). */
export function daysBefore(asOf: string, days: number): string {
	const ms = Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000;
	return new Date(ms).toISOString().slice(0, 10);
}

/** The earlier date of the flow: the chosen one, or DEFAULT_FLOW_DAYS before `asOf`. */
export function flowStart(options: LifecycleCellOptions, asOf: string): string {
	return options.previousAsOf ?? daysBefore(asOf, DEFAULT_FLOW_DAYS);
}

const withDefaults = (options: Partial<LifecycleCellOptions>): LifecycleCellOptions => ({
	...lifecycleKind.defaultOptions(),
	...options
});

/** Lifecycle stages (prospect … churned), their revenue, and the flow between two as-of dates. */
export const lifecycleKind: CellKind<LifecycleCellOptions, LifecycleCellResult> = {
	kind: 'lifecycle',
	label: 'Lifecycle',
	description: 'Prospect, new, active, repeat, loyal, lapsing and churned customers, and the flow',
	defaultOptions: () => ({
		newDays: DEFAULT_NEW_DAYS,
		churnDays: DEFAULT_CHURN_DAYS,
		loyalMonths: DEFAULT_LOYAL_MONTHS,
		loyalWindowDays: DEFAULT_LOYAL_WINDOW_DAYS,
		lapseFactor: DEFAULT_LAPSE_FACTOR,
		previousAsOf: null
	}),
	reads: () => ['transactions', 'customer_attributes', PARAM_INPUT('asOf')],
	defines: () => [],
	async run(ctx, saved) {
		const asOf = requireAsOf(ctx);
		const options = withDefaults(saved);
		const thresholds = lifecycleThresholds(options);
		const stages = smallRows<LifecycleStageRow>(
			await ctx.engine.query(buildLifecycleSummarySql({ asOf, ...thresholds }))
		);
		const previousAsOf = flowStart(options, asOf);
		let transitions: LifecycleTransitionRow[] = [];
		let transitionsError: string | null = null;
		try {
			transitions = smallRows<LifecycleTransitionRow>(
				await ctx.engine.query(buildLifecycleTransitionsSql({ asOf, previousAsOf, ...thresholds }))
			);
		} catch (error) {
			// The stages stand on their own: a bad earlier date only costs the flow.
			transitionsError = error instanceof Error ? error.message : String(error);
		}
		return { asOf, previousAsOf, stages, transitions, transitionsError };
	},
	async lenses(ctx, saved) {
		return [lifecycleLens({ asOf: ctx.asOf, ...lifecycleThresholds(withDefaults(saved)) })];
	},
	// The stages, then the flow from the earlier date (for the notebook's SQL export).
	exportSql(asOf, saved) {
		if (!asOf) return [];
		const options = withDefaults(saved);
		const thresholds = lifecycleThresholds(options);
		const previousAsOf = flowStart(options, asOf);
		return [
			buildLifecycleSummarySql({ asOf, ...thresholds }),
			buildLifecycleTransitionsSql({ asOf, previousAsOf, ...thresholds })
		];
	},
	queries: {
		/** One stage's customers on the as-of date, ordered by customer id. */
		members: (ctx, saved, arg) => {
			const { stage } = arg as LifecyclePickArg;
			if (!LIFECYCLE_STAGES.includes(stage)) throw new Error(`invalid stage: ${String(stage)}`);
			const asOf = requireAsOf(ctx);
			const thresholds = lifecycleThresholds(withDefaults(saved));
			return ctx.engine.query(buildLifecycleSql({ asOf, ...thresholds, stage }));
		},
		/** The customers of one cell of the flow (from → to), under the cell's thresholds. */
		transitionMembers: (ctx, saved, arg) => {
			const { from, to } = arg as LifecycleTransitionPick;
			const asOf = requireAsOf(ctx);
			const options = withDefaults(saved);
			const previousAsOf = flowStart(options, asOf);
			const thresholds = lifecycleThresholds(options);
			return ctx.engine.query(
				buildLifecycleTransitionMembersSql({ asOf, previousAsOf, ...thresholds, from, to })
			);
		}
	}
};
