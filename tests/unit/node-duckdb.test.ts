import { describe, expect, it } from 'vitest';
import { openTestDb } from './node-duckdb';
import { quoteIdent, quoteLiteral } from '../../src/sql/quote';

describe('node duckdb harness', () => {
	it('runs SQL with hostile identifiers quoted', async () => {
		const db = await openTestDb();
		const name = 'weird "name"; DROP TABLE x; --';
		db.registerText('a.csv', `${quoteCsv(name)},b\n1,2\n3,4\n`);
		db.rows(`CREATE TABLE t AS SELECT * FROM read_csv(${quoteLiteral('a.csv')})`);
		const rows = db.rows(`SELECT sum(${quoteIdent(name)}) AS s FROM t`);
		expect(rows).toEqual([{ s: 4 }]);
		db.close();
	});
});

function quoteCsv(s: string): string {
	return '"' + s.replaceAll('"', '""') + '"';
}
