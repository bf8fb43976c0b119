import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/database';
import type { CellDoc } from '../../../src/notebook/document';
import { buildCustomers } from '../../../src/notebook/customers-build';
import { customersCoreOf, shapesCustomers } from '../../../src/notebook/customers-core';
import { rfmKind } from '../../../src/notebook/kinds/rfm';
import { tiersKind } from '../../../src/notebook/kinds/tiers';
import { cellKind } from '../../../src/notebook/kinds/registry';
import { DEFAULT_VIP_RULE } from '../../../src/segments/value-tiers';
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
// Cut points far from the quintiles: every buyer of the fixture scores 1–2 on F and M.
const thresholds = {
	method: 'thresholds',
	recency: [30, 60, 90, 120],
	frequency: [2, 5, 8, 10],
	monetary: [100, 500, 800, 1000]
} as const;
const cells: CellDoc[] = [
	{ id: 'c-rfm00001', kind: 'rfm', options: { scoring: thresholds } },
	{ id: 'c-rfm00002', kind: 'rfm', options: { scoring: { method: 'quintiles' } } },
	{
		id: 'c-tiers001',
		kind: 'tiers',
		options: { highShare: 0.2, midShare: 0.3, vip: DEFAULT_VIP_RULE }
	}
];

const counts = (sql: string) =>
	Object.fromEntries(
		db.rows<{ k: string; n: number }>(sql).map((r) => [r.k, Number(r.n)] as const)
	);

describe('customersCoreOf', () => {
	it('takes each setting from the first cell giving it', () => {
		expect(customersCoreOf(cells)).toEqual({
			scoring: thresholds,
			highShare: 0.2,
			midShare: 0.3,
			vip: DEFAULT_VIP_RULE
		});
		expect(customersCoreOf([])).toEqual({});
	});

	it('marks the kinds whose edits rebuild customers', () => {
		expect(['rfm', 'tiers', 'rules', 'lifecycle'].map((k) => shapesCustomers(cellKind(k)))).toEqual(
			[true, true, true, true]
		);
		expect(['sql', 'note', 'kpis'].map((k) => shapesCustomers(cellKind(k)))).toEqual([
			false,
			false,
			false
		]);
	});
});

describe('customers built with the cells’ core settings', () => {
	it('has the RFM segments and value tiers the first RFM and tiers cells show', async () => {
		await buildCustomers(engine, asOf, [], customersCoreOf(cells));
		const ctx = (id: string) => cellContext(engine, cells, id, asOf);
		const rfm = await rfmKind.run!(ctx('c-rfm00001'), cells[0]!.options as never);
		const tiers = await tiersKind.run!(ctx('c-tiers001'), cells[2]!.options as never);

		const shownSegments = Object.fromEntries(
			rfm.segments
				.filter((s) => Number(s.customers) > 0)
				.map((s) => [s.rfm_segment, Number(s.customers)])
		);
		const segmentsColumn = counts(
			`SELECT rfm_segment AS k, count(*) AS n FROM customers WHERE NOT is_prospect GROUP BY 1`
		);
		expect(segmentsColumn).toEqual(shownSegments);

		const shownTiers = Object.fromEntries(
			tiers.tiers
				.filter((t) => Number(t['customers']) > 0)
				.map((t) => [t['value_tier'], Number(t['customers'])])
		);
		const tiersColumn = counts(
			`SELECT value_tier AS k, count(*) AS n FROM customers WHERE NOT is_prospect GROUP BY 1`
		);
		expect(tiersColumn).toEqual(shownTiers);
	});

	it('differs from the defaults, so the test above could fail', async () => {
		const by = (column: string) =>
			counts(
				`SELECT ${column} AS k, count(*) AS n FROM customers WHERE NOT is_prospect GROUP BY 1`
			);
		await buildCustomers(engine, asOf, []);
		const defaults = { segments: by('rfm_segment'), tiers: by('value_tier') };
		await buildCustomers(engine, asOf, [], customersCoreOf(cells));
		expect(by('rfm_segment')).not.toEqual(defaults.segments);
		expect(by('value_tier')).not.toEqual(defaults.tiers);
	});
});
