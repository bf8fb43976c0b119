import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { cellText } from '../../../src/ui/cell-text';
import { ariaSort, nextSort, type SortState } from '../../../src/ui/sort-cycle';
import { pageLabel, pageWindow } from '../../../src/ui/table-paging';

describe('nextSort', () => {
	const asc: SortState = { column: 'a', descending: false };
	const desc: SortState = { column: 'a', descending: true };
	it('cycles ascending → descending → none on one column', () => {
		expect(nextSort(null, 'a')).toEqual(asc);
		expect(nextSort(asc, 'a')).toEqual(desc);
		expect(nextSort(desc, 'a')).toBeNull();
	});
	it('starts ascending on another column', () => {
		expect(nextSort(desc, 'b')).toEqual({ column: 'b', descending: false });
	});
	it('says the same through aria-sort', () => {
		expect(ariaSort(asc, 'a')).toBe('ascending');
		expect(ariaSort(desc, 'a')).toBe('descending');
		expect(ariaSort(desc, 'b')).toBe('none');
		expect(ariaSort(null, 'a')).toBe('none');
	});
});

describe('pageWindow and pageLabel', () => {
	const cases: {
		offset: number;
		pageSize: number;
		rowCount: number;
		label: string;
		moves: [number, number, number, boolean, boolean];
	}[] = [
		{
			offset: 0,
			pageSize: 50,
			rowCount: 12345,
			label: 'rows 1–50 of 12,345',
			moves: [0, 50, 12300, false, true]
		},
		{
			offset: 50,
			pageSize: 50,
			rowCount: 12345,
			label: 'rows 51–100 of 12,345',
			moves: [0, 100, 12300, true, true]
		},
		{
			offset: 12300,
			pageSize: 50,
			rowCount: 12345,
			label: 'rows 12,301–12,345 of 12,345',
			moves: [12250, 12300, 12300, true, false]
		},
		{
			offset: 0,
			pageSize: 50,
			rowCount: 50,
			label: 'rows 1–50 of 50',
			moves: [0, 0, 0, false, false]
		},
		{
			offset: 0,
			pageSize: 50,
			rowCount: 51,
			label: 'rows 1–50 of 51',
			moves: [0, 50, 50, false, true]
		},
		{ offset: 0, pageSize: 50, rowCount: 1, label: '1 row', moves: [0, 0, 0, false, false] },
		{ offset: 0, pageSize: 50, rowCount: 0, label: '0 rows', moves: [0, 0, 0, false, false] },
		// A stale offset past the end (the result shrank) is read as the last page.
		{
			offset: 500,
			pageSize: 50,
			rowCount: 120,
			label: 'rows 101–120 of 120',
			moves: [50, 100, 100, true, false]
		}
	];
	for (const { offset, pageSize, rowCount, label, moves } of cases) {
		it(`${offset} of ${rowCount} by ${pageSize}`, () => {
			const w = pageWindow(offset, pageSize, rowCount);
			expect(pageLabel(w, rowCount)).toBe(label);
			expect([w.previous, w.next, w.last, w.hasPrevious, w.hasNext]).toEqual(moves);
		});
	}
});

describe('cellText', () => {
	const page = tableFromArrays({ n: Float64Array.from([1.5, NaN]), s: ['x', '<i>y</i>'] });
	it('reads a page cell by row and formats it', () => {
		expect(cellText(page.getChild('n'), 0, 'DOUBLE')).toEqual({
			text: '1.5',
			isNull: false,
			unreadable: false
		});
		expect(cellText(page.getChild('s'), 1, 'VARCHAR').text).toBe('<i>y</i>');
	});
	it('shows NULL for nulls and missing columns', () => {
		expect(cellText({ get: () => null }, 0, 'VARCHAR')).toEqual({
			text: 'NULL',
			isNull: true,
			unreadable: false
		});
		expect(cellText(null, 0, 'VARCHAR').isNull).toBe(true);
	});
	it('survives a value Arrow cannot convert', () => {
		const throwing = {
			get: () => {
				throw new TypeError('-9223372036854775 is not safe to convert to a number.');
			}
		};
		expect(cellText(throwing, 0, 'TIMESTAMP')).toEqual({
			text: '(out of range)',
			isNull: false,
			unreadable: true
		});
	});
});
