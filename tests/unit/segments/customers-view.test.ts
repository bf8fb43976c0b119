import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildCustomersViewSql,
	coreLensHolds,
	LENS_CORE_TABLE,
	type CustomersCoreOptions
} from '../../../src/segments/customers-view';
import { buildKpisSql } from '../../../src/segments/kpis';
import { buildParetoSql } from '../../../src/segments/pareto';
import { buildRfmSql } from '../../../src/segments/rfm';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../../src/segments/rfm-summary';
import { buildValueTierSummarySql } from '../../../src/segments/value-tiers';
import { openSegmentsDb, type SegmentsDb } from './segments-db';
import { schemaOf } from '../data/fixture-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
});
afterAll(() => db.close());

const asOf = '2024-07-01';

describe('buildCustomersViewSql', () => {
	it('creates one row per known customer with every lens and the attributes', () => {
		db.run(buildCustomersViewSql({ asOf }));
		expect(schemaOf(db, 'customers')).toEqual([
			'customer_id: VARCHAR',
			'is_prospect: BOOLEAN',
			'first_order_date: DATE',
			'last_order_date: DATE',
			'recency_days: BIGINT',
			'frequency: BIGINT',
			'monetary: DOUBLE',
			'avg_order_value: DOUBLE',
			'cohort: VARCHAR',
			'r_score: INTEGER',
			'f_score: INTEGER',
			'm_score: INTEGER',
			'fm_score: INTEGER',
			'rfm_segment: VARCHAR',
			'value_tier: VARCHAR',
			'is_vip: BOOLEAN',
			'city: VARCHAR',
			'age: BIGINT',
			// The customer file's own "frequency" column yields to the order count.
			'attribute_frequency: VARCHAR'
		]);
		// The catalogue lists each column once (the export and every column picker read it).
		const listed = db.rows<{ column_name: string }>(
			`SELECT column_name FROM information_schema.columns WHERE table_name = 'customers'`
		);
		expect(new Set(listed.map((r) => r.column_name)).size).toBe(listed.length);
		// 10 buyers ∪ 8 people in the customer file (5 of them buyers) = 13.
		const rows = db.rows(`SELECT customer_id, is_prospect, frequency, monetary, rfm_segment,
			value_tier, city, attribute_frequency FROM customers ORDER BY customer_id`);
		expect(rows.map((r) => Object.values(r))).toEqual([
			['c01', false, 6, 300, 'Champions', 'high', 'Lyon', 'weekly'],
			['c02', false, 4, 200, 'Champions', 'high', 'Paris', 'monthly'],
			['c03', false, 3, 150, 'At risk', 'mid', 'Nice', null],
			['c04', false, 3, 100, 'Loyal', 'mid', null, null],
			['c05', false, 2, 50, 'Need attention', 'mid', null, null],
			['c06', false, 2, 45, 'About to sleep', 'low', null, null],
			['c07', false, 1, 45, 'Promising', 'low', 'Paris', 'weekly'],
			['c08', false, 1, 40, 'Lost', 'low', 'Lille', null],
			['c09', false, 1, 35, 'Lost', 'low', null, null],
			['c10', false, 1, 35, 'Hibernating', 'low', null, null],
			['p01', true, 0, 0, null, null, 'Paris', 'monthly'],
			['p02', true, 0, 0, null, null, 'Lyon', null],
			['p03', true, 0, 0, null, null, 'Nantes', 'weekly']
		]);
	});

	it('joins further lenses on customer_id and lets them read the core lens', () => {
		const lenses = [
			{ name: 'repeat', sql: `SELECT customer_id, frequency >= 2 AS is_repeat FROM lens_core` }
		];
		db.run(buildCustomersViewSql({ asOf, lenses }));
		const rows = db.rows(`SELECT is_repeat, count(*) AS n FROM customers GROUP BY ALL ORDER BY 1`);
		// c01-c06 repeat, c07-c10 once, p01-p03 no row in the lens.
		expect(rows).toEqual([
			{ is_repeat: false, n: 4 },
			{ is_repeat: true, n: 6 },
			{ is_repeat: null, n: 3 }
		]);
		expect(() => buildCustomersViewSql({ asOf, lenses: [{ name: 'x"; --', sql: '' }] })).toThrow(
			'invalid lens name: x"; --'
		);
	});

	it('shows an earlier picture when re-run with an earlier as-of date', () => {
		db.run(buildCustomersViewSql({ asOf: '2024-06-01' }));
		// c07 has not bought yet on 2024-06-01: a prospect, like p01-p03.
		const c07 = db.one(`SELECT is_prospect, frequency, recency_days FROM customers
			WHERE customer_id = 'c07'`);
		expect(c07).toEqual({ is_prospect: true, frequency: 0, recency_days: null });
		expect(
			db.one(`SELECT count(*) AS n, count(*) FILTER (WHERE is_prospect) AS prospects
			FROM customers`)
		).toEqual({ n: 13, prospects: 4 });
	});

	it('lets the other builders read the metrics from the core lens instead of the order lines', () => {
		for (const day of ['2024-07-01', '2024-06-01']) {
			db.run(buildCustomersViewSql({ asOf: day }));
			const builders = [
				buildRfmSql,
				buildRfmGridSql,
				buildRfmSegmentSummarySql,
				buildValueTierSummarySql,
				buildParetoSql,
				buildKpisSql
			];
			for (const build of builders) {
				const fresh = db.rows(build({ asOf: day }));
				expect(db.rows(build({ asOf: day, metricsTable: LENS_CORE_TABLE }))).toEqual(fresh);
			}
		}
	});
});

describe('coreLensHolds', () => {
	const cuts = {
		method: 'thresholds',
		recency: [30, 60, 90, 120],
		frequency: [2, 5, 8, 10],
		monetary: [100, 500, 800, 1000]
	} as const;
	// The same cut points as a notebook file may list them: keys in another order.
	const reordered = JSON.parse(
		'{"monetary":[100,500,800,1000],"frequency":[2,5,8,10],"recency":[30,60,90,120],"method":"thresholds"}'
	) as CustomersCoreOptions['scoring'];
	const rows: {
		name: string;
		built: CustomersCoreOptions;
		wanted: CustomersCoreOptions;
		holds: boolean;
	}[] = [
		{
			name: 'the defaults, given or not',
			built: {},
			wanted: { scoring: { method: 'quintiles' } },
			holds: true
		},
		{
			name: 'the default tiers, given or not',
			built: {},
			wanted: { highShare: 0.5, midShare: 0.3, vip: { top: 100 } },
			holds: true
		},
		{
			name: 'equal cut points in another key order',
			built: { scoring: cuts },
			wanted: { scoring: reordered },
			holds: true
		},
		{ name: 'nothing asked', built: { scoring: cuts }, wanted: {}, holds: true },
		{
			name: 'quintiles against cut points',
			built: { scoring: cuts },
			wanted: { scoring: { method: 'quintiles' } },
			holds: false
		},
		{
			name: 'one other cut point',
			built: { scoring: cuts },
			wanted: { scoring: { ...cuts, monetary: [100, 500, 800, 1001] } },
			holds: false
		},
		{ name: 'another high share', built: {}, wanted: { highShare: 0.4 }, holds: false },
		{
			name: 'another VIP rule',
			built: { vip: { top: 100 } },
			wanted: { vip: { minMonetary: 100 } },
			holds: false
		},
		{
			name: 'tiers asked of a lens built for other tiers',
			built: { midShare: 0.2 },
			wanted: { highShare: 0.5, midShare: 0.3 },
			holds: false
		}
	];
	it.each(rows)('$name: $holds', ({ built, wanted, holds }) => {
		expect(coreLensHolds(built, wanted)).toBe(holds);
	});
});
