import type { CellKind } from '../cell-kind';
import {
	buildValueTierSummarySql,
	buildValueTiersSql,
	buildVipSummarySql,
	DEFAULT_VIP_RULE,
	type ValueTier,
	type VipRule
} from '../../segments/value-tiers';
import { buildParetoSql } from '../../segments/pareto';
import {
	coreLensHolds,
	LENS_CORE_TABLE,
	type CustomersCoreOptions
} from '../../segments/customers-view';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';

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

const coreOf = ({ highShare, midShare, vip }: TiersCellOptions): CustomersCoreOptions => ({
	highShare,
	midShare,
	vip
});

// lens_core holds every buyer's tier and VIP flag under the shares and rule it was built with:
// the cell reads them when its options are those, and ranks again only when they are not.
function tiersOptions(asOf: string, options: TiersCellOptions, core: CustomersCoreOptions | null) {
	const storedTiers = core !== null && coreLensHolds(core, coreOf(options));
	return { asOf, ...options, metricsTable: LENS_CORE_TABLE, storedTiers };
}

// The tier summary, the Pareto curve and the VIPs under the cell's rule.
function tiersStatements(
	asOf: string,
	options: TiersCellOptions,
	core: CustomersCoreOptions | null
): string[] {
	const opts = tiersOptions(asOf, options, core);
	return [buildValueTierSummarySql(opts), buildParetoSql(opts), buildVipSummarySql(opts)];
}

/** High / mid / low value tiers by cumulative revenue share, VIPs, and the Pareto curve. */
export const tiersKind: CellKind<TiersCellOptions, TiersCellResult> = {
	kind: 'tiers',
	label: 'Value tiers',
	description: 'High, mid and low value customers, VIPs and the Pareto (80/20) curve',
	defaultOptions: () => ({ highShare: 0.5, midShare: 0.3, vip: DEFAULT_VIP_RULE }),
	reads: () => ['transactions', 'lens_core', PARAM_INPUT('asOf')],
	defines: () => [],
	customersCore: coreOf,
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const statements = tiersStatements(asOf, options, ctx.coreLensOptions());
		const [tiersSql, paretoSql, vipsSql] = statements as [string, string, string];
		const tiers = smallRows<TiersCellResult['tiers'][number]>(await ctx.engine.query(tiersSql));
		const pareto = smallRows<TiersCellResult['pareto'][number]>(await ctx.engine.query(paretoSql));
		const [vips] = smallRows<TiersCellResult['vips']>(await ctx.engine.query(vipsSql));
		return { asOf, tiers, pareto, vips: vips ?? { customers: 0, revenue: 0, min_monetary: null } };
	},
	exportSql: (asOf, options, core) => (asOf ? tiersStatements(asOf, options, core) : []),
	queries: {
		/** The customers of a tier, or the VIPs, largest spend first (money rounded to cents). */
		members: (ctx, options, arg) => {
			const pick = arg as TierPickArg;
			const opts = tiersOptions(requireAsOf(ctx), options, ctx.coreLensOptions());
			const sql = buildValueTiersSql({ ...opts, pick });
			// Rounded for reading: cents, a whole rank, the share ahead in percent.
			return ctx.engine.query(`SELECT customer_id, round(monetary, 2) AS monetary,
	CAST(monetary_rank AS INTEGER) AS monetary_rank,
	round(100 * revenue_share_ahead, 2) AS pct_revenue_ahead, value_tier, is_vip
FROM (${sql})
ORDER BY monetary DESC, customer_id`);
		}
	}
};
