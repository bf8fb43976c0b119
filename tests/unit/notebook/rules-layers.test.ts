import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/database';
import type { CellDoc } from '../../../src/notebook/document';
import { collectAndBuildCustomers } from '../../../src/notebook/customers-build';
import { rulesKind, type RulesCellOptions } from '../../../src/notebook/kinds/rules';
import { clusterLabelsTable } from '../../../src/segments/cluster-features';
import type { CustomerLens } from '../../../src/segments/customers-view';
import type { RuleNode } from '../../../src/segments/rules';
import { quoteIdent } from '../../../src/sql/quote';
import { HOSTILE } from '../data/fixture-db';
import { openSegmentsDb, type SegmentsDb } from '../segments/segments-db';
import { bigSpenders, RULES_FIXTURES } from '../segments/rules-fixture';
import { cellContext, testEngine } from './cell-context';

const asOf = '2024-07-01';
// Buyers on 2024-07-01 and their RFM segments are worked out in rules-columns.test.ts; the
// labels below are what a clusters cell's run would have kept: u01 u05 → 1, the rest → 2.
// Revenue > 1000: u01 u02 u04 u07 (u03 spent exactly 1000). Big spenders: u01 u04 u07.
const column = (name: string, operator: '=' | 'in', values: (string | number)[]): RuleNode => ({
	kind: 'column',
	column: name,
	type: typeof values[0] === 'number' ? 'number' : 'text',
	operator,
	values
});
const and = (...children: RuleNode[]): RuleNode => ({ kind: 'group', combinator: 'and', children });
const revenueOver1000: RuleNode = {
	kind: 'measure',
	measure: 'revenue',
	operator: '>',
	values: [1000]
};

const rules = (id: string, list: RulesCellOptions['rules']): CellDoc => ({
	id,
	kind: 'rules',
	options: { rules: list }
});
const cells: CellDoc[] = [
	rules('c-above001', [
		{ name: 'Big spenders', rule: bigSpenders },
		{ name: 'Cluster two', rule: column('cluster', '=', [2]) },
		{ name: 'Worth a lot', rule: column('clv', '=', [100]) }
	]),
	{ id: 'c-clust001', kind: 'clusters', options: {} },
	rules('c-below001', [
		{ name: 'Cluster two big', rule: and(column('cluster', '=', [2]), revenueOver1000) },
		{ name: 'Big at risk', rule: and(column('rule_big_spenders', '=', ['true'])) },
		{ name: HOSTILE, rule: column('rfm_segment', 'in', ['At risk', 'Promising']) }
	])
];

let db: SegmentsDb;
let engine: Engine;
let lenses: CustomerLens[] = [];
const ctx = (id: string) => cellContext(engine, cells, id, asOf, () => lenses);
const run = (i: number) =>
	rulesKind.run!(ctx(cells[i]!.id), cells[i]!.options as unknown as RulesCellOptions);

beforeAll(async () => {
	db = await openSegmentsDb(RULES_FIXTURES);
	engine = testEngine(db);
	db.rows(`CREATE TABLE ${quoteIdent(clusterLabelsTable('c-clust001'))} AS SELECT * FROM (VALUES
		('u01', 1), ('u02', 2), ('u03', 2), ('u04', 2), ('u05', 1), ('u07', 2)) t(customer_id, cluster)`);
	lenses = await collectAndBuildCustomers(engine, cells, ctx, asOf);
});
afterAll(() => db.close());

describe('a rules cell reads the columns the cells above it add', () => {
	it('layers the lenses in notebook order, after the defaults', () => {
		expect(lenses.map((l) => [l.name, l.owner ?? null])).toEqual([
			['lifecycle', null],
			['affinity', null],
			['behaviour', null],
			['rules_c_above001', 'c-above001'],
			['clusters', 'c-clust001'],
			['rules_c_below001', 'c-below001']
		]);
	});

	it('gives customers the rule columns of the cell below, over cluster and a rule above', () => {
		const rows = db.rows(`SELECT customer_id, rule_big_spenders, rule_cluster_two_big,
			rule_big_at_risk, rule_weird_name_drop_table_x FROM customers ORDER BY customer_id`);
		expect(rows.map((r) => Object.values(r).join(' '))).toEqual([
			'p01 false false false false',
			'u01 true false true true',
			'u02 false true false true',
			'u03 false false false false',
			'u04 true true true false',
			'u05 false false false true',
			'u07 true true true true'
		]);
		// The cell above cannot read cluster or clv: those segments are no columns.
		const names = db.rows<{ column_name: string }>('DESCRIBE customers').map((c) => c.column_name);
		expect(names).not.toContain('rule_cluster_two');
		expect(names).not.toContain('rule_worth_a_lot');
	});

	it('says which cell to add above for a column it cannot read', async () => {
		const above = await run(0);
		expect(above.segments.map((s) => [s.name, s.members, s.missingColumns])).toEqual([
			['Big spenders', 3, []],
			['Cluster two', 0, [{ column: 'cluster', kind: 'clusters' }]],
			['Worth a lot', 0, [{ column: 'clv', kind: 'clv' }]]
		]);
		expect(above.segments[1]!.error).toBe('customers has no column "cluster" above this cell');
		const below = await run(2);
		expect(below.segments.map((s) => [s.members, s.error])).toEqual([
			[3, null],
			[3, null],
			[4, null]
		]);
	});

	it('offers the columns above with their types, and names what is missing', async () => {
		const read = async (id: string) =>
			(await rulesKind.queries!.customerColumns!(ctx(id), { rules: [] }, null))
				.toArray()
				.map((r) => r.toJSON() as Record<string, string>);
		const above = await read('c-above001');
		expect(above.find((c) => c.name === 'rfm_segment')).toMatchObject({ rule_type: 'text' });
		expect(above.find((c) => c.name === 'lifecycle_stage')).toMatchObject({ needs: '' });
		expect(above.filter((c) => c.needs).map((c) => [c.name, c.needs])).toEqual([
			['p_alive', 'clv'],
			['expected_purchases', 'clv'],
			['clv', 'clv'],
			['churn_risk', 'clv'],
			['cluster', 'clusters'],
			['persona', 'personas']
		]);
		expect(above.map((c) => c.name)).not.toContain('rule_big_spenders');
		const below = await read('c-below001');
		expect(below.find((c) => c.name === 'cluster')).toMatchObject({
			rule_type: 'number',
			needs: ''
		});
		expect(below.find((c) => c.name === 'rule_big_spenders')).toMatchObject({ needs: '' });
	});

	it('lists the distinct values of a text column, and only of a column above', async () => {
		const values = async (id: string, name: string) =>
			(await rulesKind.queries!.values!(ctx(id), { rules: [] }, { column: name }))
				.toArray()
				.map((r) => r.toJSON()['value']);
		expect(await values('c-above001', 'rfm_segment')).toEqual([
			'At risk',
			'Lost',
			'Potential loyalists',
			'Promising'
		]);
		expect(await values('c-below001', 'rule_big_spenders')).toEqual(['false', 'true']);
		await expect(values('c-above001', 'cluster')).rejects.toThrow('invalid column: "cluster"');
		await expect(values('c-above001', HOSTILE)).rejects.toThrow('invalid column');
	});

	it('counts a rule being edited over the columns above only', async () => {
		const count = async (id: string, rule: RuleNode) =>
			(await rulesKind.queries!.count!(ctx(id), { rules: [] }, { rule })).get(0)!.toJSON();
		expect(await count('c-below001', column('cluster', '=', [1]))).toEqual({
			members: 2,
			customers: 7
		});
		await expect(count('c-above001', column('cluster', '=', [1]))).rejects.toThrow(/cluster/);
	});
});
