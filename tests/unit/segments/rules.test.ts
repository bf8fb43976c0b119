import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildRuleCountSql,
	buildRuleMembersSql,
	compileRule
} from '../../../src/segments/rules-compile';
import type {
	AttributeCondition,
	MeasureCondition,
	RuleAttributeType,
	RuleMeasure,
	RuleNode,
	RuleOperator,
	RuleValue,
	RuleWindow
} from '../../../src/segments/rules';
import { openSegmentsDb, type SegmentsDb } from './segments-db';
import { HOSTILE } from '../data/fixture-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb({
		transactions: 'lens-rules-orders.csv',
		customers: 'lens-rules-customers.csv'
	});
});
afterAll(() => db.close());

const asOf = '2024-07-01';

/** A measure condition. */
function m(
	measure: RuleMeasure,
	operator: RuleOperator,
	values: RuleValue[],
	extra: Partial<MeasureCondition> = {}
): MeasureCondition {
	return { kind: 'measure', measure, operator, values, ...extra };
}
/** An attribute condition. */
function a(
	attribute: string,
	type: RuleAttributeType,
	operator: RuleOperator,
	values: RuleValue[]
): AttributeCondition {
	return { kind: 'attribute', attribute, type, operator, values };
}
const and = (...children: RuleNode[]): RuleNode => ({ kind: 'group', combinator: 'and', children });
const or = (...children: RuleNode[]): RuleNode => ({ kind: 'group', combinator: 'or', children });

/** The members of a rule, space-separated in id order. */
function members(rule: RuleNode, day = asOf): string {
	return db
		.rows<{ customer_id: string }>(buildRuleMembersSql(rule, { asOf: day }))
		.map((r) => r.customer_id)
		.join(' ');
}

const last365: RuleWindow = { lastDays: 365 };

// The fixture on 2024-07-01 (lines dated on or after it are ignored; u04's 300 is a return):
//          revenue orders last order  AOV   discount share return share Garden  city    age
//   u01    1100    2      03-01 (122) 550   0.5 (1 of 2)   0            600     Paris   34
//   u02    1100    2      03-01 (122) 550   0              0            1100    lyon    51
//   u03    1000    1      02-01 (151) 1000  0              0            0       -       -
//   u04    1200    1      06-30 (1)   1200  0              0.5 (1 of 2) 1200    PARIS   28
//   u05     900    1      05-01 (61)  900   1              0            0       (not in the file)
//   u07    1500    1      01-01 (182) 1500  0              0            0       (not in the file)
//   p01       0    0      -           -     -              -            0       Nice    45
// In the last 365 days (from 2023-07-02): u01 1100 (600 exactly 365 days ago), u02 500 (its
// 600 is 366 days old), u03 1000, u04 1200, u05 900, u07 1500.
describe('compileRule: acceptance', () => {
	const rule = m('revenue', '>', [1000], { window: last365 });

	it('finds who spent more than 1000 in the last 365 days', () => {
		// u01 counts its order of exactly 365 days ago; u03 has exactly 1000, not more.
		expect(members(rule)).toBe('u01 u04 u07');
	});

	it('finds them again after moving the as-of date', () => {
		// On 2025-01-01 the window starts 2024-01-02: u01 500, u02 500 + 600 (09-01), u04 1200,
		// u05 900 + 200 (its 07-01 order now counts), u07's 2024-01-01 is 366 days old.
		expect(members(rule, '2025-01-01')).toBe('u02 u04 u05');
		// And back: on 2024-03-01 (window from 2023-03-02) the orders of that day do not count
		// yet: u01 600, u02 600, u03 exactly 1000, u07 1500.
		expect(members(rule, '2024-03-01')).toBe('u07');
	});

	it('gives the live count of members and of everyone known', () => {
		// Known: u01-u04 and p01 (customer file) ∪ u05 u07 (buyers) = 7.
		expect(db.one(buildRuleCountSql(rule, { asOf }))).toEqual({ members: 3, customers: 7 });
	});
});

describe('compileRule: operators', () => {
	it.each<[string, RuleNode, string]>([
		['>', m('revenue', '>', [1000]), 'u01 u02 u04 u07'],
		// u03 is exactly 1000.
		['>=', m('revenue', '>=', ['1000']), 'u01 u02 u03 u04 u07'],
		// p01 has 0 orders.
		['<', m('orders', '<', [2]), 'p01 u03 u04 u05 u07'],
		// u05's last order is exactly 61 days old; p01 has none (empty, so false).
		['<=', m('days_since_last_order', '<=', [61]), 'u04 u05'],
		['=', m('orders', '=', [2]), 'u01 u02'],
		// p01 has no average order value: empty differs from 550.
		['!=', m('avg_order_value', '!=', [550]), 'p01 u03 u04 u05 u07'],
		// Inclusive at both ends: u05 900, u03 1000, u01 and u02 1100.
		['between', m('revenue', 'between', [900, 1100]), 'u01 u02 u03 u05'],
		['in', m('orders', 'in', [0, '2']), 'p01 u01 u02'],
		// Case-blind, trimmed: "Paris" and "PARIS ".
		['contains', a('city', 'text', 'contains', ['ARI']), 'u01 u04'],
		// u03 has an empty city; u05 and u07 are not in the customer file.
		['is empty (text)', a('city', 'text', 'is_empty', []), 'u03 u05 u07'],
		['is empty (number)', a('age', 'number', 'is_empty', []), 'u03 u05 u07'],
		['is empty (measure)', m('avg_order_value', 'is_empty', []), 'p01'],
		['= (text)', a('city', 'text', '=', [' paris']), 'u01 u04'],
		// Everyone without a city differs from "paris" too.
		['!= (text)', a('city', 'text', '!=', ['Paris']), 'p01 u02 u03 u05 u07'],
		['in (text)', a('city', 'text', 'in', ['Lyon', 'nice']), 'p01 u02'],
		// p01 is exactly 45.
		['>= (number attribute)', a('age', 'number', '>=', ['45']), 'p01 u02'],
		['between (number attribute)', a('age', 'number', 'between', [28, 34]), 'u01 u04'],
		['< (date attribute)', a('signup_date', 'date', '<', ['2023-06-01']), 'u01'],
		// u04 signed up exactly on 2024-01-01.
		['>= (date attribute)', a('signup_date', 'date', '>=', ['2024-01-01']), 'p01 u04'],
		// u01: 1 of its 2 lines discounted, exactly the threshold.
		['discount share', m('discount_share', '>=', [0.5]), 'u01 u05'],
		['return share', m('return_share', '>', [0]), 'u04'],
		['category revenue', m('category_revenue', '>', [1000], { category: 'Garden' }), 'u02 u04'],
		[
			'category revenue (name trimmed)',
			m('category_revenue', '>', [1000], { category: ' Garden ' }),
			'u02 u04'
		],
		[
			'category revenue (lower)',
			m('category_revenue', '>=', [600], { category: 'Garden' }),
			'u01 u02 u04'
		]
	])('%s', (_, rule, expected) => {
		expect(members(rule)).toBe(expected);
	});
});

describe('compileRule: windows', () => {
	it('counts both days of a date window', () => {
		const window = { from: '2024-01-01', to: '2024-03-01' };
		// u07 on 01-01 and u01, u02 on 03-01 (both ends), u03 on 02-01.
		expect(members(m('revenue', '>', [0], { window }))).toBe('u01 u02 u03 u07');
	});

	it('counts an order exactly N days old in the last N days', () => {
		// 2024-07-01 − 122 days = 03-01: u01 and u02 are in; u03 (02-01) is not.
		expect(members(m('orders', '>=', [1], { window: { lastDays: 122 } }))).toBe('u01 u02 u04 u05');
		expect(members(m('orders', '>=', [1], { window: { lastDays: 121 } }))).toBe('u04 u05');
	});

	it('keeps different windows of one measure apart', () => {
		// More than 1000 over all time but not in the last 365 days: only u02.
		const rule = and(m('revenue', '>', [1000]), m('revenue', '<=', [1000], { window: last365 }));
		expect(members(rule)).toBe('u02');
	});
});

describe('compileRule: groups', () => {
	it('nests AND and OR', () => {
		// More than 1000 and (from Paris or 50 or older): u07 has neither a city nor an age.
		const rule = and(
			m('revenue', '>', [1000]),
			or(a('city', 'text', '=', ['paris']), a('age', 'number', '>=', [50]))
		);
		expect(members(rule)).toBe('u01 u02 u04');
		// (2 orders and some discount) or half the lines returned: u01, then u04.
		const other = or(
			and(m('orders', '=', [2]), m('discount_share', '>', [0])),
			m('return_share', '>=', [0.5])
		);
		expect(members(other)).toBe('u01 u04');
		// One-child groups are the child.
		expect(members(and(or(m('orders', '=', [2]))))).toBe('u01 u02');
	});

	it('quotes a hostile attribute name and its values', () => {
		expect(members(a(HOSTILE, 'text', '=', ['A']))).toBe('u01');
		expect(members(a(HOSTILE, 'text', 'contains', ["drop'; --"]))).toBe('');
		expect(members(a(HOSTILE, 'text', 'contains', ['; drop']))).toBe('u04');
		expect(db.rows('SELECT count(*) AS n FROM customer_attributes')).toEqual([{ n: 5 }]);
	});

	it('gives every known customer a true or false member flag', () => {
		const rows = db.rows(compileRule(a('age', 'number', '>', [40]), { asOf }));
		expect(rows).toHaveLength(7);
		expect(rows.every((r) => typeof r.member === 'boolean')).toBe(true);
	});
});

describe('compileRule: invalid rules', () => {
	const bad = (rule: unknown) => () => compileRule(rule as RuleNode, { asOf });
	it.each<[string, unknown, string]>([
		['text for a number', m('revenue', '>', ['abc']), 'invalid value for revenue: "abc"'],
		['empty text', m('revenue', '>', ['']), 'invalid value for revenue: ""'],
		['hex', m('orders', '=', ['0x10']), 'invalid value for orders: "0x10"'],
		['infinity', m('revenue', '>', [Infinity]), 'invalid value for revenue: Infinity'],
		['not a number', m('revenue', '>', [NaN]), 'invalid value for revenue: NaN'],
		['no value', m('revenue', '>', []), 'invalid values for revenue: > needs 1 value(s), got 0'],
		['one bound', m('revenue', 'between', [5]), 'invalid values for revenue: between needs 2'],
		['empty in', m('orders', 'in', []), 'invalid values for orders: in needs at least 1'],
		['value on is empty', m('orders', 'is_empty', [1]), 'invalid values for orders: is_empty'],
		[
			'reversed range',
			m('revenue', 'between', [10, 5]),
			'invalid range for revenue: 10 is above 5'
		],
		[
			'contains on a measure',
			m('revenue', 'contains', [1]),
			'invalid operator for revenue: contains'
		],
		['> on text', a('city', 'text', '>', ['a']), 'invalid operator for city: >'],
		['unknown operator', m('revenue', '~' as RuleOperator, [1]), 'invalid operator: ~'],
		['unknown measure', m('profit' as RuleMeasure, '>', [1]), 'invalid measure: "profit"'],
		[
			'bad day',
			a('signup_date', 'date', '<', ['2024-02-30']),
			'invalid value for signup_date: "2024-02-30"'
		],
		['empty text value', a('city', 'text', '=', [' ']), 'invalid value for city: " "'],
		[
			'attribute type',
			a('city', 'colour' as RuleAttributeType, '=', ['x']),
			'invalid attribute type for city: "colour"'
		],
		['no attribute', a('', 'text', '=', ['x']), 'invalid attribute: ""'],
		[
			'window days',
			m('revenue', '>', [1], { window: { lastDays: 0 } }),
			'invalid window for revenue: last 0 days'
		],
		[
			'fractional window',
			m('revenue', '>', [1], { window: { lastDays: 1.5 } }),
			'invalid window for revenue: last 1.5 days'
		],
		[
			'window day',
			m('orders', '>', [1], { window: { from: '2024-13-01', to: '2024-12-01' } }),
			'invalid window start for orders: "2024-13-01"'
		],
		[
			'window order',
			m('orders', '>', [1], { window: { from: '2024-05-01', to: '2024-04-01' } }),
			'invalid window for orders: 2024-05-01 is after 2024-04-01'
		],
		[
			'no category',
			m('category_revenue', '>', [1]),
			'invalid category for category_revenue: undefined'
		],
		['empty group', and(), 'invalid rule: empty group'],
		[
			'combinator',
			{ kind: 'group', combinator: 'xor', children: [m('orders', '>', [1])] },
			'invalid combinator: "xor"'
		],
		['node kind', { kind: 'formula' }, 'invalid rule node: "formula"'],
		[
			'window on an attribute',
			{ ...a('age', 'number', '>', [1]), window: last365 },
			'invalid window for age: attributes have no time window'
		]
	])('rejects %s', (_, rule, message) => {
		expect(bad(rule)).toThrow(message);
	});

	it('rejects an invalid as-of date and absurd nesting', () => {
		expect(() => compileRule(m('orders', '>', [1]), { asOf: '2024-7-1' })).toThrow(
			'invalid asOf: 2024-7-1'
		);
		let deep: RuleNode = m('orders', '>', [1]);
		for (let i = 0; i < 25; i++) deep = and(deep);
		expect(() => compileRule(deep, { asOf })).toThrow('invalid rule: groups nested deeper than 20');
	});

	it('puts every value in as a literal', () => {
		const sql = compileRule(a('city', 'text', 'in', ["o'brien", "x') OR true --"]), { asOf });
		expect(sql).toContain("IN ('o''brien', 'x'') or true --')");
	});
});
