import {
	tableFromArrays,
	tableFromIPC,
	tableToIPC,
	Table,
	vectorFromArray,
	DateDay
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { memberPage, tableColumns } from '../../../src/panels/members/member-page';

const DAY = 86_400_000;

// Five members as the members query returns them: largest spend first.
function members(): Table {
	const base = tableFromArrays({
		customer_id: ['c5', 'c3', 'c1', 'c4', 'c2'],
		monetary: Float64Array.from([500.1 + 0.2, 300.005, 100, 100, 20.456]),
		r_score: Int32Array.from([5, 3, 1, 4, 2])
	});
	const last = vectorFromArray([5 * DAY, null, DAY, 4 * DAY, 2 * DAY], new DateDay());
	return new Table({
		customer_id: base.getChild('customer_id')!,
		monetary: base.getChild('monetary')!,
		r_score: base.getChild('r_score')!,
		last_order_date: last
	});
}

const ids = (t: Table) => t.toArray().map((row) => String(row.toJSON()['customer_id']));

describe('memberPage', () => {
	it('slices a page in the query’s order and keeps every column’s type', () => {
		const table = members();
		const page = memberPage(table, 2, 2, null);
		expect(ids(page)).toEqual(['c1', 'c4']);
		expect(tableColumns(page)).toEqual(tableColumns(table));
		expect(page.getChild('last_order_date')!.get(1)).toBe(4 * DAY);
		expect(memberPage(table, 4, 50, null).numRows).toBe(1);
		expect(memberPage(table, 9, 50, null).numRows).toBe(0);
	});

	it('rounds money to cents', () => {
		const page = memberPage(members(), 0, 5, null);
		expect(Array.from(page.getChild('monetary')!.toArray())).toEqual([
			500.3, 300.01, 100, 100, 20.46
		]);
	});

	it('sorts ascending and descending, nulls last, ties in the query’s order', () => {
		const table = members();
		expect(ids(memberPage(table, 0, 5, { column: 'r_score', descending: false }))).toEqual([
			'c1',
			'c2',
			'c3',
			'c4',
			'c5'
		]);
		expect(ids(memberPage(table, 0, 5, { column: 'monetary', descending: false }))).toEqual([
			'c2',
			'c1',
			'c4',
			'c3',
			'c5'
		]);
		const byDate = memberPage(table, 0, 5, { column: 'last_order_date', descending: true });
		expect(ids(byDate)).toEqual(['c5', 'c4', 'c2', 'c1', 'c3']);
		expect(ids(memberPage(table, 0, 5, { column: 'customer_id', descending: true }))).toEqual([
			'c5',
			'c4',
			'c3',
			'c2',
			'c1'
		]);
	});
});

describe('memberPage without Arrow builders', () => {
	it('keeps nulls in rounded columns and builds no code at run time', () => {
		const table = new Table({
			id: vectorFromArray(['a', 'b', 'c']),
			amount: vectorFromArray([1.005, null, 2.499])
		});
		// The app's Content-Security-Policy forbids `new Function` (Arrow's builders use it).
		const original = globalThis.Function;
		globalThis.Function = function () {
			throw new Error('new Function called');
		} as unknown as FunctionConstructor;
		expect(() => vectorFromArray([1.5, null])).toThrow('new Function called');
		let page: Table;
		try {
			page = memberPage(table, 0, 3, { column: 'amount', descending: true });
		} finally {
			globalThis.Function = original;
		}
		expect(page.toArray().map((row) => row.toJSON())).toEqual([
			{ id: 'c', amount: 2.5 },
			{ id: 'a', amount: 1 },
			{ id: 'b', amount: null }
		]);
	});

	it('rounds doubles read back from Arrow IPC (typed Float, not Float64)', () => {
		const read = tableFromIPC(tableToIPC(members()));
		const page = memberPage(read, 0, 1, null);
		expect(page.getChild('monetary')!.get(0)).toBe(500.3);
	});
});
