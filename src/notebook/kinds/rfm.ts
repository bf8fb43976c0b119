import type { CellKind } from '../cell-kind';
import { buildRfmSql } from '../../segments/rfm';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../segments/rfm-summary';
import { DEFAULT_RFM_SCORING, type RfmScoring } from '../../segments/rfm-scores';
import type { RfmSegmentName } from '../../segments/rfm-segments';
import {
	coreLensHolds,
	LENS_CORE_TABLE,
	type CustomersCoreOptions
} from '../../segments/customers-view';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';

/** Options of the RFM cell. */
export interface RfmCellOptions {
	scoring: RfmScoring;
}

/** One cell of the R × F grid. */
export interface RfmGridCell {
	r_score: number;
	f_score: number;
	customers: number;
	customer_share: number;
	avg_monetary: number | null;
}

/** One named segment's summary. */
export interface RfmSegmentRow {
	rfm_segment: RfmSegmentName;
	customers: number;
	customer_share: number;
	revenue_share: number;
	avg_recency_days: number | null;
	avg_frequency: number | null;
	avg_monetary: number | null;
}

/** The RFM cell's result. */
export interface RfmCellResult {
	asOf: string;
	/** The scoring the result was computed with (the cell's options may have moved on). */
	scoring: RfmScoring;
	grid: RfmGridCell[];
	segments: RfmSegmentRow[];
}

/** Which customers to list: a grid cell or a segment. */
export type RfmPickArg = { cell: { r: number; f: number } } | { segment: RfmSegmentName };

const coreOf = (options: RfmCellOptions): CustomersCoreOptions => ({ scoring: options.scoring });

// lens_core holds every buyer's scores under the scoring it was built with: the cell reads them
// when its scoring is that one, and ranks again only when it is not (a second RFM cell).
function rfmOptions(asOf: string, options: RfmCellOptions, core: CustomersCoreOptions | null) {
	const storedScores = core !== null && coreLensHolds(core, coreOf(options));
	return { asOf, scoring: options.scoring, metricsTable: LENS_CORE_TABLE, storedScores };
}

// The grid, then the segment summary.
function rfmStatements(
	asOf: string,
	options: RfmCellOptions,
	core: CustomersCoreOptions | null
): string[] {
	const opts = rfmOptions(asOf, options, core);
	return [buildRfmGridSql(opts), buildRfmSegmentSummarySql(opts)];
}

/** RFM scores 1–5, the R × F grid and the 11 named segments. */
export const rfmKind: CellKind<RfmCellOptions, RfmCellResult> = {
	kind: 'rfm',
	label: 'RFM',
	description: 'Recency, frequency, monetary scores, the R×F grid and 11 named segments',
	defaultOptions: () => ({ scoring: DEFAULT_RFM_SCORING }),
	reads: () => ['transactions', 'lens_core', PARAM_INPUT('asOf')],
	defines: () => [],
	customersCore: coreOf,
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const statements = rfmStatements(asOf, options, ctx.coreLensOptions());
		const [gridSql, segmentsSql] = statements as [string, string];
		const grid = smallRows<RfmGridCell>(await ctx.engine.query(gridSql));
		const segments = smallRows<RfmSegmentRow>(await ctx.engine.query(segmentsSql));
		return { asOf, scoring: options.scoring, grid, segments };
	},
	exportSql: (asOf, options, core) => (asOf ? rfmStatements(asOf, options, core) : []),
	queries: {
		/** The customers of a grid cell or a segment, largest spend first. */
		members: (ctx, options, arg) => {
			const pick = arg as RfmPickArg;
			const opts = rfmOptions(requireAsOf(ctx), options, ctx.coreLensOptions());
			return ctx.engine.query(buildRfmSql({ ...opts, ...pick }));
		},
		/** Every buyer with recency, frequency, monetary and scores (to suggest thresholds from). */
		buyers: (ctx, options) =>
			ctx.engine.query(buildRfmSql(rfmOptions(requireAsOf(ctx), options, ctx.coreLensOptions())))
	}
};
