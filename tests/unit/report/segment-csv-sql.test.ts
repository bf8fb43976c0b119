import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, scratchFile, type TestDb } from '../node-duckdb';
import { quoteLiteral } from '../../../src/sql/quote';
import {
	buildLensDistinctSql,
	buildLensValuesSql,
	lensCandidates,
	segmentColumns,
	segmentWhereSql
} from '../../../src/report/segment-csv-sql';
import { buildColumnsSql, type ExportColumn } from '../../../src/report/export-columns';
import { buildCsvCopySql, buildExportSelectSql } from '../../../src/report/customers-csv-sql';
import { HOSTILE } from '../data/fixture-db';

let db: TestDb;
let columns: ExportColumn[];

// Six customers; by hand: Champions 2 (c1, c4), Lost 2 (c2, c5), none 1 (c6), and c3 "it's".
beforeAll(async () => {
	db = await openTestDb();
	db.rows(`CREATE TABLE customers AS SELECT * FROM (VALUES
		('c1', 'a@x.org', 'Ann', 'Champions', 1, true, 120.5),
		('c2', '=cmd@x.org', 'Bo', 'Lost', 2, false, 10.0),
		('c3', NULL, 'Cy', 'it''s', 2, NULL, 0.0),
		('c4', 'd@x.org', '@Di', 'Champions', NULL, true, -5.0),
		('c5', 'e@x.org', 'Ed', 'Lost', 1, false, 3.0),
		('c6', 'f@x.org', 'Fa', NULL, 1, true, 7.0)
	) AS t(customer_id, email, first_name, rfm_segment, cluster, "${HOSTILE.replaceAll('"', '""')}", monetary)`);
	columns = db
		.rows<{ column_name: string; data_type: string }>(buildColumnsSql('customers'))
		.map((r) => ({ name: r.column_name, type: r.data_type }));
});
afterAll(() => db.close());

describe('segment lists', () => {
	it('offers text, truth-value and whole-number columns as lenses, never the id or amounts', () => {
		expect(lensCandidates(columns).map((c) => c.name)).toEqual([
			'email',
			'first_name',
			'rfm_segment',
			'cluster',
			HOSTILE
		]);
		const [counts] = db.rows(buildLensDistinctSql('customers', lensCandidates(columns)));
		expect(counts).toEqual({ n0: 5, n1: 6, n2: 3, n3: 2, n4: 2 });
	});

	it('counts each value of a lens, largest first, customers without one as NULL', () => {
		expect(db.rows(buildLensValuesSql('customers', 'rfm_segment'))).toEqual([
			{ value: 'Champions', customers: 2 },
			{ value: 'Lost', customers: 2 },
			{ value: "it's", customers: 1 },
			{ value: null, customers: 1 }
		]);
		expect(db.rows(buildLensValuesSql('customers', HOSTILE))).toEqual([
			{ value: 'true', customers: 3 },
			{ value: 'false', customers: 2 },
			{ value: null, customers: 1 }
		]);
	});

	it.each([
		['rfm_segment', 'Champions', ['c1', 'c4']],
		['rfm_segment', "it's", ['c3']],
		['rfm_segment', null, ['c6']],
		['cluster', '2', ['c2', 'c3']],
		[HOSTILE, 'false', ['c2', 'c5']]
	])('lists the members of %s = %s', (lens, value, expected) => {
		const select = buildExportSelectSql({
			table: 'customers',
			columns: segmentColumns(columns, lens),
			where: segmentWhereSql(lens, value),
			orderBy: 'customer_id'
		});
		expect(db.rows<{ customer_id: string }>(select).map((r) => r.customer_id)).toEqual(expected);
	});

	it('writes id, contact columns, the lens and the labels, neutralised, as CSV', () => {
		const chosen = segmentColumns(columns, HOSTILE);
		expect(chosen.map((c) => c.name)).toEqual([
			'customer_id',
			'email',
			'first_name',
			HOSTILE,
			'rfm_segment',
			'cluster'
		]);
		const select = buildExportSelectSql({
			table: 'customers',
			columns: chosen,
			where: segmentWhereSql('rfm_segment', 'Champions'),
			orderBy: 'customer_id'
		});
		db.rows(buildCsvCopySql(select, scratchFile('segment.csv')));
		const [file] = db.rows<{ content: string }>(
			`SELECT content FROM read_text(${quoteLiteral(scratchFile('segment.csv'))})`
		);
		expect(file!.content.split('\n')).toEqual([
			`customer_id,email,first_name,"weird ""name""; DROP TABLE x; --",rfm_segment,cluster`,
			'c1,a@x.org,Ann,true,Champions,1',
			"c4,d@x.org,'@Di,true,Champions,",
			''
		]);
	});
});
