import { quoteIdent } from '../../sql/quote';

/** The SQL text with comments and string literals blanked out, so words in them are not names. */
export function stripSqlNoise(sql: string): string {
	return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, ' ');
}

/** Which of the `known` view names the SQL mentions (as whole words, quoted or not). */
export function sqlMentions(sql: string, known: readonly string[]): string[] {
	const text = stripSqlNoise(sql).toLowerCase();
	return known.filter((name) => {
		const lower = name.toLowerCase();
		if (text.includes(`"${lower.replaceAll('"', '""')}"`)) return true;
		const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`(^|[^\\w"])${escaped}($|[^\\w"])`).test(text);
	});
}

/**
 * True when the SQL is one query whose rows can be kept in a table and paged (SELECT, WITH,
 * FROM-first, VALUES, TABLE, PIVOT, DESCRIBE, SUMMARIZE); false for statements and scripts.
 */
export function isSingleQuery(sql: string): boolean {
	const text = stripSqlNoise(sql).trim().replace(/;\s*$/, '');
	if (text === '' || text.includes(';')) return false;
	return /^\(*\s*(select|with|from|values|table|pivot|unpivot|describe|summarize|show)\b/i.test(
		text
	);
}

/** SQL keeping a query's rows in temp table `table`, in the query's order. */
export function buildKeepResultSql(table: string, sql: string): string {
	const body = stripTrailingSemicolon(sql);
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(table)} AS SELECT * FROM (\n${body}\n)`;
}

/** SQL naming a query's result as a view that later cells can read. */
export function buildResultViewSql(name: string, sql: string): string {
	return `CREATE OR REPLACE VIEW ${quoteIdent(name)} AS\n${stripTrailingSemicolon(sql)}`;
}

/** Sort order of a paged result. */
export interface PageSort {
	column: string;
	descending: boolean;
}

/** SQL for one page of a kept result: the query's own order unless a column sort is chosen. */
export function buildPageSql(
	table: string,
	offset: number,
	limit: number,
	sort: PageSort | null
): string {
	const order = sort
		? `${quoteIdent(sort.column)} ${sort.descending ? 'DESC' : 'ASC'} NULLS LAST, rowid`
		: 'rowid';
	const off = Math.max(0, Math.floor(offset));
	const lim = Math.max(0, Math.floor(limit));
	return `SELECT * FROM ${quoteIdent(table)} ORDER BY ${order} LIMIT ${lim} OFFSET ${off}`;
}

function stripTrailingSemicolon(sql: string): string {
	return sql.trim().replace(/;\s*$/, '');
}
