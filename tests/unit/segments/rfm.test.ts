import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRfmSql } from '../../../src/segments/rfm';
import type { RfmScoring } from '../../../src/segments/rfm-scores';
import { buildRfmGridSql, buildRfmSegmentSummarySql } from '../../../src/segments/rfm-summary';
import { buildCoreLensSql } from '../../../src/segments/customers-view';
import { openSegmentsDb, rounded, type SegmentsDb } from './segments-db';

let db: SegmentsDb;
beforeAll(async () => {
	db = await openSegmentsDb();
});
afterAll(() => db.close());

const asOf = '2024-07-01';

/** [id, r, f, m, fm, segment] per customer, by id. */
function scores(sql: string) {
	return db
		.rows<Record<string, string | number>>(
			`SELECT customer_id, r_score, f_score, m_score, fm_score, rfm_segment
			FROM (${sql}) ORDER BY customer_id`
		)
		.map((r) => Object.values(r));
}

// The ten buyers on 2024-07-01 (see customer-metrics.test.ts), n = 10, so a score is
// 1 + floor(w / 2) with w = buyers strictly worse:
//   recency  1(c02) 6(c01) 11(c07) 21(c04) 21(c05) 37(c06) 47(c03) 60(c10) 113(c08) 168(c09)
//   w        9      8      7       5       5       4       3       2       1        0
//   R        5      5      4       3       3       3       2       2       1        1
// The tie at 21 days sits at positions 6-7 from the worst, across the quintile boundary
// (NTILE would give 3 and 4): both get 3.
//   frequency 1 ×4 (c07-c10) w=0 → 1; 2 ×2 (c05 c06) w=4 → 3; 3 ×2 (c03 c04) w=6 → 4;
//   4 (c02) w=8 → 5; 6 (c01) w=9 → 5. The four one-time buyers straddle the 1/2 boundary: all 1,
//   and no one gets 2.
//   monetary 35 ×2 (c09 c10) w=0 → 1; 40 (c08) w=2 → 2; 45 ×2 (c06 c07) w=3 → 2 (positions 4-5
//   straddle the 2/3 boundary); 50 (c05) w=5 → 3; 100 (c04) 4; 150 (c03) 4; 200 (c02) 5;
//   300 (c01) 5.
// FM = floor((F + M) / 2); segment from the map (rfm-segments.test.ts).
const QUINTILE_SCORES = [
	['c01', 5, 5, 5, 5, 'Champions'],
	['c02', 5, 5, 5, 5, 'Champions'],
	['c03', 2, 4, 4, 4, 'At risk'],
	['c04', 3, 4, 4, 4, 'Loyal'],
	['c05', 3, 3, 3, 3, 'Need attention'],
	['c06', 3, 3, 2, 2, 'About to sleep'], // (3 + 2) / 2 = 2.5 → 2
	['c07', 4, 1, 2, 1, 'Promising'],
	['c08', 1, 1, 2, 1, 'Lost'],
	['c09', 1, 1, 1, 1, 'Lost'],
	['c10', 2, 1, 1, 1, 'Hibernating']
];

describe('buildRfmSql', () => {
	it('scores quintiles keeping ties in one score', () => {
		expect(scores(buildRfmSql({ asOf }))).toEqual(QUINTILE_SCORES);
	});

	it('scores by the user cut points, boundaries included', () => {
		// Recency within 6 / 21 / 47 / 113 days → 5 / 4 / 3 / 2, else 1 (values on a cut count
		// for the better score). Frequency at least 2 / 3 / 4 / 6 → 2 / 3 / 4 / 5. Monetary at
		// least 40 / 50 / 100 / 200 → 2 / 3 / 4 / 5.
		const scoring: RfmScoring = {
			method: 'thresholds',
			recency: [6, 21, 47, 113],
			frequency: [2, 3, 4, 6],
			monetary: [40, 50, 100, 200]
		};
		expect(scores(buildRfmSql({ asOf, scoring }))).toEqual([
			['c01', 5, 5, 5, 5, 'Champions'],
			['c02', 5, 4, 5, 4, 'Champions'], // (4 + 5) / 2 → 4
			['c03', 3, 3, 4, 3, 'Need attention'],
			['c04', 4, 3, 4, 3, 'Potential loyalists'],
			['c05', 4, 2, 3, 2, 'Potential loyalists'],
			['c06', 3, 2, 2, 2, 'About to sleep'],
			['c07', 4, 1, 2, 1, 'Promising'],
			['c08', 2, 1, 2, 1, 'Hibernating'],
			['c09', 1, 1, 1, 1, 'Lost'],
			['c10', 2, 1, 1, 1, 'Hibernating']
		]);
	});

	it('rejects cut points that are not four ascending numbers', () => {
		const bad = { method: 'thresholds', recency: [1, 2, 2, 3] } as unknown as RfmScoring;
		expect(() => buildRfmSql({ asOf, scoring: bad })).toThrow('invalid recency cuts: 1,2,2,3');
	});

	it('lists the customers of one grid cell or one segment', () => {
		const cell = scores(buildRfmSql({ asOf, cell: { r: 3, f: 3 } }));
		expect(cell.map((r) => r[0])).toEqual(['c05', 'c06']);
		const lost = scores(buildRfmSql({ asOf, segment: 'Lost' }));
		expect(lost.map((r) => r[0])).toEqual(['c08', 'c09']);
		expect(() => buildRfmSql({ asOf, cell: { r: 6, f: 1 } })).toThrow('invalid r score: 6');
	});

	it('scores only the buyers before an earlier as-of date', () => {
		// On 2024-06-01, 9 buyers; recency 7(c06) 12(c01) 17(c03) 22(c02) 30(c10) 61(c04) 83(c08)
		// 92(c05) 138(c09): w = 8..0, R = 1 + floor(5w / 9) = 1 + floor(40/9, 35/9, 30/9, ...)
		// = 5 4 4 3 3 2 2 1 1.
		const r = db.rows<{ customer_id: string; r_score: number }>(
			`SELECT customer_id, r_score FROM (${buildRfmSql({ asOf: '2024-06-01' })})
			ORDER BY recency_days`
		);
		expect(r.map((x) => `${x.customer_id}:${x.r_score}`).join(' ')).toBe(
			'c06:5 c01:4 c03:4 c02:3 c10:3 c04:2 c08:2 c05:1 c09:1'
		);
	});
});

describe('buildRfmGridSql', () => {
	it('gives all 25 R × F cells, empty ones with 0 customers', () => {
		const rows = rounded(db.rows(buildRfmGridSql({ asOf })));
		expect(rows).toHaveLength(25);
		const filled = rows.filter((r) => (r.customers as number) > 0);
		// From QUINTILE_SCORES: (R, F) → customers, mean monetary.
		expect(filled).toEqual([
			{ r_score: 1, f_score: 1, customers: 2, customer_share: 0.2, avg_monetary: 37.5 },
			{ r_score: 2, f_score: 1, customers: 1, customer_share: 0.1, avg_monetary: 35 },
			{ r_score: 2, f_score: 4, customers: 1, customer_share: 0.1, avg_monetary: 150 },
			{ r_score: 3, f_score: 3, customers: 2, customer_share: 0.2, avg_monetary: 47.5 },
			{ r_score: 3, f_score: 4, customers: 1, customer_share: 0.1, avg_monetary: 100 },
			{ r_score: 4, f_score: 1, customers: 1, customer_share: 0.1, avg_monetary: 45 },
			{ r_score: 5, f_score: 5, customers: 2, customer_share: 0.2, avg_monetary: 250 }
		]);
		expect(rows.find((r) => r.r_score === 1 && r.f_score === 5)).toEqual({
			r_score: 1,
			f_score: 5,
			customers: 0,
			customer_share: 0,
			avg_monetary: null
		});
	});
});

describe('buildRfmSegmentSummarySql', () => {
	it('sums up each segment, empty ones included', () => {
		// Revenue 1000: Champions c01 + c02 = 500, Lost c08 + c09 = 75, ...
		const rows = rounded(db.rows(buildRfmSegmentSummarySql({ asOf })), 6);
		const r = (
			rfm_segment: string,
			customers: number,
			revenue_share: number,
			avg_recency_days: number | null,
			avg_frequency: number | null,
			avg_monetary: number | null
		) => ({
			rfm_segment,
			customers,
			customer_share: customers / 10,
			revenue_share,
			avg_recency_days,
			avg_frequency,
			avg_monetary
		});
		expect(rows).toEqual([
			r('Champions', 2, 0.5, 3.5, 5, 250),
			r('Loyal', 1, 0.1, 21, 3, 100),
			r('Potential loyalists', 0, 0, null, null, null),
			r('New customers', 0, 0, null, null, null),
			r('Promising', 1, 0.045, 11, 1, 45),
			r('Need attention', 1, 0.05, 21, 2, 50),
			r('About to sleep', 1, 0.045, 37, 2, 45),
			r('At risk', 1, 0.15, 47, 3, 150),
			r("Can't lose them", 0, 0, null, null, null),
			r('Hibernating', 1, 0.035, 60, 1, 35),
			r('Lost', 2, 0.075, 140.5, 1, 37.5) // (113 + 168) / 2
		]);
		const total = rows.reduce((s, x) => s + (x.revenue_share as number), 0);
		expect(total).toBeCloseTo(1, 12);
	});
});

describe('storedScores', () => {
	// lens_core with the quintile scores, and a copy whose stored scores are deliberately not the
	// ones ranking gives (R turned upside down, every buyer Lost), to tell reading from ranking.
	beforeAll(() => {
		db.rows(buildCoreLensSql({ asOf }));
		db.rows(`CREATE OR REPLACE TABLE tampered AS
			SELECT * REPLACE (6 - r_score AS r_score, 'Lost' AS rfm_segment) FROM lens_core`);
	});
	const stored = { asOf, metricsTable: 'lens_core', storedScores: true };

	it('reads the scores lens_core holds, giving what ranking again gives', () => {
		expect(scores(buildRfmSql(stored))).toEqual(QUINTILE_SCORES);
		expect(db.rows(buildRfmSql(stored))).toEqual(db.rows(buildRfmSql({ asOf })));
		expect(db.rows(buildRfmGridSql(stored))).toEqual(db.rows(buildRfmGridSql({ asOf })));
		expect(db.rows(buildRfmSegmentSummarySql(stored))).toEqual(
			db.rows(buildRfmSegmentSummarySql({ asOf }))
		);
		const lost = scores(buildRfmSql({ ...stored, segment: 'Lost' }));
		expect(lost.map((r) => r[0])).toEqual(['c08', 'c09']);
	});

	it('reads the stored columns rather than ranking: a table holding other scores shows them', () => {
		const tampered = { asOf, metricsTable: 'tampered' };
		const flipped = QUINTILE_SCORES.map(([id, r, ...rest]) => [id, 6 - Number(r), ...rest]);
		expect(
			scores(buildRfmSql({ ...tampered, storedScores: true })).map((r) => r.slice(0, 5))
		).toEqual(flipped.map((r) => r.slice(0, 5)));
		const segments = db.rows<{ rfm_segment: string; customers: number }>(
			buildRfmSegmentSummarySql({ ...tampered, storedScores: true })
		);
		expect(segments.filter((s) => s.customers > 0)).toMatchObject([
			{ rfm_segment: 'Lost', customers: 10 }
		]);
		// Without storedScores the same table is ranked again from its metrics.
		expect(scores(buildRfmSql(tampered))).toEqual(QUINTILE_SCORES);
	});

	it('needs a table to read them from', () => {
		expect(() => buildRfmSql({ asOf, storedScores: true })).toThrow(
			'invalid storedScores: no metricsTable'
		);
	});
});
