import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRuleMembersSql } from '../../../src/segments/rules-compile';
import { buildRuleMigrationSql } from '../../../src/segments/migration';
import { buildCustomersViewSql, type CustomerLens } from '../../../src/segments/customers-view';
import { clvLens } from '../../../src/segments/clv-lens';
import { clusterLens } from '../../../src/segments/cluster-features';
import { rulesLens } from '../../../src/segments/rules-lens';
import type {
	ColumnCondition,
	RuleAttributeType,
	RuleNode,
	RuleOperator,
	RuleValue
} from '../../../src/segments/rules';
import { quoteIdent } from '../../../src/sql/quote';
import { HOSTILE } from '../data/fixture-db';
import { openSegmentsDb, type SegmentsDb } from './segments-db';
import { RULES_FIXTURES } from './rules-fixture';

const asOf = '2024-07-01';

// On 2024-07-01 (orders before it, returns excluded) the six buyers are, by hand, with the
// quintile scores 1 + floor(5 × worse / 6):
//   u01, u02: 2 orders, 1100, 122 days: R2 F4 M2 → FM 3 → At risk
//   u03: 1 order, 1000, 151 days: R1 F1 M1 → Lost
//   u04: 1 order, 1200, 1 day: R5 F1 M4 → FM 2 → Potential loyalists
//   u05: 1 order, 900, 61 days: R4 F1 M1 → Promising
//   u07: 1 order, 1500, 182 days: R1 F1 M5 → FM 3 → At risk
// p01 (customer file only) has no segment.
// Cluster labels, written as a clusters cell writes them: u01 u05 → 1, u02 u03 u04 u07 → 2.
const LABELS = '_cluster_labels_c_test';
// P(alive), cut at 0.3 (high risk below) and 0.7 (low risk from): u01 0.2 and u03 0.29 high,
// u02 0.5 and u04 0.3 (the boundary) medium, u05 0.9 low, u07 not scored.
const SCORES = '_clv_scores_c_test';
// A lens column named to break SQL: the first letter of each buyer's segment.
const odd: CustomerLens = {
	name: 'odd',
	sql: `SELECT customer_id, left(rfm_segment, 1) AS ${quoteIdent(HOSTILE)} FROM lens_core`
};
const lenses = [clusterLens(LABELS), clvLens(SCORES, { high: 0.3, low: 0.7 }), odd];

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb(RULES_FIXTURES);
	db.rows(`CREATE TABLE ${LABELS} AS SELECT * FROM (VALUES
		('u01', 1), ('u02', 2), ('u03', 2), ('u04', 2), ('u05', 1), ('u07', 2)) t(customer_id, cluster)`);
	db.rows(`CREATE TABLE ${SCORES} AS SELECT customer_id, p_alive, 1.0 AS expected_purchases,
		100.0 AS clv FROM (VALUES ('u01', 0.2), ('u02', 0.5), ('u03', 0.29), ('u04', 0.3),
		('u05', 0.9)) t(customer_id, p_alive)`);
	db.run(buildCustomersViewSql({ asOf, lenses }));
});
afterAll(() => db.close());

/** A condition on a column of customers. */
function c(
	column: string,
	type: RuleAttributeType,
	operator: RuleOperator,
	values: RuleValue[]
): ColumnCondition {
	return { kind: 'column', column, type, operator, values };
}
const and = (...children: RuleNode[]): RuleNode => ({ kind: 'group', combinator: 'and', children });
const revenue = (operator: RuleOperator, value: number): RuleNode => ({
	kind: 'measure',
	measure: 'revenue',
	operator,
	values: [value]
});

function members(rule: RuleNode, over: readonly CustomerLens[] = lenses): string {
	return db
		.rows<{ customer_id: string }>(buildRuleMembersSql(rule, { asOf, lenses: over }))
		.map((r) => r.customer_id)
		.join(' ');
}

describe('rules on columns of customers', () => {
	it.each([
		{
			name: 'cluster = 2 AND revenue > 1000 (u03 spent exactly 1000)',
			rule: and(c('cluster', 'number', '=', [2]), revenue('>', 1000)),
			expected: 'u02 u04 u07'
		},
		{
			name: "churn_risk = 'high'",
			rule: c('churn_risk', 'text', '=', ['high']),
			expected: 'u01 u03'
		},
		{
			name: "churn_risk ≠ 'high' keeps the unscored and the prospect",
			rule: c('churn_risk', 'text', '!=', ['HIGH ']),
			expected: 'p01 u02 u04 u05 u07'
		},
		{
			name: "rfm_segment IN ('Champions', 'Loyal'): nobody here",
			rule: c('rfm_segment', 'text', 'in', ['Champions', 'Loyal']),
			expected: ''
		},
		{
			name: "rfm_segment IN ('At risk', 'promising')",
			rule: c('rfm_segment', 'text', 'in', ['At risk', 'promising']),
			expected: 'u01 u02 u05 u07'
		},
		{
			name: 'r_score ≥ 4',
			rule: c('r_score', 'number', '>=', [4]),
			expected: 'u04 u05'
		},
		{
			name: 'p_alive between 0.29 and 0.5 (both ends in)',
			rule: c('p_alive', 'number', 'between', [0.29, 0.5]),
			expected: 'u02 u03 u04'
		},
		{
			name: "value_tier = 'high' AND orders ≥ 2",
			rule: and(c('value_tier', 'text', '=', ['high']), {
				kind: 'measure',
				measure: 'orders',
				operator: '>=',
				values: [2]
			}),
			expected: 'u01 u02'
		},
		{
			name: 'a column with a hostile name, = "A" (At risk)',
			rule: c(HOSTILE, 'text', '=', ['a']),
			expected: 'u01 u02 u07'
		},
		{
			name: 'a hostile value is a value',
			rule: c('rfm_segment', 'text', '=', ["'; DROP TABLE x; --"]),
			expected: ''
		}
	])('$name', ({ rule, expected }) => {
		expect(members(rule)).toBe(expected);
	});

	it('reads the core columns without any lens, and only the lenses it is given', () => {
		expect(members(c('is_prospect', 'text', '=', ['true']), [])).toBe('p01');
		expect(() => members(c('cluster', 'number', '=', [1]), [])).toThrow(/cluster/);
	});

	it('makes a rule column of customers over the lenses before it', () => {
		const rule = rulesLens([{ name: 'Cluster two', rule: c('cluster', 'number', '=', [2]) }], {
			asOf,
			lenses
		});
		db.run(buildCustomersViewSql({ asOf, lenses: [...lenses, rule] }));
		expect(db.rows(`SELECT customer_id FROM customers WHERE rule_cluster_two ORDER BY 1`)).toEqual([
			{ customer_id: 'u02' },
			{ customer_id: 'u03' },
			{ customer_id: 'u04' },
			{ customer_id: 'u07' }
		]);
		// And a rule on that rule column, one layer further down.
		const next = c('rule_cluster_two', 'text', '=', ['false']);
		expect(members(next, [...lenses, rule])).toBe('p01 u01 u05');
	});

	it('refuses a time window, and a migration over a column known on one date only', () => {
		const windowed = { ...c('clv', 'number', '>', [1]), window: { lastDays: 30 } };
		expect(() => members(windowed as RuleNode)).toThrow(
			'invalid window for clv: columns have no time window'
		);
		expect(() =>
			buildRuleMigrationSql(c('cluster', 'number', '=', [1]), {
				asOf,
				previousAsOf: '2024-01-01',
				lenses
			})
		).toThrow('invalid rule for migration: "cluster" is a column of customers');
	});
});
