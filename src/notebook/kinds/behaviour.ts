import type { CellKind, RunContext } from '../cell-kind';
import {
	behaviourLens,
	buildBehaviourSql,
	DEFAULT_COMPLAINT_KIND,
	DEFAULT_DISCOUNT_SEEKER_SHARE,
	DEFAULT_EVENT_WINDOW_DAYS,
	DEFAULT_IMPULSE_MINUTES,
	DEFAULT_IMPULSE_SHARE,
	DEFAULT_MAX_SATISFACTION,
	DEFAULT_RETURNER_SHARE,
	type BehaviourOptions
} from '../../segments/behaviour';
import {
	behaviourAvailability,
	type BehaviourAvailable,
	type BehaviourFeature
} from '../../segments/behaviour-available';
import { buildBehaviourSummarySql } from '../../segments/behaviour-summary';
import { buildAffinityMixSql, buildAffinitySummarySql } from '../../segments/affinity';
import { buildCategoryBySegmentSql } from '../../segments/affinity-segments';
import { behaviourAvailable } from '../default-lenses';
import { PARAM_INPUT } from '../document';
import { quoteIdent, quoteLiteral } from '../../sql/quote';
import { requireAsOf, smallRows } from './rows';

/** Options of the behaviour cell: the thresholds of the behaviour lens (shares as fractions). */
export interface BehaviourCellOptions {
	discountBasis: 'lines' | 'revenue';
	discountSeekerShare: number;
	returnerShare: number;
	complaintKind: string;
	maxSatisfaction: number;
	impulseMinutes: number;
	impulseShare: number;
	eventWindowDays: number;
}

/** The defaults, as the behaviour lens states them. */
export const DEFAULT_BEHAVIOUR_OPTIONS: BehaviourCellOptions = {
	discountBasis: 'lines',
	discountSeekerShare: DEFAULT_DISCOUNT_SEEKER_SHARE,
	returnerShare: DEFAULT_RETURNER_SHARE,
	complaintKind: DEFAULT_COMPLAINT_KIND,
	maxSatisfaction: DEFAULT_MAX_SATISFACTION,
	impulseMinutes: DEFAULT_IMPULSE_MINUTES,
	impulseShare: DEFAULT_IMPULSE_SHARE,
	eventWindowDays: DEFAULT_EVENT_WINDOW_DAYS
};

/** The dimensions of the summary table (buildBehaviourSummarySql). */
export type BehaviourDimension = 'behaviour_group' | 'journey_stage' | 'preferred_channel' | 'flag';

/** One row of the behaviour summary. */
export interface BehaviourSummaryRow {
	dimension: BehaviourDimension;
	value: string;
	value_order: number;
	customers: number;
	customer_share: number | null;
	revenue: number;
}

/** One category of the product-affinity summary. */
export interface AffinityCategoryRow {
	category: string;
	buyers: number;
	top_customers: number;
	single_category_customers: number;
	revenue: number;
	revenue_share: number | null;
}

/** Single- against multi-category buyers. */
export interface AffinityMix {
	buyers: number;
	single_category: number;
	multi_category: number;
	multi_category_share: number | null;
}

/** One cell of the category × RFM segment table. */
export interface CategorySegmentRow {
	segment: string;
	category: string;
	customers: number;
	revenue: number;
	customer_share: number;
	revenue_share: number | null;
	index_vs_base: number | null;
}

/** The behaviour cell's result. */
export interface BehaviourCellResult {
	asOf: string;
	available: BehaviourAvailable;
	computable: BehaviourFeature[];
	missing: { feature: BehaviourFeature; reason: string }[];
	summary: BehaviourSummaryRow[];
	categories: AffinityCategoryRow[];
	mix: AffinityMix;
	categoryBySegment: CategorySegmentRow[];
}

/** Which customers to list: one value of one dimension of the summary. */
export interface BehaviourPickArg {
	dimension: BehaviourDimension;
	value: string;
}

/** The segment column the category table crosses with. */
export const AFFINITY_SEGMENT_COLUMN = 'rfm_segment';

// The flag columns a `flag` pick may name: they are identifiers, so only these pass.
const FLAG_COLUMNS = new Set([
	'is_complainer',
	'is_returner',
	'is_discount_seeker',
	'is_impulse_buyer',
	'is_full_price_buyer',
	'is_site_visitor',
	'is_email_responder',
	'is_social_engager'
]);

/** The cell's options, with defaults for any a saved notebook lacks. */
export function behaviourCellOptions(options: Partial<BehaviourCellOptions>): BehaviourCellOptions {
	return { ...DEFAULT_BEHAVIOUR_OPTIONS, ...options };
}

async function lensOptions(
	ctx: RunContext,
	options: BehaviourCellOptions
): Promise<BehaviourOptions> {
	const asOf = requireAsOf(ctx);
	const available = await behaviourAvailable(ctx.engine, asOf);
	return { asOf, available, ...behaviourCellOptions(options) };
}

/** The SQL condition picking one value of a summary dimension in `behaviour`'s rows. */
export function behaviourPickSql(pick: BehaviourPickArg): string {
	if (pick.dimension === 'flag') {
		if (!FLAG_COLUMNS.has(pick.value)) throw new Error(`invalid flag: ${pick.value}`);
		return quoteIdent(pick.value);
	}
	if (!['behaviour_group', 'journey_stage', 'preferred_channel'].includes(pick.dimension)) {
		throw new Error(`invalid dimension: ${String(pick.dimension)}`);
	}
	return `${quoteIdent(pick.dimension)} = ${quoteLiteral(String(pick.value))}`;
}

/** Behaviour groups, journey stages, online behaviour and channel; product affinity. */
export const behaviourKind: CellKind<BehaviourCellOptions, BehaviourCellResult> = {
	kind: 'behaviour',
	label: 'Behaviour',
	description:
		'Discount seekers, returners, complainers, impulse buyers, journey stage, online behaviour and category affinity',
	defaultOptions: () => ({ ...DEFAULT_BEHAVIOUR_OPTIONS }),
	reads: () => [
		'transactions',
		'customer_attributes',
		'events',
		'tickets',
		'customers',
		PARAM_INPUT('asOf')
	],
	defines: () => [],
	async run(ctx, options) {
		const opts = await lensOptions(ctx, options);
		const { computable, missing } = behaviourAvailability(opts.available);
		const summary = smallRows<BehaviourSummaryRow>(
			await ctx.engine.query(buildBehaviourSummarySql(opts))
		);
		const affinity = { asOf: opts.asOf };
		const categories = smallRows<AffinityCategoryRow>(
			await ctx.engine.query(buildAffinitySummarySql(affinity))
		);
		const [mix] = smallRows<AffinityMix>(await ctx.engine.query(buildAffinityMixSql(affinity)));
		const categoryBySegment = smallRows<CategorySegmentRow>(
			await ctx.engine.query(
				buildCategoryBySegmentSql({ ...affinity, segmentColumn: AFFINITY_SEGMENT_COLUMN })
			)
		);
		return {
			asOf: opts.asOf,
			available: opts.available,
			computable,
			missing,
			summary,
			categories,
			mix: mix ?? { buyers: 0, single_category: 0, multi_category: 0, multi_category_share: null },
			categoryBySegment
		};
	},
	queries: {
		/** The customers with one value of one dimension, largest spend first. */
		members: async (ctx, options, arg) => {
			const pick = arg as BehaviourPickArg;
			const where = behaviourPickSql(pick);
			const sql = buildBehaviourSql(await lensOptions(ctx, options));
			return ctx.engine.query(`SELECT * EXCLUDE (is_buyer)
FROM (${sql}) WHERE ${where}
ORDER BY revenue DESC, customer_id`);
		}
	},
	/** behaviour_group and its flags in `customers` follow this cell's thresholds. */
	async lenses(ctx, options) {
		const available = await behaviourAvailable(ctx.engine, ctx.asOf);
		return [behaviourLens({ asOf: ctx.asOf, available, ...behaviourCellOptions(options) })];
	}
};
