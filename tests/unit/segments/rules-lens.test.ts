import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affinityLens } from '../../../src/segments/affinity';
import { behaviourLens } from '../../../src/segments/behaviour';
import {
	buildBehaviourAvailabilitySql,
	type BehaviourAvailable
} from '../../../src/segments/behaviour-available';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { lifecycleLens } from '../../../src/segments/lifecycle';
import type { NamedRule, RuleNode } from '../../../src/segments/rules';
import { ruleColumnNames, rulesLens } from '../../../src/segments/rules-lens';
import { openSegmentsDb, type SegmentsDb } from './segments-db';
import { bigSpenders, gardenFans, RULES_FIXTURES } from './rules-fixture';
import { HOSTILE } from '../data/fixture-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb(RULES_FIXTURES);
});
afterAll(() => db.close());

const asOf = '2024-07-01';
const hostile: RuleNode = {
	kind: 'attribute',
	attribute: HOSTILE,
	type: 'text',
	operator: 'is_empty',
	values: []
};

describe('ruleColumnNames', () => {
	it('makes a distinct, prefixed name of every rule name', () => {
		expect(
			ruleColumnNames([
				'Big spenders (365 d)',
				'Big spenders 365 d',
				'Big spenders 365 d 2',
				'!!!',
				'مشتریان ویژه',
				'Khách hàng VIP',
				HOSTILE
			])
		).toEqual([
			'rule_big_spenders_365_d',
			'rule_big_spenders_365_d_2',
			'rule_big_spenders_365_d_2_2',
			'rule_4',
			'rule_مشتریان_ویژه',
			'rule_khách_hàng_vip',
			'rule_weird_name_drop_table_x'
		]);
		expect(ruleColumnNames(['x'.repeat(100)])[0]).toHaveLength(63);
	});
});

describe('rulesLens', () => {
	it('adds one boolean column per named rule to the customers view', () => {
		const rules: NamedRule[] = [
			{ name: 'Big spenders', rule: bigSpenders },
			{ name: 'Garden fans', rule: gardenFans },
			{ name: HOSTILE, rule: hostile }
		];
		db.run(buildCustomersViewSql({ asOf, lenses: [rulesLens(rules, { asOf })] }));
		const rows = db.rows(`SELECT customer_id, rule_big_spenders, rule_garden_fans,
			rule_weird_name_drop_table_x FROM customers ORDER BY customer_id`);
		expect(rows.map((r) => Object.values(r).join(' '))).toEqual([
			// Big spenders: u01 u04 u07 (rules.test.ts); Garden ≥ 600: u01 u02 u04; an empty
			// hostile column: u03 (blank), u05 and u07 (not in the customer file).
			'p01 false false false',
			'u01 true true false',
			'u02 false true false',
			'u03 false false true',
			'u04 true true false',
			'u05 false false true',
			'u07 true false true'
		]);
	});

	it('follows the as-of date', () => {
		const lens = rulesLens([{ name: 'Big spenders', rule: bigSpenders }], { asOf: '2025-01-01' });
		db.run(buildCustomersViewSql({ asOf: '2025-01-01', lenses: [lens] }));
		const rows = db.rows(`SELECT customer_id FROM customers WHERE rule_big_spenders
			ORDER BY customer_id`);
		expect(rows.map((r) => r.customer_id)).toEqual(['u02', 'u04', 'u05']);
	});

	it('names the segment whose rule is invalid, and needs a rule', () => {
		const broken: RuleNode = { kind: 'measure', measure: 'orders', operator: '>', values: ['x'] };
		expect(() =>
			rulesLens(
				[
					{ name: 'Fine', rule: bigSpenders },
					{ name: 'Broken', rule: broken }
				],
				{ asOf }
			)
		).toThrow('invalid value for orders: "x" (segment "Broken")');
		expect(() => rulesLens([], { asOf })).toThrow('invalid rules: none to add');
	});
});

describe('every lens together', () => {
	it("builds one customers view with each lens's columns", () => {
		const available = db.one<BehaviourAvailable>(buildBehaviourAvailabilitySql({ asOf }));
		const lenses = [
			lifecycleLens({ asOf }),
			behaviourLens({ asOf, available }),
			affinityLens({ asOf }),
			rulesLens([{ name: 'Big spenders', rule: bigSpenders }], { asOf })
		];
		db.run(buildCustomersViewSql({ asOf, lenses }));
		const u04 = db.one(`SELECT lifecycle_stage, behaviour_group, is_returner, top_category,
			rule_big_spenders FROM customers WHERE customer_id = 'u04'`);
		// u04: one order a day ago (new), half its lines returned, Garden only, 1200 spent.
		expect(u04).toEqual({
			lifecycle_stage: 'new',
			behaviour_group: 'returner',
			is_returner: true,
			top_category: 'Garden',
			rule_big_spenders: true
		});
		// No events in this fixture: no journey column.
		const names = db.rows<{ column_name: string }>('DESCRIBE customers').map((c) => c.column_name);
		expect(names).not.toContain('journey_stage');
		expect(names).toEqual(
			expect.arrayContaining(['median_gap_days', 'discount_share', 'category_count'])
		);
	});
});
