import { describe, expect, it } from 'vitest';
import { tableFromArrays, Table } from 'apache-arrow';
import { readSnapshotJson, writeSnapshotJson } from '../../../src/demo/snapshot/snapshot-json';

describe('snapshot JSON', () => {
	it('brings Arrow tables inside plain data back as tables with the same rows', () => {
		const rows = tableFromArrays({
			customer_id: ['C1', 'C2', 'C3'],
			revenue: Float64Array.from([120.5, 80, 0])
		});
		const back = readSnapshotJson(
			writeSnapshotJson({ runs: [{ status: 'done', result: { rowCount: 3, rows } }, null] })
		) as { runs: [{ result: { rowCount: number; rows: Table } }, null] };
		expect(back.runs[1]).toBeNull();
		expect(back.runs[0].result.rowCount).toBe(3);
		expect(back.runs[0].result.rows).toBeInstanceOf(Table);
		expect(back.runs[0].result.rows.toArray().map((r) => r.toJSON())).toEqual([
			{ customer_id: 'C1', revenue: 120.5 },
			{ customer_id: 'C2', revenue: 80 },
			{ customer_id: 'C3', revenue: 0 }
		]);
	});

	it('writes 64-bit integers as numbers, as the engine hands them to panels', () => {
		expect(readSnapshotJson(writeSnapshotJson({ n: 12n }))).toEqual({ n: 12 });
	});
});
