import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { memberPage, sortedRows, tableColumns } from '../../../src/panels/members/member-page';
import {
	sharePercent,
	tierBoundaries,
	tierRuleText,
	tierSummaries,
	vipRuleText
} from '../../../src/panels/tiers/tier-summary';

// The helpers behind the tiers panel's table, chart marks and member list.

const summaryRows = [
	{
		value_tier: 'high',
		customers: 2,
		revenue: 500,
		customer_share: 0.2,
		revenue_share: 0.5,
		min_monetary: 200,
		max_monetary: 300
	},
	{
		value_tier: 'mid',
		customers: 3,
		revenue: 300,
		customer_share: 0.3,
		revenue_share: 0.3,
		min_monetary: 50,
		max_monetary: 150
	},
	{
		value_tier: 'low',
		customers: 5,
		revenue: 200,
		customer_share: 0.5,
		revenue_share: 0.2,
		min_monetary: 35,
		max_monetary: 45
	}
];

describe('tierSummaries and tierBoundaries', () => {
	it('types the rows and ends high and mid where their cumulative shares say', () => {
		const tiers = tierSummaries(summaryRows);
		expect(tiers[0]).toEqual({
			tier: 'high',
			customers: 2,
			revenue: 500,
			customerShare: 0.2,
			revenueShare: 0.5,
			minSpend: 200,
			maxSpend: 300
		});
		expect(tierBoundaries(tiers)).toEqual([
			{ tier: 'high', customers: 2, customerShare: 0.2, revenueShare: 0.5 },
			{ tier: 'mid', customers: 5, customerShare: 0.5, revenueShare: 0.8 }
		]);
	});

	it('leaves out empty tiers, and everything when nobody bought', () => {
		const rows = summaryRows.map((r) =>
			r.value_tier === 'mid' ? { ...r, customers: 0, revenue: 0 } : r
		);
		expect(tierBoundaries(tierSummaries(rows)).map((b) => b.tier)).toEqual(['high']);
		const none = summaryRows.map((r) => ({
			...r,
			customers: 0,
			revenue: 0,
			customer_share: null,
			revenue_share: null,
			min_monetary: null,
			max_monetary: null
		}));
		const tiers = tierSummaries(none);
		expect(tiers[0]?.revenueShare).toBeNull();
		expect(tierBoundaries(tiers)).toEqual([]);
	});
});

describe('rule texts', () => {
	it('states the boundary rule with the cell’s numbers', () => {
		const { intro, tiers } = tierRuleText({ highShare: 0.6, midShare: 0.25, vip: { top: 10 } });
		expect(intro).toContain('crosses 60 % and 85 %');
		expect(intro).toContain('equal spend always share a tier');
		expect(tiers[0]).toContain('first 60 % of revenue');
		expect(tiers[0]).toContain('crosses the 60 % line is high too');
		expect(tiers[1]).toBe('Mid value: the next 25 % (up to 85 %), cut the same way.');
		expect(tiers[2]).toBe('Low value: the rest, making the last 15 %.');
	});

	it('prints typed shares without float noise', () => {
		expect(sharePercent(0.1 + 0.2)).toBe('30');
		expect(sharePercent(0.125)).toBe('12.5');
	});

	it('words both VIP rules', () => {
		expect(vipRuleText({ top: 100 }, 'USD')).toBe(
			'the top 100 customers by spend (all tied at place 100 included)'
		);
		expect(vipRuleText({ minMonetary: 2500 }, 'EUR')).toBe('customers who spent at least €2,500');
	});
});

describe('member pages', () => {
	const members = tableFromArrays({
		customer_id: ['c1', 'c2', 'c3', 'c4', 'c5'],
		monetary: Float64Array.from([300, 200, 200, 100, 50]),
		is_vip: [true, true, true, false, false]
	});

	it('lists the columns with their Arrow types', () => {
		expect(tableColumns(members).map((c) => c.name)).toEqual(['customer_id', 'monetary', 'is_vip']);
		expect(tableColumns(members)[1]?.type).toBe('Float64');
	});

	it('slices pages in the query’s order', () => {
		const page = memberPage(members, 2, 2, null);
		expect(page.getChild('customer_id')?.toArray()).toEqual(['c3', 'c4']);
		expect(memberPage(members, 4, 2, null).numRows).toBe(1);
	});

	it('sorts on the client, ties in their original order', () => {
		const ascending = sortedRows(members, { column: 'monetary', descending: false });
		expect(ascending).toEqual([4, 3, 1, 2, 0]);
		const page = memberPage(
			members,
			0,
			3,
			{ column: 'monetary', descending: false },
			{
				roundCents: false
			}
		);
		expect([...(page.getChild('customer_id')?.toArray() ?? [])]).toEqual(['c5', 'c4', 'c2']);
		expect([...(page.getChild('monetary')?.toArray() ?? [])]).toEqual([50, 100, 200]);
		expect(page.getChild('is_vip')?.get(2)).toBe(true);
		expect(sortedRows(members, { column: 'customer_id', descending: true })).toEqual([
			4, 3, 2, 1, 0
		]);
		expect(sortedRows(members, null)).toBeNull();
		expect(sortedRows(members, { column: 'gone', descending: false })).toBeNull();
	});
});
