import type { CellKind } from '../cell-kind';
import { buildRfmSql } from '../../segments/rfm';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../segments/rfm-summary';
import { DEFAULT_RFM_SCORING, type RfmScoring } from '../../segments/rfm-scores';
import type { RfmSegmentName } from '../../segments/rfm-segments';
import { LENS_CORE_TABLE } from '../../segments/customers-view';
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

// The grid, then the segment summary.
function rfmStatements(asOf: string, options: RfmCellOptions): string[] {
	const opts = { asOf, scoring: options.scoring, metricsTable: LENS_CORE_TABLE };
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
	customersCore: (options) => ({ scoring: options.scoring }),
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const [gridSql, segmentsSql] = rfmStatements(asOf, options) as [string, string];
		const grid = smallRows<RfmGridCell>(await ctx.engine.query(gridSql));
		const segments = smallRows<RfmSegmentRow>(await ctx.engine.query(segmentsSql));
		return { asOf, scoring: options.scoring, grid, segments };
	},
	exportSql: (asOf, options) => (asOf ? rfmStatements(asOf, options) : []),
	queries: {
		/** The customers of a grid cell or a segment, largest spend first. */
		members: (ctx, options, arg) => {
			const pick = arg as RfmPickArg;
			const opts = {
				asOf: requireAsOf(ctx),
				scoring: options.scoring,
				metricsTable: LENS_CORE_TABLE
			};
			return ctx.engine.query(buildRfmSql({ ...opts, ...pick }));
		},
		/** Every buyer with recency, frequency, monetary and scores (to suggest thresholds from). */
		buyers: (ctx, options) =>
			ctx.engine.query(
				buildRfmSql({
					asOf: requireAsOf(ctx),
					scoring: options.scoring,
					metricsTable: LENS_CORE_TABLE
				})
			)
	}
};
