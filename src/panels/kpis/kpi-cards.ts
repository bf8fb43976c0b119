import { KPI_DEFINITIONS, type KpiKey } from '../../segments/kpi-definitions';
import type { KpiCellResult } from '../../notebook/kinds/kpis';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../ui/format';

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

/** A day range as people read it: 2024-01-03 → 2024-04-01. */
export function formatRange(range: DayRange): string {
	return `${range.first} → ${range.last}`;
}

/** How many buyers make up the top `topPercent` % (rounded up, as buildKpisSql counts them). */
export function topBuyerCount(buyers: number, topPercent: number): number {
	return Math.floor((buyers * topPercent + 99) / 100);
}

const DEFINITIONS = new Map(KPI_DEFINITIONS.map((d) => [d.key, d]));
// KPI_DEFINITIONS words the top-share KPI for the default 20 %.
const DEFAULT_TOP = /\b20 %/g;

function card(key: KpiKey, value: string, topPercent: number, extra: Partial<KpiCard> = {}) {
	const def = DEFINITIONS.get(key)!;
	const top = `${topPercent} %`;
	return {
		key,
		label: def.label.replace(DEFAULT_TOP, top),
		value,
		how: def.how.replace(DEFAULT_TOP, top),
		...extra
	} satisfies KpiCard;
}

const plural = (n: number, one: string, many: string) =>
	`${formatCount(n)} ${n === 1 ? one : many}`;

/** "5 of 8 people in the customer file have ordered; 3 have not yet." */
function conversionDetail(prospects: number, rate: number | null): string | undefined {
	if (rate === null || rate >= 1 || prospects === 0) return undefined;
	// The row has prospects (listed − converted) and the rate (converted ÷ listed): solve for listed.
	const listed = Math.round(prospects / (1 - rate));
	const converted = listed - prospects;
	return (
		`${formatCount(converted)} of ${plural(listed, 'person', 'people')} in the customer file ` +
		`${converted === 1 ? 'has' : 'have'} ordered; ${formatCount(prospects)} ` +
		`${prospects === 1 ? 'has' : 'have'} not yet.`
	);
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
	const activeBefore =
		`${plural(previousActive, 'buyer', 'buyers')} who ordered ` +
		`${formatRange(windows.previous)}`;
	const nobodyBefore =
		`Nobody ordered in the previous window (${formatRange(windows.previous)}), ` +
		'so there is no one to retain or lose.';
	const repeaters = Math.round((v('repeat_rate') ?? 0) * buyers);
	const topBuyers = topBuyerCount(buyers, topPercent);

	return [
		{
			title: 'Customers and orders',
			cards: [
				c('customers', formatCount(n('customers')), {
					detail: `${plural(buyers, 'buyer', 'buyers')} + ${plural(prospects, 'prospect', 'prospects')}.`
				}),
				c('buyers', formatCount(buyers)),
				c('prospects', formatCount(prospects), {
					detail: noCustomerFile ? 'No customer file is loaded: only buyers are known.' : undefined
				}),
				c('orders', formatCount(n('orders'))),
				c('orders_per_customer', formatNumber(v('orders_per_customer'), 2), {
					detail: `${plural(n('orders'), 'order', 'orders')} ÷ ${plural(buyers, 'buyer', 'buyers')}.`
				})
			]
		},
		{
			title: 'Value',
			cards: [
				c('revenue', formatMoney(v('revenue'), currency)),
				c('avg_order_value', formatMoney(v('avg_order_value'), currency), {
					detail: `${formatMoney(v('revenue'), currency)} ÷ ${plural(n('orders'), 'order', 'orders')}.`
				}),
				c('top_revenue_share', formatPercent(v('top_revenue_share')), {
					detail:
						buyers > 0
							? `The ${plural(topBuyers, 'biggest spender', 'biggest spenders')} of ${plural(buyers, 'buyer', 'buyers')}.`
							: undefined
				})
			]
		},
		{
			title: 'Loyalty',
			note:
				`Previous window ${formatRange(windows.previous)}, current window ` +
				`${formatRange(windows.current)}: W = ${w} days each, ending the day before the as-of date.`,
			cards: [
				c('repeat_rate', formatPercent(v('repeat_rate')), {
					detail:
						buyers > 0
							? `${formatCount(repeaters)} of ${plural(buyers, 'buyer', 'buyers')} ordered twice or more.`
							: undefined
				}),
				c('retention_rate', formatPercent(v('retention_rate')), {
					detail: `${formatCount(retained)} of ${activeBefore} ordered again ${formatRange(windows.current)}.`,
					missing: v('retention_rate') === null ? nobodyBefore : undefined
				}),
				c('churn_rate', formatPercent(v('churn_rate')), {
					detail: `${formatCount(previousActive - retained)} of ${activeBefore} placed no order ${formatRange(windows.current)}.`,
					missing: v('churn_rate') === null ? nobodyBefore : undefined
				})
			]
		},
		{
			title: 'Conversion and satisfaction',
			cards: [
				c('conversion_rate', formatPercent(v('conversion_rate')), {
					detail: conversionDetail(prospects, v('conversion_rate')),
					missing: noCustomerFile
						? 'Not shown: no customer file is loaded, so there are no prospects to convert.'
						: prospects === 0
							? 'Not shown: everyone in the customer file has already ordered, so there are no prospects to convert.'
							: undefined
				}),
				c('avg_satisfaction', formatNumber(v('avg_satisfaction'), 2), {
					missing:
						v('avg_satisfaction') === null
							? 'Not shown: no support ticket before the as-of date carries a satisfaction score.'
							: undefined
				})
			]
		}
	];
}
