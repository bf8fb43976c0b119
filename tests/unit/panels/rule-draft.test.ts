import { describe, expect, it } from 'vitest';
import {
	fromRule,
	newCondition,
	subjectTypes,
	toRule,
	type DraftGroup
} from '../../../src/panels/rules/draft';
import { listHas, toggleEntry } from '../../../src/panels/rules/value-list';
import type { RuleNode } from '../../../src/segments/rules';

const types = subjectTypes(
	[{ name: 'city', type: 'text' }],
	[
		{ name: 'rfm_segment', type: 'text' },
		{ name: 'cluster', type: 'number' }
	]
);

describe('the rule editor draft', () => {
	it('turns column subjects into column conditions of the column type, and back', () => {
		const segment = { ...newCondition(), subject: 'col:rfm_segment' };
		segment.operator = 'in';
		segment.values = ['Champions, Loyal ,', ''];
		const cluster = { ...newCondition(), subject: 'col:cluster', operator: '=' as const };
		cluster.values = ['2', ''];
		const city = { ...newCondition(), subject: 'attr:city', operator: '=' as const };
		city.values = ['Paris', ''];
		const draft: DraftGroup = {
			kind: 'group',
			combinator: 'and',
			children: [segment, cluster, city]
		};
		const rule: RuleNode = toRule(draft, types);
		expect(rule).toEqual({
			kind: 'group',
			combinator: 'and',
			children: [
				{
					kind: 'column',
					column: 'rfm_segment',
					type: 'text',
					operator: 'in',
					values: ['Champions', 'Loyal']
				},
				{ kind: 'column', column: 'cluster', type: 'number', operator: '=', values: ['2'] },
				{ kind: 'attribute', attribute: 'city', type: 'text', operator: '=', values: ['Paris'] }
			]
		});
		expect(toRule(fromRule(rule), types)).toEqual(rule);
	});

	it('ticks and unticks values of an "is one of" list, as rules compare them', () => {
		expect(toggleEntry('', 'Champions')).toBe('Champions');
		expect(toggleEntry('Champions', 'Loyal')).toBe('Champions, Loyal');
		expect(toggleEntry(' champions , Loyal', 'Champions')).toBe('Loyal');
		expect(listHas('Champions, loyal ', 'Loyal')).toBe(true);
		expect(listHas('Champions', 'Lost')).toBe(false);
	});
});
