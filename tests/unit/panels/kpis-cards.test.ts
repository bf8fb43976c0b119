import { describe, expect, it } from 'vitest';
import type { KpiCellResult } from '../../../src/notebook/kinds/kpis';
import {
	kpiGroups,
	kpiWindows,
	shiftDay,
	topBuyerCount,
	type KpiCard
} from '../../../src/panels/kpis/kpi-cards';
import { KPI_KEYS } from '../../../src/segments/kpi-definitions';

// The KPI row of tests/unit/segments/kpis.test.ts on 2024-07-01 with 30-day windows.
const values = {
	buyers: 10,
	prospects: 3,
	customers: 13,
	orders: 24,
	revenue: 1000,
	avg_order_value: 1000 / 24,
	orders_per_customer: 2.4,
	repeat_rate: 0.6,
	top_revenue_share: 0.5,
	previous_active: 5,
	retained: 2,
	retention_rate: 0.4,
	churn_rate: 0.6,
	conversion_rate: 0.625,
	avg_satisfaction: 3
};
const result: KpiCellResult = { asOf: '2024-07-01', windowDays: 30, topPercent: 20, values };

function cards(r: KpiCellResult, currency = 'USD'): Map<string, KpiCard> {
	return new Map(kpiGroups(r, currency).flatMap((g) => g.cards.map((c) => [c.key, c])));
}

describe('kpiWindows', () => {
	it.each([
		// The windows of kpis.test.ts: 31 to 60 and 1 to 30 days before the as-of date.
		['2024-07-01', 30, ['2024-05-02', '2024-05-31'], ['2024-06-01', '2024-06-30']],
		['2024-07-01', 90, ['2024-01-03', '2024-04-01'], ['2024-04-02', '2024-06-30']],
		['2024-03-01', 1, ['2024-02-28', '2024-02-28'], ['2024-02-29', '2024-02-29']]
	])('as of %s, W = %i', (asOf, w, previous, current) => {
		const windows = kpiWindows(asOf, w);
		expect([windows.previous.first, windows.previous.last]).toEqual(previous);
		expect([windows.current.first, windows.current.last]).toEqual(current);
	});

	it('shifts across years and leap days', () => {
		expect(shiftDay('2025-01-01', -1)).toBe('2024-12-31');
		expect(shiftDay('2024-03-01', -365)).toBe('2023-03-02');
	});
});

describe('topBuyerCount', () => {
	it.each([
		[10, 20, 2],
		[9, 20, 2], // 1.8 rounded up
		[4, 25, 1],
		[1, 1, 1],
		[0, 20, 0]
	])('%i buyers, top %i percent: %i', (buyers, top, expected) => {
		expect(topBuyerCount(buyers, top)).toBe(expected);
	});
});

describe('kpiGroups', () => {
	it('shows every KPI but the window counts, each with how it is computed', () => {
		const all = cards(result);
		expect([...all.keys()].sort()).toEqual(
			KPI_KEYS.filter((k) => k !== 'previous_active' && k !== 'retained').sort()
		);
		for (const c of all.values()) expect(c.how).toMatch(/^[A-Z].+\.$/);
	});

	it('formats money in the currency, rates as percentages', () => {
		const all = cards(result);
		const shown = Object.fromEntries([...all].map(([k, c]) => [k, c.value]));
		expect(shown).toEqual({
			customers: '13',
			buyers: '10',
			prospects: '3',
			orders: '24',
			orders_per_customer: '2.4',
			revenue: '$1,000',
			avg_order_value: '$41.67',
			top_revenue_share: '50.0 %',
			repeat_rate: '60.0 %',
			retention_rate: '40.0 %',
			churn_rate: '60.0 %',
			conversion_rate: '62.5 %',
			avg_satisfaction: '3'
		});
		expect(cards(result, 'EUR').get('revenue')!.value).toBe('€1,000');
		expect([...all.values()].filter((c) => c.missing)).toEqual([]);
	});

	it('spells out the figures behind the values and the two windows', () => {
		const all = cards(result);
		expect(all.get('customers')!.detail).toBe('10 buyers + 3 prospects.');
		expect(all.get('avg_order_value')!.detail).toBe('$1,000 ÷ 24 orders.');
		expect(all.get('conversion_rate')!.detail).toBe(
			'5 of 8 people in the customer file have ordered; 3 have not yet.'
		);
		expect(all.get('repeat_rate')!.detail).toBe('6 of 10 buyers ordered twice or more.');
		expect(all.get('retention_rate')!.detail).toBe(
			'2 of 5 buyers who ordered 2024-05-02 → 2024-05-31 ordered again 2024-06-01 → 2024-06-30.'
		);
		expect(all.get('churn_rate')!.detail).toBe(
			'3 of 5 buyers who ordered 2024-05-02 → 2024-05-31 placed no order 2024-06-01 → 2024-06-30.'
		);
		const loyalty = kpiGroups(result, 'USD').find((g) => g.title === 'Loyalty')!;
		expect(loyalty.note).toContain('2024-05-02 → 2024-05-31');
		expect(loyalty.note).toContain('W = 30 days');
	});

	it('names the chosen top share in the label and the definition', () => {
		const top = cards({ ...result, topPercent: 10 }).get('top_revenue_share')!;
		expect(top.label).toBe('Revenue from the top 10 %');
		expect(top.how).toContain('the 10 % of buyers');
		expect(top.how).not.toContain('20 %');
		expect(top.detail).toBe('The 1 biggest spender of 10 buyers.');
	});

	it('says why conversion and satisfaction are not shown', () => {
		const noFile = cards({
			...result,
			values: {
				...values,
				prospects: 0,
				customers: 10,
				conversion_rate: null,
				avg_satisfaction: null
			}
		});
		expect(noFile.get('conversion_rate')!.missing).toMatch(/no customer file/);
		expect(noFile.get('avg_satisfaction')!.missing).toMatch(/satisfaction score/);
		expect(noFile.get('prospects')!.detail).toMatch(/No customer file/);
		const allBought = cards({ ...result, values: { ...values, prospects: 0, conversion_rate: 1 } });
		expect(allBought.get('conversion_rate')!.missing).toMatch(/everyone in the customer file/);
	});

	it('says why retention and churn are empty when nobody ordered in the previous window', () => {
		const quiet = cards({
			...result,
			values: { ...values, previous_active: 0, retained: 0, retention_rate: null, churn_rate: null }
		});
		expect(quiet.get('retention_rate')!.missing).toContain('2024-05-02 → 2024-05-31');
		expect(quiet.get('churn_rate')!.value).toBe('–');
	});

	it('shows dashes, not NaN, without any order', () => {
		const empty = cards({
			...result,
			values: Object.fromEntries(KPI_KEYS.map((k) => [k, null]))
		});
		for (const c of empty.values()) expect(c.value).not.toMatch(/NaN|undefined/);
		expect(empty.get('buyers')!.value).toBe('0');
		expect(empty.get('avg_order_value')!.value).toBe('–');
	});
});
