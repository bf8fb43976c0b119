import { describe, expect, it } from 'vitest';
import {
	behaviourPickSql,
	DEFAULT_BEHAVIOUR_OPTIONS,
	type BehaviourSummaryRow
} from '../../../src/notebook/kinds/behaviour';
import {
	barScale,
	indexLevel,
	rowsOf,
	valueLabel,
	valueRule
} from '../../../src/panels/behaviour/behaviour-text';

const row = (dimension: BehaviourSummaryRow['dimension'], value: string, order: number) => ({
	dimension,
	value,
	value_order: order,
	customers: order,
	customer_share: null,
	revenue: 0
});

describe('behaviour panel text', () => {
	it.each([
		[119.9, 'even'],
		[120, 'over'],
		[80, 'under'],
		[80.1, 'even'],
		[null, 'even']
	] as const)('index %s is %s', (index, level) => {
		expect(indexLevel(index)).toBe(level);
	});

	it('keeps one dimension in its order', () => {
		const rows = [row('flag', 'is_returner', 1), row('behaviour_group', 'other', 2)];
		rows.push(row('behaviour_group', 'returner', 1));
		expect(rowsOf(rows, 'behaviour_group').map((r) => r.value)).toEqual(['returner', 'other']);
		expect(barScale([])).toBe(1);
	});

	it('labels values, leaving channels from the data as they are', () => {
		expect(valueLabel('flag', 'is_site_visitor')).toBe('Site visitors');
		expect(valueLabel('preferred_channel', 'returner')).toBe('returner');
	});

	it('states the thresholds in force', () => {
		const o = {
			...DEFAULT_BEHAVIOUR_OPTIONS,
			returnerShare: 0.35,
			discountBasis: 'revenue' as const
		};
		expect(valueRule('returner', o)).toBe('At least 35 % of their order lines returned.');
		expect(valueRule('is_discount_seeker', o)).toContain('50 % of their spend');
		expect(valueRule('is_social_engager', o)).toContain('90 days');
	});
});

describe('behaviourPickSql', () => {
	it('quotes values and only lets known flags through', () => {
		expect(behaviourPickSql({ dimension: 'preferred_channel', value: "o'web" })).toBe(
			`"preferred_channel" = 'o''web'`
		);
		expect(behaviourPickSql({ dimension: 'flag', value: 'is_returner' })).toBe('"is_returner"');
		expect(() => behaviourPickSql({ dimension: 'flag', value: '1=1; drop' })).toThrow(
			'invalid flag'
		);
		expect(() => behaviourPickSql({ dimension: 'x' as 'flag', value: 'a' })).toThrow(/invalid/);
	});
});
