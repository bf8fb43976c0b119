import { ifNotIn, type Completion, type CompletionSource } from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import { quoteIdent } from '../sql/quote';

// Words DuckDB will not take as a bare column name: the `reserved` and `type_function`
// categories of `SELECT keyword_name, keyword_category FROM duckdb_keywords()`.
const RESERVED = new Set(
	(
		'all analyse analyze and any array as asc asymmetric both case cast check collate column ' +
		'constraint create default deferrable desc describe distinct do else end except false fetch ' +
		'for foreign from group having in initially intersect into lambda lateral leading limit not ' +
		'null offset on only or order pivot pivot_longer pivot_wider placing primary qualify ' +
		'references returning select show some summarize symmetric table then to trailing true union ' +
		'unique unpivot using variadic when where window with ' +
		'anti asof at authorization binary by collation columns concurrently cross freeze full ' +
		'generated glob ilike inner is isnull join left like map natural notnull outer overlaps ' +
		'positional right semi similar struct tablesample try_cast unpack verbose'
	).split(' ')
);

/** Whether DuckDB reads `name` as written, without quotes. */
export function isPlainIdentifier(name: string): boolean {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.has(name.toLowerCase());
}

/** A table or column name as it should be typed into SQL: bare when it can be, else quoted. */
export function sqlName(name: string): string {
	return isPlainIdentifier(name) ? name : quoteIdent(name);
}

/** The tables/views and their columns as @codemirror/lang-sql's schema, with quoting applied. */
export function schemaNamespace(schema: Record<string, readonly string[]>): SQLNamespace {
	const namespace: Record<string, SQLNamespace> = {};
	for (const [table, columns] of Object.entries(schema)) {
		// lang-sql splits keys on "." (schema.table); a dot inside a name is escaped.
		namespace[table.replaceAll('.', '\\.')] = {
			self: { label: table, apply: sqlName(table), type: 'type', detail: 'table' },
			children: columns.map((column) => ({
				label: column,
				apply: sqlName(column),
				type: 'property'
			}))
		};
	}
	return namespace;
}

/** Every column name once, to complete where no table prefix narrows it (`SELECT am|`). */
export function columnCompletions(schema: Record<string, readonly string[]>): Completion[] {
	const tablesOf = new Map<string, string[]>();
	for (const [table, columns] of Object.entries(schema)) {
		for (const column of columns) tablesOf.set(column, [...(tablesOf.get(column) ?? []), table]);
	}
	return [...tablesOf].map(([column, tables]) => ({
		label: column,
		apply: sqlName(column),
		type: 'property',
		detail: tables.length > 2 ? `${tables.slice(0, 2).join(', ')}, …` : tables.join(', '),
		boost: -1
	}));
}

/** A completion source of bare column names, quiet inside strings, comments and after a dot. */
export function columnCompletionSource(
	schema: Record<string, readonly string[]>
): CompletionSource {
	const options = columnCompletions(schema);
	// Not completeFromList: with a label like "unit price" it widens the word to match spaces,
	// and the whole line before the cursor becomes the text to complete.
	return ifNotIn(['QuotedIdentifier', 'String', 'LineComment', 'BlockComment', '.'], (context) => {
		if (context.matchBefore(/\.\w*$/)) return null;
		const word = context.matchBefore(/\w+$/);
		if (!word && !context.explicit) return null;
		return { from: word?.from ?? context.pos, options, validFor: /^\w*$/ };
	});
}
