import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/database';
import type { CellDoc } from '../../../src/notebook/document';
import type { RunContext } from '../../../src/notebook/cell-kind';
import { CustomersBuild } from '../../../src/notebook/CustomersBuild.svelte';
import { customersCoreOf } from '../../../src/notebook/customers-core';
import { english } from '../../../src/i18n/english';
import { openSegmentsDb, SEGMENTS_FIXTURES, type SegmentsDb } from '../segments/segments-db';
import { cellContext, testEngine } from './cell-context';

let db: SegmentsDb;
let engine: Engine;
beforeAll(async () => {
	db = await openSegmentsDb(SEGMENTS_FIXTURES);
	engine = testEngine(db);
});
afterAll(() => db.close());

const asOf = '2024-07-01';
const cells: CellDoc[] = [
	{
		id: 'c-rfm00001',
		kind: 'rfm',
		options: {
			scoring: {
				method: 'thresholds',
				recency: [30, 60, 90, 120],
				frequency: [2, 5, 8, 10],
				monetary: [100, 500, 800, 1000]
			}
		}
	},
	{ id: 'c-tiers001', kind: 'tiers', options: { highShare: 0.2, midShare: 0.3, vip: { top: 3 } } }
];

function build(over: Engine = engine): CustomersBuild {
	const customers: CustomersBuild = new CustomersBuild(
		over,
		() => cells,
		(id): RunContext =>
			cellContext(over, cells, id, asOf, () => customers.lenses, customers.coreOptions)
	);
	return customers;
}

const count = (sql: string) => Number(db.one<{ n: number }>(sql).n);

describe('CustomersBuild', () => {
	it('builds lens_core first with the cells’ scoring, and the lens tables only when asked', async () => {
		db.rows('DROP VIEW IF EXISTS customers');
		const customers = build();
		await customers.buildCore(asOf);
		expect(customers.error).toBeNull();
		expect(customers.coreOptions).toEqual(customersCoreOf(cells));
		expect(customers.lensesPending).toBe(true);
		// One row per buyer of the fixture.
		expect(count('SELECT count(*) AS n FROM lens_core')).toBe(
			count('SELECT count(DISTINCT customer_id) AS n FROM transactions')
		);
		expect(count(`SELECT count(*) AS n FROM duckdb_views() WHERE view_name = 'customers'`)).toBe(0);

		expect(await customers.buildLenses()).toBe(true);
		expect(customers.lensesPending).toBe(false);
		expect(customers.errorFor(true)).toBeNull();
		expect(customers.lenses.map((l) => l.name)).toContain('lifecycle');
		// `customers` reads the scores lens_core holds: the thresholds' F of the first RFM cell.
		expect(
			count(`SELECT count(*) AS n FROM customers c JOIN lens_core k USING (customer_id)
				WHERE c.f_score IS DISTINCT FROM k.f_score`)
		).toBe(0);
		expect(count('SELECT count(*) AS n FROM customers WHERE frequency < 2 AND f_score <> 1')).toBe(
			0
		);
		// Nothing pending: a second call does nothing.
		expect(await customers.buildLenses()).toBe(false);
	});

	it('without orders says so, and holds no scoring', async () => {
		const customers = build();
		await customers.buildCore(null);
		expect(customers.error).toBe(english('error.noOrders'));
		expect(customers.errorFor(false)).toBe(english('error.noOrders'));
		expect(customers.coreOptions).toBeNull();
		expect(customers.lensesPending).toBe(false);
	});

	it('keeps the lens tables pending after a failed build, and says why to cells that need them', async () => {
		let failLenses = false;
		const flaky = {
			...engine,
			query: (sql: string) =>
				failLenses ? Promise.reject(new Error('Out of Memory Error: lens')) : engine.query(sql),
			runLong: (sql: string) =>
				failLenses ? Promise.reject(new Error('Out of Memory Error: lens')) : engine.runLong(sql)
		} as Engine;
		const customers = build(flaky);
		await customers.buildCore(asOf);
		failLenses = true;
		expect(await customers.buildLenses()).toBe(true);
		expect(customers.lensesPending).toBe(true);
		expect(customers.errorFor(false)).toBeNull();
		expect(customers.errorFor(true)).toMatch(/memory/i);
		failLenses = false;
		expect(await customers.buildLenses()).toBe(true);
		expect(customers.lensesPending).toBe(false);
		expect(customers.errorFor(true)).toBeNull();
	});
});
