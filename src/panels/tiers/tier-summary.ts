import type { TierBoundary } from '../../charts/tiers-pareto';
import type { TiersCellOptions, TiersCellResult } from '../../notebook/kinds/tiers';
import { t } from '../../i18n/t';
import { formatMoney, formatNumber } from '../../ui/format';

/** One value tier as the panel shows it. */
export interface TierSummary {
	tier: 'high' | 'mid' | 'low';
	customers: number;
	revenue: number;
	/** Fractions (0..1); null when there are no buyers at all. */
	customerShare: number | null;
	revenueShare: number | null;
	minSpend: number | null;
	maxSpend: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The summary rows of the tiers cell, typed, high first. */
export function tierSummaries(rows: TiersCellResult['tiers']): TierSummary[] {
	return rows.map((r) => ({
		tier: String(r['value_tier']) as TierSummary['tier'],
		customers: num(r['customers']) ?? 0,
		revenue: num(r['revenue']) ?? 0,
		customerShare: num(r['customer_share']),
		revenueShare: num(r['revenue_share']),
		minSpend: num(r['min_monetary']),
		maxSpend: num(r['max_monetary'])
	}));
}

/** Where the high and mid tiers end on the Pareto curve (cumulative from the top), if not empty. */
export function tierBoundaries(tiers: readonly TierSummary[]): TierBoundary[] {
	const buyers = tiers.reduce((n, t) => n + t.customers, 0);
	const revenue = tiers.reduce((n, t) => n + t.revenue, 0);
	if (buyers === 0 || revenue === 0) return [];
	const ends: TierBoundary[] = [];
	let customers = 0;
	let made = 0;
	for (const t of tiers) {
		customers += t.customers;
		made += t.revenue;
		if (t.tier === 'low' || t.customers === 0) continue;
		ends.push({
			tier: t.tier,
			customers,
			customerShare: customers / buyers,
			revenueShare: made / revenue
		});
	}
	return ends;
}

/** A share in percent as typed by the user: 0.5 → "50", 0.125 → "12.5". */
export function sharePercent(fraction: number): string {
	return formatNumber(fraction * 100, 2);
}

/** How the tiers are made, in plain words with the cell's numbers: an intro and one line a tier. */
export function tierRuleText(options: TiersCellOptions): { intro: string; tiers: string[] } {
	const high = sharePercent(options.highShare);
	const mid = sharePercent(options.midShare);
	const both = sharePercent(options.highShare + options.midShare);
	const rest = sharePercent(Math.max(0, 1 - options.highShare - options.midShare));
	return {
		intro: t('tiers.rule.intro', { high, both }),
		tiers: [
			t('tiers.rule.high', { high }),
			t('tiers.rule.mid', { mid, both }),
			t('tiers.rule.low', { rest })
		]
	};
}

/** The VIP rule in words: "the top 100 customers by spend (ties at 100th place included)". */
export function vipRuleText(vip: TiersCellOptions['vip'], currency: string): string {
	if ('top' in vip) return t('tiers.vip.top', { count: vip.top });
	return t('tiers.vip.min', { money: formatMoney(vip.minMonetary, currency) });
}
