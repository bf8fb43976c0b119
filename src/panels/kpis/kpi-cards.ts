import type { KpiKey } from '../../segments/kpi-definitions';
import type { KpiCellResult } from '../../notebook/kinds/kpis';
import {
	formatCount,
	formatDayRange,
	formatMoney,
	formatNumber,
	formatPercent
} from '../../ui/format';
import { t } from '../../i18n/t';

/** A run of days, both ends included, as ISO dates. */
export interface DayRange {
	first: string;
	last: string;
}

/** The two churn/retention windows of buildKpisSql for an as-of date and a length W. */
export interface KpiWindows {
	/** W+1 to 2W days before the as-of date. */
	previous: DayRange;
	/** The last W days before the as-of date. */
	current: DayRange;
}

/** One KPI card: what it is, its value as text, how it is computed, and the figures behind it. */
export interface KpiCard {
	key: KpiKey;
	label: string;
	/** The formatted value; `–` when there is nothing to compute it from. */
	value: string;
	/** How it is computed (KPI_DEFINITIONS, with this run's top share filled in). */
	how: string;
	/** The figures behind the value on this run, e.g. "6 of 8 buyers …". */
	detail?: string;
	/** Why the KPI is not shown; set when the data cannot give it. */
	missing?: string;
}

/** A titled group of cards. */
export interface KpiGroup {
	title: string;
	/** A line under the title that the group's cards rely on (e.g. the window dates). */
	note?: string;
	cards: KpiCard[];
}

const DAY_MS = 86_400_000;

/** `iso` moved by `days` days (negative: earlier). */
export function shiftDay(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The windows buildKpisSql compares: orders w days or less before the as-of date are in the
 * current window, w + 1 to 2w days before it in the previous one.
 */
export function kpiWindows(asOf: string, windowDays: number): KpiWindows {
	return {
		previous: { first: shiftDay(asOf, -2 * windowDays), last: shiftDay(asOf, -windowDays - 1) },
		current: { first: shiftDay(asOf, -windowDays), last: shiftDay(asOf, -1) }
	};
}

/** A day range as people read it: 2024-01-03 → 2024-04-01 (in the interface's date format). */
export function formatRange(range: DayRange): string {
	return formatDayRange(range.first, range.last);
}

/** How many buyers make up the top `topPercent` % (rounded up, as buildKpisSql counts them). */
export function topBuyerCount(buyers: number, topPercent: number): number {
	return Math.floor((buyers * topPercent + 99) / 100);
}

// KPI_DEFINITIONS (and their translations) word the top-share KPI for the default 20 %.
const DEFAULT_TOP_PERCENT = 20;

function card(key: KpiKey, value: string, topPercent: number, extra: Partial<KpiCard> = {}) {
	const withTop = (text: string) =>
		text.replaceAll(
			formatPercent(DEFAULT_TOP_PERCENT / 100, 0),
			formatPercent(topPercent / 100, 0)
		);
	return {
		key,
		label: withTop(t(`kpi.label.${key}`)),
		value,
		how: withTop(t(`kpi.how.${key}`)),
		...extra
	} satisfies KpiCard;
}

type CountKey =
	'kpi.buyers' | 'kpi.prospects' | 'kpi.orders' | 'kpi.people' | 'kpi.biggestSpenders';
const plural = (n: number, key: CountKey) => t(key, { count: n });

/** "5 of 8 people in the customer file have ordered; 3 have not yet." */
function conversionDetail(prospects: number, rate: number | null): string | undefined {
	if (rate === null || rate >= 1 || prospects === 0) return undefined;
	// The row has prospects (listed − converted) and the rate (converted ÷ listed): solve for listed.
	const listed = Math.round(prospects / (1 - rate));
	const converted = listed - prospects;
	return t('kpi.detail.conversion', {
		count: converted,
		converted: formatCount(converted),
		listed: plural(listed, 'kpi.people'),
		prospects: formatCount(prospects),
		notYet: t('kpi.detail.notYet', { count: prospects })
	});
}

/** The KPI cards of a run, in groups, with values formatted (money in `currency`). */
export function kpiGroups(result: KpiCellResult, currency: string): KpiGroup[] {
	const v = (key: KpiKey) => result.values[key] ?? null;
	const n = (key: KpiKey) => v(key) ?? 0;
	const { windowDays: w, topPercent } = result;
	const c = (key: KpiKey, value: string, extra?: Partial<KpiCard>) =>
		card(key, value, topPercent, extra);
	const buyers = n('buyers');
	const prospects = n('prospects');
	const noCustomerFile = v('conversion_rate') === null;
	const windows = kpiWindows(result.asOf, w);
	const previousActive = n('previous_active');
	const retained = n('retained');
	const activeBefore = t('kpi.detail.activeBefore', {
		buyers: plural(previousActive, 'kpi.buyers'),
		range: formatRange(windows.previous)
	});
	const nobodyBefore = t('kpi.detail.nobodyBefore', { range: formatRange(windows.previous) });
	const allBuyers = plural(buyers, 'kpi.buyers');
	const allOrders = plural(n('orders'), 'kpi.orders');
	const repeaters = Math.round((v('repeat_rate') ?? 0) * buyers);
	const topBuyers = topBuyerCount(buyers, topPercent);

	return [
		{
			title: t('kpi.group.customers'),
			cards: [
				c('customers', formatCount(n('customers')), {
					detail: t('kpi.detail.customers', {
						buyers: allBuyers,
						prospects: plural(prospects, 'kpi.prospects')
					})
				}),
				c('buyers', formatCount(buyers)),
				c('prospects', formatCount(prospects), {
					detail: noCustomerFile ? t('kpi.detail.noCustomerFile') : undefined
				}),
				c('orders', formatCount(n('orders'))),
				c('orders_per_customer', formatNumber(v('orders_per_customer'), 2), {
					detail: t('kpi.detail.ratio', { a: allOrders, b: allBuyers })
				})
			]
		},
		{
			title: t('kpi.group.value'),
			cards: [
				c('revenue', formatMoney(v('revenue'), currency)),
				c('avg_order_value', formatMoney(v('avg_order_value'), currency), {
					detail: t('kpi.detail.ratio', { a: formatMoney(v('revenue'), currency), b: allOrders })
				}),
				c('top_revenue_share', formatPercent(v('top_revenue_share')), {
					detail:
						buyers > 0
							? t('kpi.detail.top', {
									top: plural(topBuyers, 'kpi.biggestSpenders'),
									buyers: allBuyers
								})
							: undefined
				})
			]
		},
		{
			title: t('kpi.group.loyalty'),
			note: t('kpi.loyaltyNote', {
				previous: formatRange(windows.previous),
				current: formatRange(windows.current),
				days: w
			}),
			cards: [
				c('repeat_rate', formatPercent(v('repeat_rate')), {
					detail:
						buyers > 0
							? t('kpi.detail.repeat', { repeaters: formatCount(repeaters), buyers: allBuyers })
							: undefined
				}),
				c('retention_rate', formatPercent(v('retention_rate')), {
					detail: t('kpi.detail.retained', {
						retained: formatCount(retained),
						active: activeBefore,
						range: formatRange(windows.current)
					}),
					missing: v('retention_rate') === null ? nobodyBefore : undefined
				}),
				c('churn_rate', formatPercent(v('churn_rate')), {
					detail: t('kpi.detail.churned', {
						churned: formatCount(previousActive - retained),
						active: activeBefore,
						range: formatRange(windows.current)
					}),
					missing: v('churn_rate') === null ? nobodyBefore : undefined
				})
			]
		},
		{
			title: t('kpi.group.conversion'),
			cards: [
				c('conversion_rate', formatPercent(v('conversion_rate')), {
					detail: conversionDetail(prospects, v('conversion_rate')),
					missing: noCustomerFile
						? t('kpi.missing.noCustomerFile')
						: prospects === 0
							? t('kpi.missing.allOrdered')
							: undefined
				}),
				c('avg_satisfaction', formatNumber(v('avg_satisfaction'), 2), {
					missing: v('avg_satisfaction') === null ? t('kpi.missing.satisfaction') : undefined
				})
			]
		}
	];
}
