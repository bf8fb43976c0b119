import type { CellKind } from '../cell-kind';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { lensTableName } from '../../segments/customers-view';
import {
	buildChurnGroupsSql,
	buildClvCoverageSql,
	buildClvTiersSql,
	CLV_COLUMNS,
	CLV_LENS_NAME,
	clvLens,
	clvScoresTable,
	emptyClvLens,
	type ChurnGroupRow,
	type ClvTierRow
} from '../../segments/clv-lens';
import { buildPurchaseDaysSql, type PurchaseDays } from '../../segments/clv-split';
import { clvOptions, type ClvCellOptions } from './clv-options';
import {
	fitOnAllData,
	lastFullFit,
	validateOnHoldout,
	type ClvValidation,
	type FullFit
} from './clv-fit';
import { english } from '../../i18n/english';

export { analysisProgress } from '../../engine/analysis/AnalysisProgress.svelte';

/** The CLV cell's result. */
export interface ClvCellResult {
	asOf: string;
	/** The options the result was computed with. */
	options: ClvCellOptions;
	range: PurchaseDays;
	/** The models on all data up to the as-of date: the columns of `customers`. */
	full: FullFit;
	validation: ClvValidation;
	churnGroups: ChurnGroupRow[];
	tiers: ClvTierRow[];
	coverage: { scored: number; without_clv: number };
}

/** Predicted purchases, probability alive, lifetime value and churn risk (BG/NBD + Gamma-Gamma). */
export const clvKind: CellKind<ClvCellOptions, ClvCellResult> = {
	kind: 'clv',
	label: 'Lifetime value',
	description: 'Who will buy again, who is leaving and what each customer is worth (BG/NBD)',
	defaultOptions: () => clvOptions({}),
	reads: () => ['transactions', 'customers', PARAM_INPUT('asOf')],
	// The columns too: a SQL cell that mentions one runs after this cell, and again with it.
	defines: () => [...CLV_COLUMNS, lensTableName(CLV_LENS_NAME)],
	// Layered: the rules and personas cells below this one may read its columns.
	lensesLast: true,
	async run(ctx, saved) {
		const asOf = requireAsOf(ctx);
		const options = clvOptions(saved);
		const [range] = smallRows<PurchaseDays>(await ctx.engine.query(buildPurchaseDaysSql(asOf)));
		if (!range?.first_day || !range.last_day || range.buyers === 0) {
			throw new Error(english('error.nothingToPredict', { date: asOf }));
		}
		if (range.days < 2) {
			throw new Error(english('error.oneDate', { date: range.first_day }));
		}
		const full = lastFullFit(ctx.cellId, asOf, options) ?? (await fitOnAllData(ctx, asOf, options));
		if (full.error) throw new Error(english('error.cannotFit', { error: full.error }));
		const validation = await validateOnHoldout(ctx, asOf, range.first_day, options);
		const query = async <T>(sql: string) => smallRows<T>(await ctx.engine.query(sql));
		const [coverage] = await query<ClvCellResult['coverage']>(buildClvCoverageSql());
		return {
			asOf,
			options,
			range,
			full,
			validation,
			churnGroups: await query<ChurnGroupRow>(buildChurnGroupsSql()),
			tiers: await query<ClvTierRow>(buildClvTiersSql()),
			coverage: coverage ?? { scored: 0, without_clv: 0 }
		};
	},
	async lenses(ctx, saved) {
		let options: ClvCellOptions;
		try {
			options = clvOptions(saved);
		} catch {
			return [emptyClvLens()]; // the run says what is wrong with the options
		}
		const fit = await fitOnAllData(ctx, ctx.asOf, options);
		if (!fit.result) return [emptyClvLens()];
		return [
			clvLens(clvScoresTable(ctx.cellId), { high: options.churnHigh, low: options.churnLow })
		];
	}
};
