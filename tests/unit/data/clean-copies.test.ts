import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanCopies, cleanValuesTableName } from '../../../src/data/clean-sql';
import {
	DEFAULT_CLEANING,
	type CleaningOptions,
	type Role,
	type SourceTable
} from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';
import { cleanLikeTheApp, loadCsv, mapSource, schemaOf } from './fixture-db';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

// customer_id and category as they are; product padded on line 2, order_id missing on line 3,
// a Persian digit in channel on line 1 (reading writes digits in ASCII in ids only).
const ORDERS = `customer_id,order_id,order_date,product,category,channel,amount
A1,O1,2024-01-05,Mug,Kitchen,web ۲,10
A2,O2,2024-01-06, Mug ,Kitchen,store,20
A1,,2024-01-07,Plate,Dining,web,30
`;

const rolesByName = (source: SourceTable) =>
	Object.fromEntries(source.columns.map((c) => [c.name, c.name])) as Record<string, Role>;
const columnsOf = (relation: string) => schemaOf(db, relation).map((c) => c.split(':')[0]);

function load(table: string, text: string): Set<string> {
	const source = loadCsv(db, table, `${table}.csv`, text);
	const mapping = mapSource(db, source, 'transactions', rolesByName(source));
	return cleanLikeTheApp(db, source, mapping, DEFAULT_CLEANING);
}

describe('clean rows reading unchanged texts from the source', () => {
	it('copies the text columns reading leaves as they are, and only those', () => {
		expect([...load('orders', ORDERS)].sort()).toEqual(['category', 'channel', 'customer_id']);
	});

	it('stores only what it does not copy, and the view shows every canonical column', () => {
		load('orders', ORDERS);
		expect(columnsOf(cleanValuesTableName('orders'))).not.toContain('customer_id');
		expect(columnsOf(cleanValuesTableName('orders'))).toContain('product');
		const rows = db.rows(
			`SELECT _line, customer_id, order_id, product, category, channel, amount
			FROM clean_orders ORDER BY _line`
		);
		expect(rows).toEqual([
			{
				_line: 1,
				customer_id: 'A1',
				order_id: 'O1',
				product: 'Mug',
				category: 'Kitchen',
				channel: 'web ۲',
				amount: 10
			},
			{
				_line: 2,
				customer_id: 'A2',
				order_id: 'O2',
				product: 'Mug',
				category: 'Kitchen',
				channel: 'store',
				amount: 20
			},
			{
				_line: 3,
				customer_id: 'A1',
				order_id: 'A1|2024-01-07',
				product: 'Plate',
				category: 'Dining',
				channel: 'web',
				amount: 30
			}
		]);
	});

	it('copies an order id only when no line lacks one, and an id only without local digits', () => {
		const copied = load(
			'ids',
			'customer_id,order_id,order_date,amount\n۱۰۱,O1,2024-01-05,10\n102,O2,2024-01-06,20\n'
		);
		expect([...copied]).toEqual(['order_id']);
		expect(db.rows(`SELECT customer_id FROM clean_ids ORDER BY _line`)).toEqual([
			{ customer_id: '101' },
			{ customer_id: '102' }
		]);
	});

	it('copies nothing when duplicates are set aside: the window would reorder the rows', () => {
		const source = loadCsv(db, 'dups', 'dups.csv', ORDERS);
		const mapping = mapSource(db, source, 'transactions', rolesByName(source));
		const options: CleaningOptions = { ...DEFAULT_CLEANING, setAsideDuplicates: true };
		expect(cleanCopies(source, mapping, options)).toEqual({});
		expect(Object.keys(cleanCopies(source, mapping, DEFAULT_CLEANING))).toContain('product');
	});

	it('copies no typed column: reading turns its numbers into text', () => {
		const source = loadCsv(
			db,
			'typed',
			'typed.csv',
			'customer_id,order_date,amount\n7,2024-01-05,1\n'
		);
		const mapping = mapSource(db, source, 'transactions', rolesByName(source));
		expect(cleanCopies(source, mapping, DEFAULT_CLEANING)).toEqual({});
	});
});
