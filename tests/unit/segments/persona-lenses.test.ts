import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellDoc } from '../../../src/notebook/document';
import {
	personasKind,
	type PersonasCellOptions,
	type PersonasCellResult
} from '../../../src/notebook/kinds/personas';
import { clusterLabelsTable, clusterLens } from '../../../src/segments/cluster-features';

const CLUSTER_LABELS_TABLE = clusterLabelsTable('c-clusters');
import { clvLens } from '../../../src/segments/clv-lens';
import { buildCustomersViewSql, type CustomerLens } from '../../../src/segments/customers-view';
import { rulesLens } from '../../../src/segments/rules-lens';
import { cellContext, testEngine } from '../notebook/cell-context';
import type { SegmentsDb } from './segments-db';
import { openPersonaDb, PERSONA_AS_OF } from './persona-db';

// Persona cards drawn by the personas cell for clusters and for a rule segment, with the CLV
// lens present. On 2024-07-01 (orders before it, returns left out; persona-db.ts):
//   p1 2 orders, 150   p2 1 order, 60   p3 1 order, 60 (O32 is after the as-of date)
//   p4 2 orders, 300   p5 1 order, 40   p6 1 order, 80   p7 a prospect: no order
// Clusters as the clusters cell numbers them (buyers only): 1 = p1 p4, 2 = p2 p3 p5, 3 = p6.
// Rule "orders ≥ 2": p1 and p4; everyone else known (p7 included) is false.
// Scores (p_alive, clv), churn cut-offs 0.3 / 0.7: p1 0.9 120 low · p2 0.2 10 high ·
// p3 0.5 30 medium · p4 0.8 200 low · p5 0.1 5 high · p6 0.6 40 medium.
const SCORES: [string, number, number][] = [
	['p1', 0.9, 120],
	['p2', 0.2, 10],
	['p3', 0.5, 30],
	['p4', 0.8, 200],
	['p5', 0.1, 5],
	['p6', 0.6, 40]
];
const CLUSTERS: [string, number][] = [
	['p1', 1],
	['p4', 1],
	['p2', 2],
	['p3', 2],
	['p5', 2],
	['p6', 3]
];

const asOf = PERSONA_AS_OF;
let db: SegmentsDb;
let lenses: CustomerLens[];
beforeAll(async () => {
	db = await openPersonaDb();
	const values = (rows: (string | number)[][]) =>
		rows.map((r) => `(${r.map((v) => (typeof v === 'string' ? `'${v}'` : v)).join(', ')})`);
	db.rows(`CREATE TABLE scores AS SELECT customer_id, CAST(p AS DOUBLE) AS p_alive,
		CAST(p AS DOUBLE) AS expected_purchases, CAST(v AS DOUBLE) AS clv
		FROM (VALUES ${values(SCORES)}) AS t(customer_id, p, v)`);
	db.rows(`CREATE TABLE ${CLUSTER_LABELS_TABLE} AS SELECT customer_id, CAST(c AS INTEGER) AS cluster
		FROM (VALUES ${values(CLUSTERS)}) AS t(customer_id, c)`);
	const repeat = rulesLens(
		[
			{
				name: 'Repeat buyers',
				rule: { kind: 'measure', measure: 'orders', operator: '>=', values: [2] }
			}
		],
		{ asOf }
	);
	lenses = [clusterLens(CLUSTER_LABELS_TABLE), clvLens('scores', { high: 0.3, low: 0.7 }), repeat];
	db.run(buildCustomersViewSql({ asOf, lenses }));
});
afterAll(() => db.close());

async function personas(segmentColumn: string): Promise<PersonasCellResult> {
	const options: PersonasCellOptions = { segmentColumn, minSize: 1, edits: {} };
	const cell: CellDoc = { id: 'c-personas', kind: 'personas', options: { ...options } };
	const ctx = cellContext(testEngine(db), [cell], cell.id, asOf, () => lenses);
	return personasKind.run!(ctx, options);
}

/** A card's segment, size, share, revenue share and average CLV, rounded to 9 places. */
const figures = (r: PersonasCellResult) =>
	r.cards.map((c) =>
		[
			c.segment,
			c.metrics.customers,
			c.metrics.customer_share,
			c.metrics.revenue_share,
			c.metrics.avg_clv
		].map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))
	);
const churn = (r: PersonasCellResult) =>
	Object.fromEntries(
		r.cards.map((c) => [c.segment, Object.fromEntries(c.churn!.map((v) => [v.value, v.customers]))])
	);
const round = (v: number) => Math.round(v * 1e9) / 1e9;

describe('persona cards of clusters', () => {
	it('one card per cluster, largest first, with its size, share, revenue share and CLV', async () => {
		const result = await personas('cluster');
		// Six clustered buyers, 690 spent: cluster 1 has 450 of it, 2 has 160, 3 has 80.
		expect([result.baseCustomers, result.baseRevenue]).toEqual([6, 690]);
		expect(figures(result)).toEqual([
			['2', 3, 0.5, round(160 / 690), 15],
			['1', 2, round(2 / 6), round(450 / 690), 160],
			['3', 1, round(1 / 6), round(80 / 690), 40]
		]);
		expect(result.cards.map((c) => c.metrics.avg_monetary)).toEqual([160 / 3, 225, 80]);
		expect(result.smaller).toEqual([]);
	});

	it('shows each cluster’s churn-risk mix from the CLV lens', async () => {
		const result = await personas('cluster');
		expect(churn(result)).toEqual({
			'1': { high: 0, medium: 0, low: 2 },
			'2': { high: 2, medium: 1, low: 0 },
			'3': { high: 0, medium: 1, low: 0 }
		});
		const two = result.cards[0]!.churn!;
		expect(two.find((v) => v.value === 'high')!.share_in_segment).toBeCloseTo(2 / 3, 12);
		// The base: 2 of 6 at high risk.
		expect(two.find((v) => v.value === 'high')!.share_in_base).toBeCloseTo(2 / 6, 12);
	});
});

describe('persona cards of a rule segment', () => {
	it('splits everyone known into members and the rest, prospects among the rest', async () => {
		const result = await personas('rule_repeat_buyers');
		// Seven known customers (p7 never bought), 690 spent; members p1 p4 spent 450.
		expect([result.baseCustomers, result.baseRevenue]).toEqual([7, 690]);
		// The rest's CLV is the mean over the four scored buyers: (10 + 30 + 5 + 40) / 4.
		expect(figures(result)).toEqual([
			['false', 5, round(5 / 7), round(240 / 690), 21.25],
			['true', 2, round(2 / 7), round(450 / 690), 160]
		]);
		expect(result.cards.map((c) => c.metrics.buyers)).toEqual([4, 2]);
		// p7 has no P(alive), so no churn risk: counted as unknown, not left out.
		expect(churn(result)).toEqual({
			false: { high: 2, medium: 2, low: 0, unknown: 1 },
			true: { high: 0, medium: 0, low: 2, unknown: 0 }
		});
	});
});

describe('without the CLV lens', () => {
	it('the cards have no CLV and no churn mix', async () => {
		lenses = lenses.filter((l) => l.name !== 'clv');
		db.run(buildCustomersViewSql({ asOf, lenses }));
		const result = await personas('cluster');
		expect(result.cards.map((c) => [c.segment, c.metrics.customers])).toEqual([
			['2', 3],
			['1', 2],
			['3', 1]
		]);
		expect(result.cards.every((c) => c.metrics.avg_clv === undefined && c.churn === null)).toBe(
			true
		);
	});
});
