import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanTableSql, cleanTableName } from '../../../src/data/clean-sql';
import {
	DEFAULT_CLEANING,
	type CleaningOptions,
	type SourceMapping,
	type SourceTable
} from '../../../src/data/types';
import { openTestDb, type TestDb } from '../node-duckdb';
import { loadFixture, schemaOf } from './fixture-db';

let db: TestDb;
let source: SourceTable;
let mapping: SourceMapping;

beforeAll(async () => {
	db = await openTestDb();
	({ source, mapping } = loadFixture(db, 'src_1', 'transactions'));
});
afterAll(() => db.close());

/** Runs the cleaning and returns the set-aside lines by reason, e.g. { cancelled: [5, 13] }. */
function clean(options: CleaningOptions): Record<string, number[]> {
	db.rows(buildCleanTableSql(source, mapping, options));
	const rows = db.rows<{ reason: string; lines: string }>(
		`SELECT _reason AS reason, string_agg(_line::VARCHAR, ',' ORDER BY _line) AS lines
		FROM clean_src_1 WHERE _reason IS NOT NULL GROUP BY _reason`
	);
	return Object.fromEntries(rows.map((r) => [r.reason, r.lines.split(',').map(Number)]));
}

// The fixture's 21 data lines (line n = file line n + 1), and what each one is for:
//  1-2  101 order 5001, two lines on 03/01/2024 (kept)
//  3    102 "$1,250.00" (kept)
//  4    no customer id                         -> missing_customer_id
//  5    C5004, quantity -1                     -> cancelled (non_positive too, but later)
//  6    quantity -3, return                    -> non_positive
//  7    date "not a date"                      -> unparsable_date
//  8-9  the same line twice                    -> 9 is a duplicate (kept unless set aside)
//  10   empty amount, 3 × 12.00                -> kept, amount 36
//  11   "$2,999.99" (kept)
//  12   amount "4.5O"                          -> unparsable_number
//  13   status "cancelled"                     -> cancelled
//  14   empty date                             -> missing_date
//  15   29/02/2024 18:30:05 (kept)
//  16   quantity 0                             -> non_positive
//  17   31/02/2024                             -> unparsable_date
//  18   102, return flag "Y" (kept)
//  19-20 113, no invoice, same day             -> kept, one order "113|2024-03-14"
//  21   lower-case c5017                       -> cancelled
const HARD = {
	missing_customer_id: [4],
	missing_date: [14],
	unparsable_date: [7, 17],
	unparsable_number: [12]
};
const cases: {
	name: string;
	options: Partial<CleaningOptions>;
	setAside: Record<string, number[]>;
}[] = [
	{
		name: 'defaults',
		options: {},
		setAside: { ...HARD, cancelled: [5, 13, 21], non_positive: [6, 16] }
	},
	{
		name: 'duplicates set aside',
		options: { setAsideDuplicates: true },
		setAside: { ...HARD, cancelled: [5, 13, 21], non_positive: [6, 16], duplicate: [9] }
	},
	{
		// Line 5 (C5004, quantity -1) now falls through to non_positive; 13 and 21 are kept.
		name: 'cancelled kept',
		options: { setAsideCancelled: false },
		setAside: { ...HARD, non_positive: [5, 6, 16] }
	},
	{
		name: 'non-positive kept',
		options: { setAsideNonPositive: false },
		setAside: { ...HARD, cancelled: [5, 13, 21] }
	},
	{
		// No prefix rule: only the status column marks line 13; line 21 is kept.
		name: 'empty cancelled prefix',
		options: { cancelledPrefix: '' },
		setAside: { ...HARD, cancelled: [13], non_positive: [5, 6, 16] }
	},
	{
		name: 'every optional rule off',
		options: { setAsideCancelled: false, setAsideNonPositive: false },
		setAside: HARD
	}
];

describe('buildCleanTableSql on transactions', () => {
	it.each(cases)('sets aside the right lines: $name', ({ options, setAside }) => {
		expect(clean({ ...DEFAULT_CLEANING, ...options })).toEqual(setAside);
		const [{ read, kept }] = db.rows<{ read: number; kept: number }>(
			`SELECT count(*) AS read, count(*) FILTER (WHERE _reason IS NULL) AS kept FROM clean_src_1`
		) as [{ read: number; kept: number }];
		const asideCount = Object.values(setAside).flat().length;
		expect(read).toBe(21);
		expect(read).toBe(kept + asideCount);
	});

	it('writes the canonical columns of every kept line', () => {
		clean(DEFAULT_CLEANING);
		const rows =
			db.rows(`SELECT _line, customer_id, order_id, strftime(order_ts, '%Y-%m-%d %H:%M:%S') AS ts,
			amount, quantity, product, category, channel, discount, is_return
			FROM clean_src_1 WHERE _reason IS NULL ORDER BY _line`);
		const row = (
			line: number,
			customer: string,
			order: string,
			ts: string,
			amount: number,
			quantity: number,
			product: string,
			category: string,
			channel: string,
			isReturn = false
		) => ({
			_line: line,
			customer_id: customer,
			order_id: order,
			ts,
			amount,
			quantity,
			product,
			category,
			channel,
			discount: null,
			is_return: isReturn
		});
		expect(rows).toEqual([
			row(1, '101', '5001', '2024-01-03 09:15:00', 9, 2, 'Mug', 'Kitchen', 'web'),
			row(2, '101', '5001', '2024-01-03 09:15:00', 12, 1, 'Tea', 'Food', 'web'),
			row(3, '102', '5002', '2024-01-15 00:00:00', 1250, 1, 'Lamp', 'Home', 'store'),
			row(8, '106', '5007', '2024-01-20 00:00:00', 170, 2, 'Chair', 'Home', 'store'),
			row(9, '106', '5007', '2024-01-20 00:00:00', 170, 2, 'Chair', 'Home', 'store'),
			// No amount: 3 × 12.00.
			row(10, '107', '5008', '2024-02-02 00:00:00', 36, 3, 'Tea', 'Food', 'app'),
			row(11, '107', '5009', '2024-02-05 00:00:00', 2999.99, 1, 'Sofa', 'Home', 'store'),
			row(15, '111', '5013', '2024-02-29 18:30:05', 18, 4, 'Mug', 'Kitchen', 'app'),
			row(18, '102', '5016', '2024-03-12 00:00:00', 1250, 1, 'Lamp', 'Home', 'store', true),
			// No invoice: the customer's lines of one day form one order.
			row(19, '113', '113|2024-03-14', '2024-03-14 00:00:00', 9, 2, 'Mug', 'Kitchen', 'web'),
			row(20, '113', '113|2024-03-14', '2024-03-14 00:00:00', 12, 1, 'Tea', 'Food', 'web')
		]);
	});

	it('marks exact duplicate lines when they are set aside, and only then', () => {
		clean({ ...DEFAULT_CLEANING, setAsideDuplicates: true });
		expect(db.rows(`SELECT _line FROM clean_src_1 WHERE _duplicate`)).toEqual([{ _line: 9 }]);
		clean(DEFAULT_CLEANING);
		expect(db.rows(`SELECT count(*) AS n FROM clean_src_1 WHERE _duplicate IS NOT NULL`)).toEqual([
			{ n: 0 }
		]);
	});

	it('gives the clean table canonical types', () => {
		expect(schemaOf(db, cleanTableName('src_1'))).toEqual([
			'_line: BIGINT',
			'_reason: VARCHAR',
			'customer_id: VARCHAR',
			'order_id: VARCHAR',
			'order_date: DATE',
			'order_ts: TIMESTAMP',
			'amount: DOUBLE',
			'quantity: DOUBLE',
			'product: VARCHAR',
			'category: VARCHAR',
			'channel: VARCHAR',
			'discount: DOUBLE',
			'is_return: BOOLEAN',
			'_duplicate: BOOLEAN'
		]);
	});

	it('quotes a hostile cancelled prefix as a value', () => {
		const sql = buildCleanTableSql(source, mapping, {
			...DEFAULT_CLEANING,
			cancelledPrefix: "C'; --"
		});
		db.rows(sql);
		expect(db.rows(`SELECT count(*) AS n FROM clean_src_1 WHERE _reason = 'cancelled'`)).toEqual([
			{ n: 1 }
		]);
	});

	it('refuses an ignored source', () => {
		expect(() =>
			buildCleanTableSql(source, { ...mapping, kind: 'ignore' }, DEFAULT_CLEANING)
		).toThrow('invalid kind: ignore');
	});
});
