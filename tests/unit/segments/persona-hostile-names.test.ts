import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPersonaProfileSql } from '../../../src/segments/persona-profile';
import { buildPersonaAttributeSql } from '../../../src/segments/persona-attributes';
import { buildPersonaSpendMixSql } from '../../../src/segments/persona-spend-mix';
import { quoteIdent } from '../../../src/sql/quote';
import { HOSTILE } from '../data/fixture-db';
import { type SegmentsDb } from './segments-db';
import { openPersonaDb, PERSONA_AS_OF } from './persona-db';

const asOf = PERSONA_AS_OF;
// The segment and attribute columns of the persona fixture under names that break unquoted SQL.
const SEGMENT = HOSTILE;
const ATTRIBUTE = '<img src=x onerror="window.__pwned=1">';
let plain: SegmentsDb;
let hostile: SegmentsDb;

beforeAll(async () => {
	plain = await openPersonaDb();
	hostile = await openPersonaDb();
	// `customers` becomes a table whose tribe and gender columns carry the hostile names.
	hostile.run([
		`CREATE TABLE renamed AS SELECT * RENAME (tribe AS ${quoteIdent(SEGMENT)}, gender AS ${quoteIdent(ATTRIBUTE)}) FROM customers`,
		'DROP VIEW customers',
		'ALTER TABLE renamed RENAME TO customers'
	]);
}, 60_000);
afterAll(() => {
	plain.close();
	hostile.close();
});

// The answers on the plain names are checked by hand in persona-profile.test.ts: the hostile
// names must give exactly the same rows.
describe('persona SQL on hostile column names', () => {
	it('profiles the segments of a hostile segment column', () => {
		const expected = plain.rows(buildPersonaProfileSql({ asOf, segmentColumn: 'tribe' }));
		const rows = hostile.rows(buildPersonaProfileSql({ asOf, segmentColumn: SEGMENT }));
		expect(rows.map((r) => r.segment)).toEqual([null, 'A', 'B']);
		expect(rows).toEqual(expected);
	});

	it('profiles a hostile attribute across the segments', () => {
		const expected = plain.rows(
			buildPersonaAttributeSql({ asOf, segmentColumn: 'tribe', attribute: 'gender' })
		);
		const rows = hostile.rows(
			buildPersonaAttributeSql({ asOf, segmentColumn: SEGMENT, attribute: ATTRIBUTE })
		);
		expect(rows.map((r) => `${r.segment} ${r.value} ${r.customers}`)).toEqual([
			'A F 2',
			'A M 1',
			'B F 1',
			'B M 2'
		]);
		expect(rows).toEqual(expected);
	});

	it('gives the spend mix of a hostile segment column', () => {
		const expected = plain.rows(
			buildPersonaSpendMixSql({ asOf, segmentColumn: 'tribe', by: 'category', top: 3 })
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(
			hostile.rows(
				buildPersonaSpendMixSql({ asOf, segmentColumn: SEGMENT, by: 'category', top: 3 })
			)
		).toEqual(expected);
	});
});
