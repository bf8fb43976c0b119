import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/database';
import type { CellDoc } from '../../../src/notebook/document';
import { buildCustomers, collectLenses } from '../../../src/notebook/customers-build';
import { rulesKind, type RulesCellOptions } from '../../../src/notebook/kinds/rules';
import type { RuleNode } from '../../../src/segments/rules';
import { planRuleColumns, ruleColumnsTaken } from '../../../src/segments/rules-lens';
import { openSegmentsDb, type SegmentsDb } from '../segments/segments-db';
import { bigSpenders, gardenFans, RULES_FIXTURES } from '../segments/rules-fixture';
import { cellContext, testEngine } from './cell-context';

let db: SegmentsDb;
let engine: Engine;
beforeAll(async () => {
	db = await openSegmentsDb(RULES_FIXTURES);
	engine = testEngine(db);
});
afterAll(() => db.close());

const asOf = '2024-07-01';
// Members on 2024-07-01 (orders before it, returns excluded; see rules.test.ts):
// revenue in the last 365 days > 1000: u01 u04 u07; Garden ≥ 600: u01 u02 u04;
// orders ≥ 2: u01 u02; orders ≥ 1: every buyer (u01 u02 u03 u04 u05 u07), not p01.
const orders = (n: number): RuleNode => ({
	kind: 'measure',
	measure: 'orders',
	operator: '>=',
	values: [n]
});

const rulesCell = (id: string, rules: RulesCellOptions['rules']): CellDoc => ({
	id,
	kind: 'rules',
	options: { rules }
});
const cells: CellDoc[] = [
	rulesCell('c-first001', [
		{ name: 'Big spenders', rule: bigSpenders },
		{ name: 'Garden fans', rule: gardenFans }
	]),
	{ id: 'c-note0001', kind: 'note', options: { text: 'between' } },
	// "big spenders!" makes the column name of "Big spenders" above.
	rulesCell('c-second01', [
		{ name: 'big spenders!', rule: orders(1) },
		{ name: 'Repeat buyers', rule: orders(2) }
	])
];

describe('rule columns of several rules cells', () => {
	it('are first come first served, naming the segment that has the column', () => {
		const taken = ruleColumnsTaken([
			['Big spenders', 'Garden fans'],
			['big spenders!', 'Repeat buyers']
		]);
		expect([...taken]).toEqual([
			['rule_big_spenders', 'Big spenders'],
			['rule_garden_fans', 'Garden fans'],
			['rule_repeat_buyers', 'Repeat buyers']
		]);
		expect(planRuleColumns(['Repeat buyers', 'BIG SPENDERS', 'New'], taken)).toEqual([
			{ column: 'rule_repeat_buyers', takenBy: 'Repeat buyers' },
			{ column: 'rule_big_spenders', takenBy: 'Big spenders' },
			{ column: 'rule_new', takenBy: null }
		]);
		expect(planRuleColumns(['A', 'a'], new Map())).toEqual([
			{ column: 'rule_a', takenBy: null },
			{ column: 'rule_a_2', takenBy: null }
		]);
	});

	it('every rules cell adds its columns to customers; a name taken above is left out', async () => {
		const lenses = await collectLenses(
			engine,
			cells,
			(id) => cellContext(engine, cells, id, asOf),
			asOf
		);
		expect(lenses.map((l) => l.name).filter((n) => n.startsWith('rules'))).toEqual([
			'rules_c_first001',
			'rules_c_second01'
		]);
		await buildCustomers(engine, asOf, lenses);
		const names = db.rows<{ column_name: string }>('DESCRIBE customers').map((c) => c.column_name);
		expect(names.filter((n) => n.startsWith('rule_'))).toEqual([
			'rule_big_spenders',
			'rule_garden_fans',
			'rule_repeat_buyers'
		]);
		const rows = db.rows(`SELECT customer_id, rule_big_spenders, rule_garden_fans,
			rule_repeat_buyers FROM customers ORDER BY customer_id`);
		// rule_big_spenders is the first cell's rule (u01 u04 u07), not "orders ≥ 1".
		expect(rows.map((r) => Object.values(r).join(' '))).toEqual([
			'p01 false false false',
			'u01 true true true',
			'u02 false true true',
			'u03 false false false',
			'u04 true true false',
			'u05 false false false',
			'u07 true false false'
		]);
	});

	it('the later cell says which segment has the name, and still counts its own', async () => {
		const ctx = cellContext(engine, cells, 'c-second01', asOf);
		const result = await rulesKind.run!(ctx, cells[2]!.options as unknown as RulesCellOptions);
		expect(
			result.segments.map((s) => [s.name, s.column, s.columnTakenBy, s.members, s.error])
		).toEqual([
			['big spenders!', 'rule_big_spenders', 'Big spenders', 6, null],
			['Repeat buyers', 'rule_repeat_buyers', null, 2, null]
		]);
		const first = await rulesKind.run!(
			cellContext(engine, cells, 'c-first001', asOf),
			cells[0]!.options as unknown as RulesCellOptions
		);
		expect(first.segments.map((s) => [s.column, s.columnTakenBy, s.members])).toEqual([
			['rule_big_spenders', null, 3],
			['rule_garden_fans', null, 3]
		]);
	});

	it('a cell whose every segment is taken adds no lens, and customers still builds', async () => {
		const both = [cells[0]!, rulesCell('c-third001', [{ name: 'Garden Fans', rule: orders(1) }])];
		const lenses = await collectLenses(
			engine,
			both,
			(id) => cellContext(engine, both, id, asOf),
			asOf
		);
		expect(lenses.map((l) => l.name)).not.toContain('rules_c_third001');
		await buildCustomers(engine, asOf, lenses);
		expect(db.one('SELECT count(*) FILTER (WHERE rule_garden_fans) AS n FROM customers')).toEqual({
			n: 3
		});
	});
});
