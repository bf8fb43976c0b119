import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCanonicalViewsSql } from '../../../src/data/canonical-views';
import { buildCleanTableSql } from '../../../src/data/clean-sql';
import { DEFAULT_CLEANING } from '../../../src/data/types';
import { defaultNotebook } from '../../../src/notebook/default-notebook';
import {
	buildPipelineScript,
	buildPipelineSections,
	SECTION_MARK,
	type PipelineInput
} from '../../../src/notebook/pipeline-sql';
import { buildDefaultAsOfSql } from '../../../src/segments/as-of';
import { affinityLens } from '../../../src/segments/affinity';
import { behaviourLens } from '../../../src/segments/behaviour';
import {
	buildBehaviourAvailabilitySql,
	type BehaviourAvailable
} from '../../../src/segments/behaviour-available';
import { buildCustomersViewSql, coreLensHolds } from '../../../src/segments/customers-view';
import { customersCoreOf } from '../../../src/notebook/customers-core';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../../src/segments/rfm-summary';
import { buildParetoSql } from '../../../src/segments/pareto';
import { buildValueTierSummarySql, buildVipSummarySql } from '../../../src/segments/value-tiers';
import type { RfmCellOptions } from '../../../src/notebook/kinds/rfm';
import type { TiersCellOptions } from '../../../src/notebook/kinds/tiers';
import { buildKpisSql } from '../../../src/segments/kpis';
import { lifecycleLens } from '../../../src/segments/lifecycle';
import { loadFixture } from '../data/fixture-db';
import { openTestDb, type TestDb } from '../node-duckdb';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
// Every value as text, rows in a fixed order: the two engines' results compare cell by cell.
const CUSTOMERS_AS_TEXT = 'SELECT COLUMNS(*)::VARCHAR FROM customers ORDER BY customer_id';

// The app's pipeline on the app's engine (duckdb-wasm): the fixtures read, mapped and cleaned
// as the data workspace does, then `customers` with the default lenses, as the notebook does.
async function appPipeline(): Promise<{ db: TestDb; input: PipelineInput }> {
	const db = await openTestDb();
	const sources = [loadFixture(db, 'src_1', 'transactions'), loadFixture(db, 'src_2', 'customers')];
	for (const { source, mapping } of sources) {
		db.rows(buildCleanTableSql(source, mapping, DEFAULT_CLEANING));
	}
	for (const sql of buildCanonicalViewsSql(sources.map((s) => s.mapping))) db.rows(sql);
	const [asOfRow] = db.rows<{ as_of_date: number }>(buildDefaultAsOfSql());
	const asOf = new Date(asOfRow!.as_of_date).toISOString().slice(0, 10);
	const [available] = db.rows<BehaviourAvailable>(buildBehaviourAvailabilitySql({ asOf }));
	const lenses = [
		lifecycleLens({ asOf }),
		affinityLens({ asOf }),
		behaviourLens({ asOf, available: available! })
	];
	for (const sql of buildCustomersViewSql({ asOf, lenses })) db.rows(sql);
	const input: PipelineInput = {
		title: 'Fixture\nnotebook',
		sources,
		cleaning: DEFAULT_CLEANING,
		asOf,
		lenses,
		cells: defaultNotebook().cells
	};
	return { db, input };
}

function textRows(rows: Record<string, unknown>[]): Record<string, string | null>[] {
	return rows.map((row) =>
		Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)]))
	);
}

// Sums may add in another order on native DuckDB's threads: numbers agree to 1e-9.
function expectSameRows(actual: Record<string, string | null>[], expected: typeof actual) {
	expect(actual.map((r) => Object.keys(r))).toEqual(expected.map((r) => Object.keys(r)));
	actual.forEach((row, i) => {
		for (const [column, value] of Object.entries(row)) {
			const want = expected[i]![column] ?? null;
			const a = Number(value);
			const b = Number(want);
			if (value !== null && want !== null && Number.isFinite(a) && Number.isFinite(b)) {
				expect(a, `${column} of row ${i}`).toBeCloseTo(b, 9);
			} else {
				expect(value, `${column} of row ${i}`).toBe(want);
			}
		}
	});
}

describe('the pipeline SQL export', () => {
	let app: { db: TestDb; input: PipelineInput };
	let native: DuckDBConnection;
	let script: string;

	beforeAll(async () => {
		app = await appPipeline();
		script = buildPipelineScript(app.input);
		native = await (await DuckDBInstance.create(':memory:')).connect();
		// The script names the files as the user dropped them; the CLI runs in their folder.
		await native.run(`SET file_search_path = '${FIXTURE_DIR.replaceAll("'", "''")}'`);
		await native.run(script);
		// Two engines start and run the whole pipeline: slower than a hook's default 10 s on a busy machine.
	}, 60_000);
	afterAll(() => {
		app.db.close();
		native.closeSync();
	});

	it('runs on native DuckDB and builds the same customers table as the app', async () => {
		const fromNative = textRows((await native.runAndReadAll(CUSTOMERS_AS_TEXT)).getRowObjectsJS());
		const fromApp = textRows(app.db.rows(CUSTOMERS_AS_TEXT));
		// Worked out by hand from the fixtures: buyers 101, 102, 106, 107, 111, 113 and the
		// customer file's 101–106, so 9 customers of whom 103, 104 and 105 never bought (104's
		// only line has a negative quantity, 105's date cannot be read).
		expect(fromNative.map((r) => r['customer_id'])).toEqual([
			'101',
			'102',
			'103',
			'104',
			'105',
			'106',
			'107',
			'111',
			'113'
		]);
		const prospects = fromNative.filter((r) => r['is_prospect'] === 'true');
		expect(prospects.map((r) => r['customer_id'])).toEqual(['103', '104', '105']);
		expectSameRows(fromNative, fromApp);
	});

	it('cleans as the app does: 21 lines read, 11 kept', async () => {
		const reader = await native.runAndReadAll(
			'SELECT count(*)::INT AS read, count(*) FILTER (WHERE _reason IS NULL)::INT AS kept FROM clean_src_1'
		);
		expect(reader.getRowObjectsJS()).toEqual([{ read: 21, kept: 11 }]);
	});

	it("gives the KPIs cell's figures", async () => {
		const sql = buildKpisSql({
			asOf: app.input.asOf!,
			windowDays: 90,
			topPercent: 20,
			metricsTable: 'lens_core'
		});
		const wrapped = `SELECT COLUMNS(*)::VARCHAR FROM (${sql})`;
		const fromNative = textRows((await native.runAndReadAll(wrapped)).getRowObjectsJS());
		expectSameRows(fromNative, textRows(app.db.rows(wrapped)));
	});

	it('leaves out, and says so, a lens read from a table the app computes in JavaScript', () => {
		const clv = { name: 'clv', sql: 'SELECT customer_id, 0.5 AS p_alive FROM "_clv_scores_c1"' };
		// A lens over the CLV lens's table cannot run either.
		const persona = { name: 'persona', sql: 'SELECT customer_id FROM "lens_clv"' };
		const lenses = [...app.input.lenses, clv, persona];
		const sections = buildPipelineSections({ ...app.input, lenses });
		const customers = sections.find((s) => s.phase === 'customers')!;
		expect(customers.statements.join('\n')).not.toMatch(/_clv_scores_c1|lens_clv|lens_persona/);
		expect(customers.statements.join('\n')).toContain('lens_lifecycle');
		expect(customers.notes.slice(1)).toEqual([
			'Left out: the clv lens, read from what the app computes in JavaScript.',
			'Left out: the persona lens, read from what the app computes in JavaScript.'
		]);
	});

	it("gives a lifecycle cell's SQL, which native DuckDB runs to the app's figures", async () => {
		const cells = [{ id: 'l1', kind: 'lifecycle', options: {} }];
		const [section] = buildPipelineSections({ ...app.input, cells }).slice(-1);
		expect(section!.title).toBe('cell 1: Lifecycle');
		expect(section!.statements).toHaveLength(2);
		for (const sql of section!.statements) {
			const wrapped = `SELECT COLUMNS(*)::VARCHAR FROM (${sql}) ORDER BY ALL`;
			const fromNative = textRows((await native.runAndReadAll(wrapped)).getRowObjectsJS());
			expect(fromNative.length).toBeGreaterThan(0);
			expectSameRows(fromNative, textRows(app.db.rows(wrapped)));
		}
	});

	it('says which cells it cannot give, instead of leaving them out silently', () => {
		const cells = [{ id: 'k1', kind: 'clusters', options: {} }];
		const [last] = buildPipelineSections({ ...app.input, cells }).slice(-1);
		expect(last).toEqual({
			phase: 'cell',
			title: 'cell 1: Clusters',
			notes: [
				'Clusters cells do not give their SQL to this script (yet): run this one in the app.'
			],
			statements: []
		});
	});

	it("gives the RFM and tiers cells' SQL: stored scores for the options lens_core has, else ranked", async () => {
		const asOf = app.input.asOf!;
		const quintiles: RfmCellOptions = { scoring: { method: 'quintiles' } };
		const cuts: RfmCellOptions = {
			scoring: {
				method: 'thresholds',
				recency: [30, 60, 90, 120],
				frequency: [2, 3, 4, 5],
				monetary: [50, 100, 200, 400]
			}
		};
		const tiers: TiersCellOptions = { highShare: 0.5, midShare: 0.3, vip: { top: 100 } };
		const otherTiers: TiersCellOptions = { highShare: 0.2, midShare: 0.3, vip: { top: 2 } };
		const cells = [
			{ id: 'c-rfm00001', kind: 'rfm', options: { ...quintiles } },
			{ id: 'c-rfm00002', kind: 'rfm', options: { ...cuts } },
			{ id: 'c-tiers001', kind: 'tiers', options: { ...tiers } },
			{ id: 'c-tiers002', kind: 'tiers', options: { ...otherTiers } }
		];
		// The script run above built lens_core with the default cells' settings: these cells'.
		expect(coreLensHolds(customersCoreOf(app.input.cells), customersCoreOf(cells))).toBe(true);
		const sections = buildPipelineSections({ ...app.input, cells }).filter(
			(s) => s.phase === 'cell'
		);
		// What each cell shows when everything is ranked again from the order lines.
		const rfmRanked = ({ scoring }: RfmCellOptions) => [
			buildRfmGridSql({ asOf, scoring }),
			buildRfmSegmentSummarySql({ asOf, scoring })
		];
		const tiersRanked = (options: TiersCellOptions) => [
			buildValueTierSummarySql({ asOf, ...options }),
			buildParetoSql({ asOf, ...options }),
			buildVipSummarySql({ asOf, ...options })
		];
		const expected = [
			rfmRanked(quintiles),
			rfmRanked(cuts),
			tiersRanked(tiers),
			tiersRanked(otherTiers)
		];
		const asText = (sql: string) => `SELECT COLUMNS(*)::VARCHAR FROM (${sql}) ORDER BY ALL`;
		const nativeRows = async (sql: string) =>
			textRows((await native.runAndReadAll(asText(sql))).getRowObjectsJS());
		expect(sections.map((s) => s.statements.length)).toEqual([2, 2, 3, 3]);
		for (const [i, section] of sections.entries()) {
			for (const [j, sql] of section.statements.entries()) {
				expectSameRows(await nativeRows(sql), textRows(app.db.rows(asText(expected[i]![j]!))));
			}
		}
		// Stored columns no ranking gives: the first cells show them, the others rank again.
		await native.run('BEGIN TRANSACTION');
		try {
			await native.run(`UPDATE lens_core SET rfm_segment = 'Lost', value_tier = 'low'`);
			const [buyers] = app.db.rows<{ n: number }>('SELECT count(*) AS n FROM lens_core');
			const shown = (rows: Record<string, string | null>[], key: string) =>
				rows.filter((r) => r['customers'] !== '0').map((r) => [r[key], r['customers']]);
			const segments = await nativeRows(sections[0]!.statements[1]!);
			expect(shown(segments, 'rfm_segment')).toEqual([['Lost', String(buyers!.n)]]);
			const tierRows = await nativeRows(sections[2]!.statements[0]!);
			expect(shown(tierRows, 'value_tier')).toEqual([['low', String(buyers!.n)]]);
			expectSameRows(
				await nativeRows(sections[1]!.statements[1]!),
				textRows(app.db.rows(asText(expected[1]![1]!)))
			);
			expectSameRows(
				await nativeRows(sections[3]!.statements[0]!),
				textRows(app.db.rows(asText(expected[3]![0]!)))
			);
		} finally {
			await native.run('ROLLBACK');
		}
	});

	it('holds every default cell in notebook order, each section marked for timing', () => {
		const titles = buildPipelineSections(app.input).map((s) => `${s.phase}: ${s.title}`);
		expect(titles).toEqual(
			[
				'read: read clean-transactions.csv',
				'read: read clean-customers.csv',
				'clean: clean clean-transactions.csv as transactions',
				'clean: clean clean-customers.csv as customers',
				'clean: canonical views',
				`customers: customers as of ${app.input.asOf}`,
				'cell 3: KPIs',
				'cell 4: RFM',
				'cell 5: Value tiers',
				'cell 6: Cohort retention',
				'cell 7: SQL'
			].map((t) => (t.startsWith('cell') ? `cell: ${t}` : t))
		);
		const marks = script.split('\n').filter((line) => line.startsWith(SECTION_MARK));
		expect(marks).toHaveLength(titles.length);
		// The title's line break stays inside its comment.
		expect(script.split('\n')[0]).toBe(
			"-- Fixture notebook: the notebook's pipeline as one DuckDB script (Segmentbook)."
		);
		expect(script).toContain('SELECT\n\tcustomer_id,\n\tcount(DISTINCT order_id) AS orders');
	});
});
