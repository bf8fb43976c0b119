import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRuleCountSql } from '../../../src/segments/rules-compile';
import {
	RULE_MEASURES,
	ruleOperatorsFor,
	type RuleAttributeType,
	type RuleNode,
	type RuleOperator,
	type RuleValue
} from '../../../src/segments/rules';
import { buildCustomersViewSql, type CustomerLens } from '../../../src/segments/customers-view';
import { quoteIdent } from '../../../src/sql/quote';
import { HOSTILE } from '../data/fixture-db';
import { openSegmentsDb, type SegmentsDb } from './segments-db';
import { RULES_FIXTURES } from './rules-fixture';

// A lens column with a name that breaks SQL, beside the core columns of customers.
const lenses: CustomerLens[] = [
	{
		name: 'odd',
		sql: `SELECT customer_id, rfm_segment AS ${quoteIdent(HOSTILE)} FROM lens_core`
	}
];

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb(RULES_FIXTURES);
	db.run(buildCustomersViewSql({ asOf, lenses }));
});
afterAll(() => db.close());

const asOf = '2024-07-01';
// Everyone known on 2024-07-01, buyers and prospects: 7 (rules.test.ts counts them).
const KNOWN = 7;

// Values of every type, in order, for an operator that takes `count` of them (between: a ≤ b).
const numbers = (count: number) =>
	fc
		.array(fc.integer({ min: -5000, max: 5000 }), { minLength: count, maxLength: count })
		.map((v) => v.sort((a, b) => a - b));
const days = (count: number) =>
	fc
		.array(
			fc.date({ min: new Date('2020-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
			{
				minLength: count,
				maxLength: count
			}
		)
		.map((v) =>
			v.sort((a, b) => a.getTime() - b.getTime()).map((d) => d.toISOString().slice(0, 10))
		);
const texts = (count: number) =>
	fc.array(
		fc.oneof(
			fc.constantFrom('Paris', 'lyon', "O'Brien", '"; DROP TABLE x; --', '%', '_', 'Garden'),
			fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '')
		),
		{ minLength: count, maxLength: count }
	);

function valuesFor(type: RuleAttributeType, operator: RuleOperator): fc.Arbitrary<RuleValue[]> {
	const of = (n: number): fc.Arbitrary<RuleValue[]> =>
		type === 'text' ? texts(n) : type === 'date' ? days(n) : numbers(n);
	if (operator === 'in') return fc.integer({ min: 1, max: 3 }).chain(of);
	return of(operator === 'is_empty' ? 0 : operator === 'between' ? 2 : 1);
}

const window = fc.option(
	fc.oneof(
		fc.integer({ min: 1, max: 2000 }).map((lastDays) => ({ lastDays })),
		days(2).map(([from, to]) => ({ from: from!, to: to! }))
	),
	{ nil: undefined }
);

const measure: fc.Arbitrary<RuleNode> = fc
	.tuple(fc.constantFrom(...RULE_MEASURES), fc.constantFrom(...ruleOperatorsFor('measure')), window)
	.chain(([m, operator, w]) =>
		valuesFor('number', operator).map((values): RuleNode => ({
			kind: 'measure',
			measure: m,
			...(m === 'category_revenue' ? { category: 'Garden' } : {}),
			operator,
			values,
			...(w ? { window: w } : {})
		}))
	);

const ATTRIBUTES: [string, RuleAttributeType][] = [
	['city', 'text'],
	['age', 'number'],
	['signup_date', 'date'],
	[HOSTILE, 'text']
];
const COLUMNS: [string, RuleAttributeType][] = [
	['rfm_segment', 'text'],
	['r_score', 'number'],
	['last_order_date', 'date'],
	['is_prospect', 'text'],
	[HOSTILE, 'text']
];
/** A condition on a stored value: an attribute, or a column of customers. */
const stored = (kind: 'attribute' | 'column', list: [string, RuleAttributeType][]) =>
	fc
		.constantFrom(...list)
		.chain(([name, type]) =>
			fc
				.constantFrom(...ruleOperatorsFor(type))
				.chain((operator) =>
					valuesFor(type, operator).map((values): RuleNode =>
						kind === 'attribute'
							? { kind, attribute: name, type, operator, values }
							: { kind, column: name, type, operator, values }
					)
				)
		);
const attribute = stored('attribute', ATTRIBUTES);
const column = stored('column', COLUMNS);

const { rule } = fc.letrec<{ rule: RuleNode; group: RuleNode }>((tie) => ({
	rule: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		measure,
		attribute,
		column,
		tie('group')
	),
	group: fc.record({
		kind: fc.constant('group' as const),
		combinator: fc.constantFrom('and' as const, 'or' as const),
		children: fc.array(tie('rule'), { minLength: 1, maxLength: 3 })
	})
}));

const count = (r: RuleNode) => {
	const [row] = db.rows<{ members: number; customers: number }>(
		buildRuleCountSql(r, { asOf, lenses })
	);
	return { members: Number(row!.members), customers: Number(row!.customers) };
};

describe('rule compiler, on random rules', () => {
	it('always gives SQL DuckDB runs, over every known customer', () => {
		fc.assert(
			fc.property(rule, (r) => {
				const { members, customers } = count(r);
				expect(customers).toBe(KNOWN);
				expect(members).toBeGreaterThanOrEqual(0);
				expect(members).toBeLessThanOrEqual(KNOWN);
			}),
			{ numRuns: 60, seed: 20261123 }
		);
	}, 180_000);

	it('keeps set logic: a AND b has no more members than either, a OR b no fewer', () => {
		fc.assert(
			fc.property(rule, rule, (a, b) => {
				const [ma, mb] = [count(a).members, count(b).members];
				const and = count({ kind: 'group', combinator: 'and', children: [a, b] }).members;
				const or = count({ kind: 'group', combinator: 'or', children: [a, b] }).members;
				expect(and).toBeLessThanOrEqual(Math.min(ma, mb));
				expect(or).toBeGreaterThanOrEqual(Math.max(ma, mb));
				expect(and + or).toBe(ma + mb);
			}),
			{ numRuns: 30, seed: 20261123 }
		);
	}, 180_000);
});
