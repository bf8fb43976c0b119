import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { sql, schemaCompletionSource } from '@codemirror/lang-sql';
import { DuckDB } from '../../../src/ui/duckdb-dialect';
import {
	columnCompletionSource,
	columnCompletions,
	isPlainIdentifier,
	schemaNamespace,
	sqlName
} from '../../../src/ui/sql-completions';
import { textChange } from '../../../src/ui/text-change';

describe('sqlName', () => {
	const cases: [string, string][] = [
		['amount', 'amount'],
		['Customer_ID', 'Customer_ID'],
		['_x1', '_x1'],
		['order', '"order"'],
		['Group', '"Group"'],
		['left', '"left"'],
		['1st', '"1st"'],
		['unit price', '"unit price"'],
		['say "hi"', '"say ""hi"""'],
		['ville_é', '"ville_é"'],
		['', '""']
	];
	for (const [name, expected] of cases) {
		it(`${JSON.stringify(name)} → ${expected}`, () => {
			expect(sqlName(name)).toBe(expected);
			expect(isPlainIdentifier(name)).toBe(name === expected);
		});
	}
});

describe('schema completions', () => {
	const schema = {
		transactions: ['customer_id', 'order', 'amount'],
		'my file.csv': ['unit price'],
		customers: ['customer_id', 'city']
	};

	/** Completions at the `|` in `doc`, as the editor would ask for them. */
	function completeAt(docWithCursor: string, explicit = false): string[] {
		const pos = docWithCursor.indexOf('|');
		const doc = docWithCursor.replace('|', '');
		const state = EditorState.create({ doc, extensions: [sql({ dialect: DuckDB })] });
		const context = new CompletionContext(state, pos, explicit);
		const results = [
			schemaCompletionSource({ dialect: DuckDB, schema: schemaNamespace(schema) })(context),
			columnCompletionSource(schema)(context)
		] as (CompletionResult | null)[];
		return results.flatMap((r) =>
			(r?.options ?? []).map((o) => (typeof o.apply === 'string' ? o.apply : o.label))
		);
	}

	it('offers tables, quoted where they must be', () => {
		const offered = completeAt('SELECT * FROM |', true);
		expect(offered).toContain('transactions');
		expect(offered).toContain('"my file.csv"');
	});

	it('offers a table’s columns after its name and a dot', () => {
		expect(completeAt('SELECT transactions.| FROM transactions')).toEqual([
			'customer_id',
			'"order"',
			'amount'
		]);
		expect(completeAt('SELECT "my file.csv".| FROM "my file.csv"')).toEqual(['"unit price"']);
	});

	it('offers bare column names once, naming their tables', () => {
		expect(completeAt('SELECT am| FROM transactions')).toContain('amount');
		const state = EditorState.create({ doc: 'SELECT am', extensions: [sql({ dialect: DuckDB })] });
		const result = columnCompletionSource(schema)(new CompletionContext(state, 9, false));
		expect(result).toMatchObject({ from: 7 }); // just the word, though a name holds a space
		const shared = columnCompletions(schema).find((c) => c.label === 'customer_id');
		expect(shared?.detail).toBe('transactions, customers');
	});

	it('stays quiet inside strings and comments', () => {
		expect(completeAt("SELECT 'am|'")).toEqual([]);
		expect(completeAt('-- am|')).toEqual([]);
	});
});

describe('textChange', () => {
	const cases: [string, string, ReturnType<typeof textChange>][] = [
		['abc', 'abc', null],
		['SELECT 1', 'SELECT 12', { from: 8, to: 8, insert: '2' }],
		['SELECT 1 FROM t', 'SELECT 2 FROM t', { from: 7, to: 8, insert: '2' }],
		['aaa', 'aa', { from: 2, to: 3, insert: '' }],
		['', 'x', { from: 0, to: 0, insert: 'x' }],
		['abc', '', { from: 0, to: 3, insert: '' }]
	];
	for (const [before, after, expected] of cases) {
		it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
			const change = textChange(before, after);
			expect(change).toEqual(expected);
			if (change) {
				expect(before.slice(0, change.from) + change.insert + before.slice(change.to)).toBe(after);
			}
		});
	}
});
