import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { openTestDb, type TestDb } from '../node-duckdb';
import { Table, tableFromIPC, tableToIPC, type RecordBatch } from 'apache-arrow';
import {
	arrowToParquet,
	ParquetBatchWriter,
	PARQUET_ROW_GROUP_ROWS
} from '../../../src/report/arrow-to-parquet';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const bufferOf = (bytes: Uint8Array) =>
	bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('arrowToParquet', () => {
	it('writes each DuckDB type so that it reads back as the same value, nulls kept', async () => {
		const table = db.table(`SELECT * FROM (VALUES
			('c1', 'Champions', 12.5::DOUBLE, 3::INTEGER, 40::BIGINT, DATE '2024-02-29', true, TIMESTAMP '2024-03-01 10:30:00', 'مریم'),
			('c2', NULL, -4.25::DOUBLE, NULL::INTEGER, 7::BIGINT, NULL::DATE, false, NULL::TIMESTAMP, 'Nguyễn'),
			('c3', '=1+1', NULL::DOUBLE, -2::INTEGER, NULL::BIGINT, DATE '1999-12-31', NULL::BOOLEAN, TIMESTAMP '1970-01-01 00:00:00', NULL)
		) AS t(customer_id, rfm_segment, monetary, r_score, orders, first_order_date, is_vip, seen_at, name)`);
		const bytes = arrowToParquet(table);
		expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
		const rows = await parquetReadObjects({ file: bufferOf(bytes) });
		expect(rows).toEqual([
			{
				customer_id: 'c1',
				rfm_segment: 'Champions',
				monetary: 12.5,
				r_score: 3,
				orders: 40,
				first_order_date: new Date('2024-02-29T00:00:00Z'),
				is_vip: true,
				seen_at: new Date('2024-03-01T10:30:00Z'),
				name: 'مریم'
			},
			{
				customer_id: 'c2',
				rfm_segment: null,
				monetary: -4.25,
				r_score: null,
				orders: 7,
				first_order_date: null,
				is_vip: false,
				seen_at: null,
				name: 'Nguyễn'
			},
			{
				customer_id: 'c3',
				rfm_segment: '=1+1',
				monetary: null,
				r_score: -2,
				orders: null,
				first_order_date: new Date('1999-12-31T00:00:00Z'),
				is_vip: null,
				seen_at: new Date('1970-01-01T00:00:00Z'),
				name: null
			}
		]);
	});

	it('gathers many Arrow batches into row groups and keeps every row in order', async () => {
		const n = PARQUET_ROW_GROUP_ROWS * 2 + 1234;
		const table = db.table(
			`SELECT i::INTEGER AS i, 'c' || i AS customer_id FROM range(${n}) r(i) ORDER BY i`
		);
		expect(table.batches.length).toBeGreaterThan(1);
		const bytes = arrowToParquet(table);
		const meta = parquetMetadata(bufferOf(bytes));
		expect(Number(meta.num_rows)).toBe(n);
		expect(meta.row_groups.length).toBe(3);
		const rows = await parquetReadObjects({ file: bufferOf(bytes), columns: ['i', 'customer_id'] });
		expect(rows).toHaveLength(n);
		expect(rows[0]).toEqual({ i: 0, customer_id: 'c0' });
		expect(rows[n - 1]).toEqual({ i: n - 1, customer_id: `c${n - 1}` });
		expect(rows.every((r, k) => r['i'] === k)).toBe(true);
	});

	it('writes a table without rows as a valid file with the columns', async () => {
		const table = db.table(`SELECT 'x' AS customer_id, 1.5 AS clv LIMIT 0`);
		const bytes = arrowToParquet(table);
		const meta = parquetMetadata(bufferOf(bytes));
		expect(Number(meta.num_rows)).toBe(0);
		expect(meta.schema.map((s) => s.name)).toEqual(['root', 'customer_id', 'clv']);
	});
});

describe('ParquetBatchWriter', () => {
	// As the export sends them: each DuckDB batch alone as Arrow IPC, decoded in the worker.
	const throughIpc = (batch: RecordBatch) => tableFromIPC(tableToIPC(new Table([batch]))).batches;

	it('writes batches that arrive one at a time as the same rows, in row groups', async () => {
		const n = PARQUET_ROW_GROUP_ROWS + 4321;
		const source = tableFromIPC(
			db.ipc(`SELECT i::INTEGER AS i, CASE WHEN i % 3 = 0 THEN NULL ELSE 'c' || i END AS name
			FROM range(${n}) r(i) ORDER BY i`)
		);
		expect(source.batches.length).toBeGreaterThan(2);
		let writer: ParquetBatchWriter | undefined;
		for (const batch of source.batches) {
			for (const arrived of throughIpc(batch)) {
				writer ??= new ParquetBatchWriter(arrived.schema);
				writer.add(arrived);
			}
		}
		const bytes = writer!.finish();
		const meta = parquetMetadata(bufferOf(bytes));
		expect([Number(meta.num_rows), meta.row_groups.length]).toEqual([n, 2]);
		const rows = await parquetReadObjects({ file: bufferOf(bytes) });
		expect(rows.every((r, k) => r['i'] === k && r['name'] === (k % 3 ? `c${k}` : null))).toBe(true);
	});

	it('writes a file from the schema alone when no batch came, and refuses a batch of other columns', () => {
		const empty = tableFromIPC(db.ipc(`SELECT 'x' AS customer_id, 1.5 AS clv LIMIT 0`));
		const schema = tableFromIPC(tableToIPC(new Table(empty.schema))).schema;
		const meta = parquetMetadata(bufferOf(new ParquetBatchWriter(schema).finish()));
		expect([Number(meta.num_rows), meta.schema.map((s) => s.name)]).toEqual([
			0,
			['root', 'customer_id', 'clv']
		]);
		const [other] = throughIpc(tableFromIPC(db.ipc(`SELECT 1 AS only`)).batches[0]!);
		expect(() => new ParquetBatchWriter(schema).add(other!)).toThrow(
			'invalid batch: 1 columns, the file has 2'
		);
	});
});
