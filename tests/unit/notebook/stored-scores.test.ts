import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import type { Engine } from '../../../src/engine/database';
import type { CellDoc } from '../../../src/notebook/document';
import { buildCoreLens } from '../../../src/notebook/customers-build';
import { customersCoreOf } from '../../../src/notebook/customers-core';
import { rfmKind, type RfmCellOptions, type RfmPickArg } from '../../../src/notebook/kinds/rfm';
import {
	tiersKind,
	type TierPickArg,
	type TiersCellOptions
} from '../../../src/notebook/kinds/tiers';
import type { CustomersCoreOptions } from '../../../src/segments/customers-view';
import { buildRfmSql } from '../../../src/segments/rfm';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../../src/segments/rfm-summary';
import { buildParetoSql } from '../../../src/segments/pareto';
import {
	buildValueTierSummarySql,
	buildValueTiersSql,
	buildVipSummarySql
} from '../../../src/segments/value-tiers';
import {
	openSegmentsDb,
	rounded,
	SEGMENTS_FIXTURES,
	type SegmentsDb
} from '../segments/segments-db';
import { cellContext, testEngine } from './cell-context';

let db: SegmentsDb;
let engine: Engine;
beforeAll(async () => {
	db = await openSegmentsDb(SEGMENTS_FIXTURES);
	engine = testEngine(db);
});
afterAll(() => db.close());

const asOf = '2024-07-01';
const quintiles: RfmCellOptions = { scoring: { method: 'quintiles' } };
// Cut points far from the quintiles: every buyer of the fixture scores 1–2 on F and M.
const thresholds: RfmCellOptions = {
	scoring: {
		method: 'thresholds',
		recency: [30, 60, 90, 120],
		frequency: [2, 5, 8, 10],
		monetary: [100, 500, 800, 1000]
	}
};
const defaultTiers: TiersCellOptions = { highShare: 0.5, midShare: 0.3, vip: { top: 100 } };
const otherTiers: TiersCellOptions = { highShare: 0.2, midShare: 0.3, vip: { top: 3 } };
// lens_core is built with the first RFM and the first tiers cell; the second ones differ.
const cells: CellDoc[] = [
	{ id: 'c-rfm00001', kind: 'rfm', options: { ...quintiles } },
	{ id: 'c-rfm00002', kind: 'rfm', options: { ...thresholds } },
	{ id: 'c-tiers001', kind: 'tiers', options: { ...defaultTiers } },
	{ id: 'c-tiers002', kind: 'tiers', options: { ...otherTiers } }
];
const core: CustomersCoreOptions = customersCoreOf(cells);

// The context of a cell, told lens_core was built with `built` (null: not known, rank again).
const ctx = (id: string, built: CustomersCoreOptions | null = core) =>
	cellContext(engine, cells, id, asOf, () => [], built);
const rowsOf = (table: Table) => rounded(table.toArray().map((r) => r.toJSON()));

// What each cell shows when everything is ranked again from the order lines.
function rfmRanked(options: RfmCellOptions) {
	const opts = { asOf, scoring: options.scoring };
	return {
		grid: rounded(db.rows(buildRfmGridSql(opts))),
		segments: rounded(db.rows(buildRfmSegmentSummarySql(opts))),
		members: (pick: RfmPickArg) => rounded(db.rows(buildRfmSql({ ...opts, ...pick })))
	};
}
function tiersRanked(options: TiersCellOptions) {
	const opts = { asOf, ...options };
	return {
		tiers: rounded(db.rows(buildValueTierSummarySql(opts))),
		pareto: rounded(db.rows(buildParetoSql(opts))),
		vips: rounded(db.rows(buildVipSummarySql(opts)))[0],
		members: (pick: TierPickArg) =>
			rounded(
				db.rows(`SELECT customer_id, round(monetary, 2) AS monetary,
	CAST(monetary_rank AS INTEGER) AS monetary_rank,
	round(100 * revenue_share_ahead, 2) AS pct_revenue_ahead, value_tier, is_vip
FROM (${buildValueTiersSql({ ...opts, pick })})`)
			)
	};
}

const rfmPicks: RfmPickArg[] = [
	{ cell: { r: 5, f: 5 } },
	{ cell: { r: 1, f: 1 } },
	{ segment: 'Lost' },
	{ segment: 'Champions' }
];
const tierPicks: TierPickArg[] = [
	{ tier: 'high' },
	{ tier: 'mid' },
	{ tier: 'low' },
	{ vip: true }
];

async function runRfm(id: string, options: RfmCellOptions, built?: CustomersCoreOptions | null) {
	const c = ctx(id, built);
	const result = await rfmKind.run!(c, options);
	const members = [];
	for (const pick of rfmPicks)
		members.push(rowsOf(await rfmKind.queries!.members!(c, options, pick)));
	const buyers = rowsOf(await rfmKind.queries!.buyers!(c, options, undefined));
	return { grid: rounded(result.grid), segments: rounded(result.segments), members, buyers };
}

async function runTiers(
	id: string,
	options: TiersCellOptions,
	built?: CustomersCoreOptions | null
) {
	const c = ctx(id, built);
	const result = await tiersKind.run!(c, options);
	const members = [];
	for (const pick of tierPicks) {
		members.push(rowsOf(await tiersKind.queries!.members!(c, options, pick)));
	}
	return {
		tiers: rounded(result.tiers),
		pareto: rounded(result.pareto),
		vips: rounded([result.vips])[0],
		members
	};
}

// Stored scores and tiers no ranking gives: R upside down, every buyer Lost, high and no VIP.
function tamperLensCore() {
	db.rows(`UPDATE lens_core SET r_score = 6 - r_score, rfm_segment = 'Lost',
		value_tier = 'high', is_vip = false`);
}

beforeEach(async () => {
	await buildCoreLens(engine, asOf, core);
});

describe('an RFM cell whose scoring lens_core was built with', () => {
	it('shows what ranking again shows', async () => {
		const ranked = rfmRanked(quintiles);
		const shown = await runRfm('c-rfm00001', quintiles);
		expect(shown.grid).toEqual(ranked.grid);
		expect(shown.segments).toEqual(ranked.segments);
		expect(shown.members).toEqual(rfmPicks.map(ranked.members));
		expect(shown.buyers).toEqual(rounded(db.rows(buildRfmSql({ asOf }))));
		// Not a vacuous match: the picks list someone.
		expect(shown.members.map((m) => m.length)).toEqual([2, 2, 2, 2]);
		// The same as when the cell is not told what lens_core holds.
		expect(await runRfm('c-rfm00001', quintiles, null)).toEqual(shown);
	});

	it('reads the scores lens_core holds instead of ranking again', async () => {
		tamperLensCore();
		const shown = await runRfm('c-rfm00001', quintiles);
		expect(shown.segments.filter((s) => Number(s.customers) > 0)).toMatchObject([
			{ rfm_segment: 'Lost', customers: 10 }
		]);
		const ranked = rfmRanked(quintiles);
		const flippedGrid = ranked.grid.map((c) => ({ ...c, r_score: 6 - Number(c.r_score) }));
		const byCell = (a: Record<string, unknown>, b: Record<string, unknown>) =>
			Number(a.r_score) - Number(b.r_score) || Number(a.f_score) - Number(b.f_score);
		expect(shown.grid).toEqual(flippedGrid.sort(byCell));
		expect(shown.members[2]!.map((m) => m.customer_id)).toHaveLength(10);
		// Told nothing about lens_core, it ranks again and is right despite the stored columns.
		const rankedAgain = await runRfm('c-rfm00001', quintiles, null);
		expect(rankedAgain.grid).toEqual(ranked.grid);
		expect(rankedAgain.segments).toEqual(ranked.segments);
	});
});

describe('an RFM cell whose scoring lens_core was not built with', () => {
	it('ranks again and shows its own scoring, whatever lens_core holds', async () => {
		const ranked = rfmRanked(thresholds);
		const shown = await runRfm('c-rfm00002', thresholds);
		expect(shown.grid).toEqual(ranked.grid);
		expect(shown.segments).toEqual(ranked.segments);
		expect(shown.members).toEqual(rfmPicks.map(ranked.members));
		// Its answer differs from the scoring lens_core holds, so the match above could fail.
		expect(shown.segments).not.toEqual(rfmRanked(quintiles).segments);
		tamperLensCore();
		expect(await runRfm('c-rfm00002', thresholds)).toEqual(shown);
	});
});

describe('a tiers cell whose shares and VIP rule lens_core was built with', () => {
	it('shows what ranking again shows', async () => {
		const ranked = tiersRanked(defaultTiers);
		const shown = await runTiers('c-tiers001', defaultTiers);
		expect(shown.tiers).toEqual(ranked.tiers);
		expect(shown.pareto).toEqual(ranked.pareto);
		expect(shown.vips).toEqual(ranked.vips);
		expect(shown.members).toEqual(tierPicks.map(ranked.members));
		expect(shown.members.map((m) => m.length)).toEqual([2, 3, 5, 10]);
		expect(await runTiers('c-tiers001', defaultTiers, null)).toEqual(shown);
	});

	it('reads the tiers and VIP flags lens_core holds instead of ranking again', async () => {
		tamperLensCore();
		const shown = await runTiers('c-tiers001', defaultTiers);
		expect(shown.tiers.map((t) => [t['value_tier'], t['customers']])).toEqual([
			['high', 10],
			['mid', 0],
			['low', 0]
		]);
		expect(shown.vips).toEqual({ customers: 0, revenue: 0, min_monetary: null });
		// The high tier lists everyone, each with the rank of their own spend.
		const ranks = shown.members[0]!.map((m) => m['monetary_rank']);
		expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 6, 8, 9, 9]);
		const rankedAgain = await runTiers('c-tiers001', defaultTiers, null);
		expect(rankedAgain.tiers).toEqual(tiersRanked(defaultTiers).tiers);
	});
});

describe('a tiers cell whose shares or VIP rule lens_core was not built with', () => {
	it('ranks again and shows its own tiers and VIPs, whatever lens_core holds', async () => {
		const ranked = tiersRanked(otherTiers);
		const shown = await runTiers('c-tiers002', otherTiers);
		expect(shown.tiers).toEqual(ranked.tiers);
		expect(shown.vips).toEqual(ranked.vips);
		expect(shown.members).toEqual(tierPicks.map(ranked.members));
		expect(shown.vips).toEqual({ customers: 3, revenue: 650, min_monetary: 150 });
		expect(shown.tiers).not.toEqual(tiersRanked(defaultTiers).tiers);
		tamperLensCore();
		expect(await runTiers('c-tiers002', otherTiers)).toEqual(shown);
	});

	it('ranks again when only the VIP rule differs', async () => {
		const vipOnly = { ...defaultTiers, vip: { minMonetary: 100 } };
		tamperLensCore();
		const shown = await runTiers('c-tiers001', vipOnly);
		expect(shown.vips).toEqual({ customers: 4, revenue: 750, min_monetary: 100 });
		expect(shown.tiers).toEqual(tiersRanked(vipOnly).tiers);
	});
});
