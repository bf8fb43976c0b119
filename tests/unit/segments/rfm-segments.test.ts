import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	fmScore,
	RFM_SEGMENT_MAP,
	RFM_SEGMENT_NAMES,
	RFM_SEGMENTS,
	rfmSegmentOf,
	rfmSegmentSql,
	type RfmSegmentName
} from '../../../src/segments/rfm-segments';
import { openTestDb, type TestDb } from '../node-duckdb';

// The chosen map, written out cell by cell: [R score, FM score, segment].
const CELLS: [number, number, RfmSegmentName][] = [
	[5, 5, 'Champions'],
	[5, 4, 'Champions'],
	[4, 5, 'Loyal'],
	[4, 4, 'Loyal'],
	[3, 5, 'Loyal'],
	[3, 4, 'Loyal'],
	[5, 3, 'Potential loyalists'],
	[5, 2, 'Potential loyalists'],
	[4, 3, 'Potential loyalists'],
	[4, 2, 'Potential loyalists'],
	[5, 1, 'New customers'],
	[4, 1, 'Promising'],
	[3, 3, 'Need attention'],
	[3, 2, 'About to sleep'],
	[3, 1, 'About to sleep'],
	[2, 4, 'At risk'],
	[2, 3, 'At risk'],
	[1, 4, 'At risk'],
	[1, 3, 'At risk'],
	[2, 5, "Can't lose them"],
	[1, 5, "Can't lose them"],
	[2, 2, 'Hibernating'],
	[2, 1, 'Hibernating'],
	[1, 2, 'Hibernating'],
	[1, 1, 'Lost']
];

describe('the R × FM segment map', () => {
	it('lists every one of the 25 cells exactly once', () => {
		const keys = CELLS.map(([r, fm]) => `${r}${fm}`);
		expect(new Set(keys).size).toBe(25);
		expect(RFM_SEGMENT_MAP.flat()).toHaveLength(25);
	});

	it.each(CELLS)('R%i × FM%i is %s', (r, fm, segment) => {
		expect(rfmSegmentOf(r, fm)).toBe(segment);
	});

	it('uses all 11 segments, each with its description and action', () => {
		expect(new Set(RFM_SEGMENT_MAP.flat())).toEqual(new Set(RFM_SEGMENT_NAMES));
		expect(RFM_SEGMENTS.map((s) => s.name)).toEqual([...RFM_SEGMENT_NAMES]);
		for (const s of RFM_SEGMENTS) {
			expect(s.description.length).toBeGreaterThan(10);
			expect(s.action.length).toBeGreaterThan(10);
		}
	});

	it('rounds the mean of F and M down', () => {
		expect([fmScore(1, 2), fmScore(2, 3), fmScore(4, 5), fmScore(5, 5), fmScore(1, 5)]).toEqual([
			1, 2, 4, 5, 3
		]);
	});

	it('rejects cells outside 1–5', () => {
		expect(() => rfmSegmentOf(0, 3)).toThrow('invalid RFM cell: 0×3');
		expect(() => rfmSegmentOf(3, 6)).toThrow('invalid RFM cell: 3×6');
	});
});

describe('rfmSegmentSql', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db.close());

	it('gives every cell the segment of the map, and one only', () => {
		const rows = db.rows<{ r: number; fm: number; segment: string }>(`SELECT r, fm,
			${rfmSegmentSql('r', 'fm')} AS segment
			FROM range(1, 6) AS a(r), range(1, 6) AS b(fm) ORDER BY r DESC, fm DESC`);
		expect(rows.map((x) => [x.r, x.fm, x.segment])).toEqual(
			[...CELLS].sort((a, b) => b[0] - a[0] || b[1] - a[1])
		);
	});
});
