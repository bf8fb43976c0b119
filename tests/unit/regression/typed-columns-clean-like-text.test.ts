import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanTableSql, cleanTableName } from '../../../src/data/clean-sql';
import { DEFAULT_CLEANING, type SourceMapping, type SourceTable } from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';

// Typed columns (BIGINT flags, DOUBLE numbers, TIMESTAMP dates) take shortcuts when cleaned: no
// translate() of ASCII text, no writing values out as text to test for emptiness. The same lines
// typed and as text must clean alike.
const LINES = [
	// order_id, customer_id, order_date, quantity, unit_price, returned
	['1', 'A', '2024-01-01 10:00:00', '2', '5.5', '0'],
	['2', 'A', '2024-01-02 10:00:00', '1', '3', '1'],
	['3', 'B', null, '1', '3', '0'],
	['4', null, '2024-01-03 10:00:00', '1', '3', '0'],
	['5', 'B', '2024-01-04 10:00:00', '0', '3', '2'],
	['6', 'C', '2024-01-05 10:00:00', '1', null, null],
	['C7', 'C', '2024-01-06 10:00:00', '1', '3', '0']
];
const TYPES = ['VARCHAR', 'VARCHAR', 'TIMESTAMP', 'BIGINT', 'DOUBLE', 'BIGINT'];
const NAMES = ['order_id', 'customer_id', 'order_date', 'quantity', 'unit_price', 'returned'];
const ROLES = {
	order_id: 'order_id',
	customer_id: 'customer_id',
	order_date: 'order_date',
	quantity: 'quantity',
	unit_price: 'unit_price',
	returned: 'is_return'
} as const;

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	const values = LINES.map(
		(line) => `(${line.map((v) => (v === null ? 'NULL' : `'${v}'`)).join(', ')})`
	).join(', ');
	db.rows(`CREATE TABLE text_src AS SELECT * FROM (VALUES ${values}) AS t(${NAMES.join(', ')})`);
	const casts = NAMES.map((n, i) => `CAST(${n} AS ${TYPES[i]}) AS ${n}`).join(', ');
	db.rows(`CREATE TABLE typed_src AS SELECT ${casts} FROM text_src`);
});
afterAll(() => db.close());

function cleaned(table: string, types: string[]) {
	const source: SourceTable = {
		table,
		fileName: `${table}.csv`,
		columns: NAMES.map((name, i) => ({ name, type: types[i]!, samples: [] })),
		rowCount: LINES.length
	};
	const mapping: SourceMapping = {
		table,
		kind: 'transactions',
		roles: ROLES,
		dateFormats: {},
		numberFormats: {}
	};
	db.rows(buildCleanTableSql(source, mapping, DEFAULT_CLEANING));
	return db.rows(
		`SELECT _line, _reason, customer_id, order_id, amount, is_return
		FROM ${cleanTableName(table)} ORDER BY _line`
	);
}

describe('typed columns clean like the same values as text', () => {
	it('sets the same lines aside for the same reasons, with the same amounts and flags', () => {
		const typed = cleaned('typed_src', TYPES);
		expect(typed).toEqual(
			cleaned(
				'text_src',
				NAMES.map(() => 'VARCHAR')
			)
		);
		expect(typed.map((r) => r['_reason'])).toEqual([
			null,
			null,
			'missing_date',
			'missing_customer_id',
			'non_positive',
			'unparsable_number',
			'cancelled'
		]);
		expect(typed.map((r) => r['is_return'])).toEqual([
			false,
			true,
			false,
			false,
			false,
			false,
			false
		]);
		expect(typed[0]!['amount']).toBe(11);
	});
});
