import type { CellKind } from '../cell-kind';
import {
	buildValueTierSummarySql,
	buildValueTiersSql,
	DEFAULT_VIP_RULE,
	type ValueTier,
	type VipRule
} from '../../segments/value-tiers';
import { buildParetoSql } from '../../segments/pareto';
import { LENS_CORE_TABLE } from '../../segments/customers-view';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { quoteLiteral } from '../../sql/quote';

/** Options of the value-tiers cell (shares as fractions of revenue). */
export interface TiersCellOptions {
	highShare: number;
	midShare: number;
	vip: VipRule;
}

/** The tiers cell's result: the tier summary and the Pareto curve. */
export interface TiersCellResult {
	asOf: string;
	tiers: Record<string, number | string | null>[];
	pareto: {
		customers: number;
		customer_share: number;
		revenue_share: number;
		top_revenue_share: number;
	}[];
	/** The VIPs under the cell's rule: how many, their revenue and the smallest spend among them. */
	vips: { customers: number; revenue: number; min_monetary: number | null };
}

/** Which customers to list: a tier, or the VIPs. */
export type TierPickArg = { tier: ValueTier } | { vip: true };

// The tier summary, the Pareto curve and the VIPs under the cell's rule.
function tiersStatements(asOf: string, options: TiersCellOptions): string[] {
	const opts = { asOf, ...options, metricsTable: LENS_CORE_TABLE };
	return [
		buildValueTierSummarySql(opts),
		buildParetoSql(opts),
		`SELECT count(*) AS customers, coalesce(sum(monetary), 0) AS revenue,
	min(monetary) AS min_monetary
FROM (${buildValueTiersSql(opts)}) WHERE is_vip`
	];
}

/** High / mid / low value tiers by cumulative revenue share, VIPs, and the Pareto curve. */
export const tiersKind: CellKind<TiersCellOptions, TiersCellResult> = {
	kind: 'tiers',
	label: 'Value tiers',
	description: 'High, mid and low value customers, VIPs and the Pareto (80/20) curve',
	defaultOptions: () => ({ highShare: 0.5, midShare: 0.3, vip: DEFAULT_VIP_RULE }),
	reads: () => ['transactions', 'lens_core', PARAM_INPUT('asOf')],
	defines: () => [],
	customersCore: ({ highShare, midShare, vip }) => ({ highShare, midShare, vip }),
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const [tiersSql, paretoSql, vipsSql] = tiersStatements(asOf, options) as [
			string,
			string,
			string
		];
		const tiers = smallRows<TiersCellResult['tiers'][number]>(await ctx.engine.query(tiersSql));
		const pareto = smallRows<TiersCellResult['pareto'][number]>(await ctx.engine.query(paretoSql));
		const [vips] = smallRows<TiersCellResult['vips']>(await ctx.engine.query(vipsSql));
		return { asOf, tiers, pareto, vips: vips ?? { customers: 0, revenue: 0, min_monetary: null } };
	},
	exportSql: (asOf, options) => (asOf ? tiersStatements(asOf, options) : []),
	queries: {
		/** The customers of a tier, or the VIPs, largest spend first (money rounded to cents). */
		members: (ctx, options, arg) => {
			const pick = arg as TierPickArg;
			const sql = buildValueTiersSql({
				asOf: requireAsOf(ctx),
				...options,
				metricsTable: LENS_CORE_TABLE
			});
			const where = 'tier' in pick ? `value_tier = ${quoteLiteral(pick.tier)}` : 'is_vip';
			// Rounded for reading: cents, a whole rank, the share ahead in percent.
			return ctx.engine.query(`SELECT customer_id, round(monetary, 2) AS monetary,
	CAST(monetary_rank AS INTEGER) AS monetary_rank,
	round(100 * revenue_share_ahead, 2) AS pct_revenue_ahead, value_tier, is_vip
FROM (${sql}) WHERE ${where}
ORDER BY monetary DESC, customer_id`);
		}
	}
};
