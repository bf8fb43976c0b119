import { describe, expect, it } from 'vitest';
import {
	affectedCells,
	CELL_INPUT,
	dependentsOf,
	orderCells,
	type CellIO
} from '../../../src/notebook/dependency-order';

/** A cell from a compact spec: `id: reads -> defines`, names separated by commas. */
function cell(spec: string): CellIO {
	const colon = spec.indexOf(':');
	const id = (colon === -1 ? spec : spec.slice(0, colon)).trim();
	const [reads = '', defines = ''] = (colon === -1 ? '' : spec.slice(colon + 1)).split('->');
	const names = (list: string) => list.split(',').flatMap((s) => (s.trim() ? [s.trim()] : []));
	return { id, reads: names(reads), defines: names(defines) };
}
const cells = (...specs: string[]) => specs.map(cell);

const BASE = ['transactions', 'customer_attributes', '@param:asOf', '@param:currency'];

describe('orderCells', () => {
	const rows: { name: string; cells: CellIO[]; order: string[] }[] = [
		{ name: 'linear', cells: cells('a: -> x', 'b: x -> y', 'c: y'), order: ['a', 'b', 'c'] },
		{
			name: 'diamond',
			cells: cells('top: -> a', 'left: a -> b', 'right: a -> c', 'join: b, c'),
			order: ['top', 'left', 'right', 'join']
		},
		{
			name: 'independent cells keep notebook order',
			cells: cells('n1', 's1: transactions', 'n2', 's2: customer_attributes'),
			order: ['n1', 's1', 'n2', 's2']
		},
		{
			name: 'a cell reading a view defined further down runs after it',
			cells: cells('a: v', 'b', 'c: -> v'),
			order: ['b', 'c', 'a']
		},
		{
			name: 'ties among ready cells go to the one higher in the notebook',
			cells: cells('a: late', 'b: -> early', 'c: early', 'd: -> late'),
			order: ['b', 'c', 'd', 'a']
		},
		{
			name: 'the nearest definition above wins over others',
			cells: cells('a: -> v', 'b: v', 'c: b -> v', 'd: v', 'e: -> b'),
			order: ['a', 'b', 'e', 'c', 'd']
		},
		{
			name: 'a cell that reads and redefines a name reads the earlier definition',
			cells: cells(
				'data: -> transactions',
				'fix: transactions -> transactions',
				'use: transactions'
			),
			order: ['data', 'fix', 'use']
		},
		{ name: 'no cells', cells: [], order: [] }
	];
	it.each(rows)('$name', ({ cells, order }) => {
		const result = orderCells(cells, BASE);
		expect(result.order).toEqual(order);
		expect(result.cycles).toEqual([]);
		expect(result.blocked).toEqual([]);
	});

	it('reports cells in a cycle, leaves them and what reads them out of the order', () => {
		const result = orderCells(
			cells('a: y -> x', 'free: transactions', 'b: x -> y', 'after: x', 'p: q -> p', 'q: p -> q'),
			BASE
		);
		expect(result.order).toEqual(['free']);
		expect(result.cycles).toEqual([
			['a', 'b'],
			['p', 'q']
		]);
		expect(result.blocked).toEqual(['after']);
	});

	it('finds a cycle of three through a longer path', () => {
		const result = orderCells(cells('a: c -> a', 'b: a -> b', 'c: b -> c', 'd: -> z'));
		expect(result.cycles).toEqual([['a', 'b', 'c']]);
		expect(result.order).toEqual(['d']);
	});

	it('lists reads that no cell defines and that are not base inputs', () => {
		const result = orderCells(
			cells(
				'a: transactions, @param:asOf, top',
				'b: missing, customer_attributes, missing',
				'c: @param:timeUnit -> top'
			),
			BASE
		);
		expect(result.unresolved).toEqual({ b: ['missing'], c: ['@param:timeUnit'] });
		// Unresolved cells still run: their own error will say what is missing.
		expect(result.order).toEqual(['b', 'c', 'a']);
	});

	it('treats every read as unresolved when no base is given', () => {
		expect(orderCells(cells('a: transactions')).unresolved).toEqual({ a: ['transactions'] });
	});
});

describe('affectedCells', () => {
	const notebook = cells(
		'note',
		'data: -> transactions, customer_attributes',
		'uses-rfm: rfm, @param:asOf',
		'kpis: transactions, @param:currency',
		'rfm: transactions, @param:asOf -> rfm',
		'sql: rfm -> champions',
		'plain: customer_attributes',
		'export: champions, @param:asOf'
	);

	it('re-runs exactly the cells that depend on a changed parameter, in order, once each', () => {
		expect(affectedCells(notebook, ['@param:asOf'], BASE)).toEqual([
			'rfm',
			'uses-rfm',
			'sql',
			'export'
		]);
	});

	it('re-runs everything downstream of the data when the data changes', () => {
		expect(affectedCells(notebook, ['transactions', 'customer_attributes'], BASE)).toEqual([
			'kpis',
			'rfm',
			'uses-rfm',
			'sql',
			'plain',
			'export'
		]);
	});

	it('re-runs a cell whose own options changed, and what reads from it', () => {
		expect(affectedCells(notebook, [CELL_INPUT('sql')], BASE)).toEqual(['sql', 'export']);
		expect(CELL_INPUT('c-1')).toBe('@cell:c-1');
	});

	it('combines changes without running a cell twice', () => {
		const changed = [CELL_INPUT('rfm'), '@param:asOf', '@param:currency', CELL_INPUT('export')];
		expect(affectedCells(notebook, changed, BASE)).toEqual([
			'kpis',
			'rfm',
			'uses-rfm',
			'sql',
			'export'
		]);
	});

	it('re-runs nothing for a change nobody reads', () => {
		expect(affectedCells(notebook, ['@param:timeUnit', CELL_INPUT('nobody')], BASE)).toEqual([]);
	});

	it('leaves out cells that cannot run because of a cycle', () => {
		const looped = cells('a: @param:asOf, y -> x', 'b: x -> y', 'c: @param:asOf');
		expect(affectedCells(looped, ['@param:asOf'], BASE)).toEqual(['c']);
	});
});

describe('dependentsOf', () => {
	const notebook = cells(
		'data: -> transactions',
		'a: transactions -> a',
		'b: a',
		'c: b2',
		'd: a -> b2',
		'e'
	);

	it('lists every cell downstream in run order, not the cell itself', () => {
		expect(dependentsOf(notebook, 'a')).toEqual(['b', 'd', 'c']);
		expect(dependentsOf(notebook, 'data')).toEqual(['a', 'b', 'd', 'c']);
		expect(dependentsOf(notebook, 'e')).toEqual([]);
		expect(dependentsOf(notebook, 'missing')).toEqual([]);
	});

	it('includes cells in and behind a cycle, after the runnable ones', () => {
		const looped = cells('src: -> s', 'a: s, y -> x', 'b: x -> y', 'after: x', 'ok: s');
		expect(dependentsOf(looped, 'src')).toEqual(['ok', 'a', 'b', 'after']);
	});
});
