import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Int32, tableFromIPC, Utf8, vectorFromArray } from 'apache-arrow';
import {
	buildClusterFeaturesSql,
	buildClusterLensSql,
	buildEmptyLabelsSql,
	buildCustomerColumnsSql,
	clusterCandidates,
	clusterLabelsTable,
	clusterLens,
	type CustomerColumn
} from '../../../src/segments/cluster-features';
import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { clusterLabelsIpc } from '../../../src/engine/analysis/labels-ipc';
import { openSegmentsDb, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
	db.run(buildCustomersViewSql({ asOf: '2024-07-01' }));
});
afterAll(() => db.close());

describe('clusterCandidates', () => {
	it('offers the numbers (booleans as 0/1) and the text of customers, never ids, outputs or names', () => {
		const columns = db.rows<CustomerColumn>(buildCustomerColumnsSql());
		expect(columns.slice(0, 3)).toEqual([
			{ name: 'customer_id', type: 'VARCHAR' },
			{ name: 'is_prospect', type: 'BOOLEAN' },
			{ name: 'first_order_date', type: 'DATE' }
		]);
		const identifying = [
			{ name: 'email', type: 'VARCHAR' },
			{ name: 'name', type: 'VARCHAR' }
		];
		const offered = [...columns, { name: 'cluster', type: 'INTEGER' }, ...identifying];
		expect(clusterCandidates(offered)).toEqual({
			numeric: [
				'recency_days',
				'frequency',
				'monetary',
				'avg_order_value',
				'r_score',
				'f_score',
				'm_score',
				'fm_score',
				'is_vip',
				'age'
			],
			categorical: ['cohort', 'rfm_segment', 'value_tier', 'city', 'attribute_frequency']
		});
	});

	it('reads DuckDB type names as DESCRIBE and duckdb_columns() spell them', () => {
		const typed = (type: string) => clusterCandidates([{ name: 'x', type }]);
		expect(typed('DECIMAL(18,2)').numeric).toEqual(['x']);
		expect(typed('HUGEINT').numeric).toEqual(['x']);
		expect(typed('TIMESTAMP').numeric).toEqual([]);
		expect(typed("ENUM('a', 'b')").categorical).toEqual(['x']);
	});
});

describe('buildClusterFeaturesSql', () => {
	it('reads the buyers in id order: id, revenue, numbers as DOUBLE, text as VARCHAR', () => {
		const sql = buildClusterFeaturesSql({
			numeric: ['recency_days', 'age'],
			categorical: ['city'],
			includeProspects: false
		});
		expect(sql).toMatchInlineSnapshot(`
			"SELECT customer_id, CAST(coalesce(monetary, 0) AS DOUBLE) AS revenue, CAST("recency_days" AS DOUBLE) AS f0, CAST("age" AS DOUBLE) AS f1, CAST("city" AS VARCHAR) AS c0
			FROM customers
			WHERE NOT is_prospect
			ORDER BY customer_id"
		`);
		const rows = db.rows(sql);
		expect(rows).toHaveLength(10);
		expect(rows[0]).toEqual({ customer_id: 'c01', revenue: 300, f0: 6, f1: 34, c0: 'Lyon' });
		// c04 is a buyer missing from the customer file: its age and city are NULL.
		expect(rows[3]).toMatchObject({ customer_id: 'c04', f1: null, c0: null });
	});

	it('includes prospects on request, with revenue 0', () => {
		const sql = buildClusterFeaturesSql({
			numeric: ['frequency'],
			categorical: [],
			includeProspects: true
		});
		const rows = db.rows<{ customer_id: string; revenue: number; f0: number }>(sql);
		expect(rows).toHaveLength(13);
		expect(rows.at(-1)).toEqual({ customer_id: 'p03', revenue: 0, f0: 0 });
	});

	it('quotes hostile names and refuses an empty choice', () => {
		expect(
			buildClusterFeaturesSql({ numeric: ['a"; DROP'], categorical: [], includeProspects: true })
		).toContain('CAST("a""; DROP" AS DOUBLE) AS f0');
		expect(() =>
			buildClusterFeaturesSql({ numeric: [], categorical: [], includeProspects: false })
		).toThrow('invalid features: none chosen');
	});
});

const labels = clusterLabelsTable('c-clusters1');

describe('buildClusterLensSql', () => {
	it('adds `cluster` to customers from the labels table, leaving lens_core alone', () => {
		db.rows(`CREATE OR REPLACE TABLE ${labels} AS
			SELECT customer_id, CASE WHEN customer_id = 'c04' THEN NULL ELSE 1 + (frequency > 1)::INT END
				AS cluster
			FROM lens_core`);
		db.rows(`CREATE OR REPLACE TABLE lens_core_before AS SELECT * FROM lens_core`);
		const statements = buildClusterLensSql('2024-07-01', [clusterLens(labels)]);
		expect(statements.some((s) => s.includes('CREATE OR REPLACE TABLE lens_core '))).toBe(false);
		db.run(statements);
		expect(db.rows(`SELECT cluster, count(*) AS n FROM customers GROUP BY ALL ORDER BY 1`)).toEqual(
			[
				{ cluster: 1, n: 4 },
				{ cluster: 2, n: 5 },
				// c04 (not clustered) and the three prospects.
				{ cluster: null, n: 4 }
			]
		);
		const changed = `SELECT count(*) AS n FROM (
			(SELECT * FROM lens_core EXCEPT SELECT * FROM lens_core_before)
			UNION ALL (SELECT * FROM lens_core_before EXCEPT SELECT * FROM lens_core))`;
		expect(db.one(changed)).toEqual({ n: 0 });
	});

	it('is nothing without the clusters lens; before a first run the column is there, empty', () => {
		expect(buildClusterLensSql('2024-07-01', [])).toEqual([]);
		const fresh = clusterLabelsTable('c-fresh001');
		db.rows(buildEmptyLabelsSql(fresh));
		db.run(buildCustomersViewSql({ asOf: '2024-07-01', lenses: [clusterLens(fresh)] }));
		expect(db.rows(`SELECT cluster, count(*) AS n FROM customers GROUP BY ALL`)).toEqual([
			{ cluster: null, n: 13 }
		]);
	});
});

describe('buildClusterLensSql beside other lenses', () => {
	it('keeps the tables of the lenses before it and rebuilds those after it', () => {
		db.rows(`CREATE OR REPLACE TABLE ${labels} AS
			SELECT customer_id, 1 AS cluster FROM lens_core`);
		const extra = { name: 'extra', sql: `SELECT customer_id, 'x' AS extra_col FROM lens_core` };
		// A lens over the cluster column, as a rules cell below the clusters cell has.
		const after = {
			name: 'after',
			sql: `SELECT customer_id, cluster = 1 AS in_one FROM lens_clusters`
		};
		db.rows(`CREATE OR REPLACE TABLE lens_extra AS ${extra.sql}`);
		const lenses = [extra, clusterLens(labels), after];
		const statements = buildClusterLensSql('2024-07-01', lenses);
		expect(statements.some((s) => s.includes('"lens_extra" AS'))).toBe(false);
		expect(statements.some((s) => s.includes('"lens_after" AS'))).toBe(true);
		db.run(statements);
		// The ten buyers of lens_core (c04 included) have the columns; the three prospects none.
		expect(
			db.rows(`SELECT extra_col, cluster, in_one, count(*) AS n FROM customers
				GROUP BY ALL ORDER BY 1`)
		).toEqual([
			{ extra_col: 'x', cluster: 1, in_one: true, n: 10 },
			{ extra_col: null, cluster: null, in_one: null, n: 3 }
		]);
		// New labels: the lens after follows.
		db.rows(`CREATE OR REPLACE TABLE ${labels} AS
			SELECT customer_id, 2 AS cluster FROM lens_core`);
		db.run(buildClusterLensSql('2024-07-01', lenses));
		expect(db.one(`SELECT count(*) FILTER (WHERE in_one) AS n FROM customers`)).toEqual({ n: 0 });
	});
});

describe('clusterLabelsIpc', () => {
	it('numbers clusters from 1 and leaves unclustered customers NULL', () => {
		const ids = vectorFromArray(['a', 'b', 'c'], new Utf8()).concat(
			vectorFromArray(['d'], new Utf8())
		);
		const table = tableFromIPC(clusterLabelsIpc(ids, Int32Array.from([0, 2, -1, 1])));
		expect(table.toArray().map((r) => r.toJSON())).toEqual([
			{ customer_id: 'a', cluster: 1 },
			{ customer_id: 'b', cluster: 3 },
			{ customer_id: 'c', cluster: null },
			{ customer_id: 'd', cluster: 2 }
		]);
		expect(() => clusterLabelsIpc(ids, new Int32Array(2))).toThrow('invalid labels');
	});

	it('compiles no code: the CSP has no unsafe-eval, which Arrow builders need', () => {
		const ids = vectorFromArray(['a', 'b'], new Utf8());
		const original = globalThis.Function;
		const refuse = new Proxy(original, {
			construct: () => {
				throw new Error('EvalError: refused by the Content-Security-Policy');
			}
		});
		globalThis.Function = refuse;
		try {
			// The trap this avoids: vectorFromArray builds its null test with `new Function`.
			expect(() => vectorFromArray([1, null], new Int32())).toThrow('refused');
			expect(() => clusterLabelsIpc(ids, Int32Array.from([0, -1]))).not.toThrow();
		} finally {
			globalThis.Function = original;
		}
	});
});
