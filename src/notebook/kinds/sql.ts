import type { Table } from 'apache-arrow';
import type { CellKind } from '../cell-kind';
import { buildKeepResultSql, buildResultViewSql, isSingleQuery, sqlMentions } from './sql-text';
import { buildCountSql, buildDescribeSql } from '../../data/read-source-sql';
import { quoteIdent } from '../../sql/quote';
import { english } from '../../i18n/english';

/** A quick chart drawn from a SQL cell's result. */
export interface QuickChartChoice {
	kind: 'bar' | 'line' | 'dot';
	x: string;
	y: string;
}

/** Options of a SQL cell. */
export interface SqlOptions {
	sql: string;
	/** When set, the result is also a view of this name that later cells can read. */
	resultName: string | null;
	chart: QuickChartChoice | null;
}

/** The result of a SQL cell: kept in a temp table and paged, or small and held whole. */
export interface SqlResult {
	columns: { name: string; type: string }[];
	rowCount: number;
	elapsedMs: number;
	/** Temp table holding the rows (pages are read from it), or null when `rows` holds them. */
	table: string | null;
	rows: Table | null;
}

/** Free DuckDB SQL over every table and view. */
export const sqlKind: CellKind<SqlOptions, SqlResult> = {
	kind: 'sql',
	label: 'SQL',
	description: 'Free DuckDB SQL over transactions, customers and every view',
	defaultOptions: () => ({
		sql: 'SELECT * FROM transactions LIMIT 100',
		resultName: null,
		chart: null
	}),
	reads: (options, known) => sqlMentions(options.sql, known),
	// The query as written; a named result becomes the view later cells read.
	exportSql: (_asOf, options) => {
		const sql = options.sql.trim();
		if (sql === '') return [];
		if (!options.resultName || !isSingleQuery(sql)) return [sql];
		const view = buildResultViewSql(options.resultName, sql);
		return [view, `SELECT * FROM ${quoteIdent(options.resultName)}`];
	},
	defines: (options) => (options.resultName ? [options.resultName] : []),
	async run(ctx, options) {
		const started = performance.now();
		const sql = options.sql.trim();
		if (sql === '') throw new Error(english('error.sqlEmpty'));
		if (!isSingleQuery(sql)) {
			const rows = await ctx.engine.runLong(sql);
			return {
				columns: rows.schema.fields.map((f) => ({ name: f.name, type: String(f.type) })),
				rowCount: rows.numRows,
				elapsedMs: performance.now() - started,
				table: null,
				rows
			};
		}
		if (options.resultName) await ctx.engine.query(buildResultViewSql(options.resultName, sql));
		const table = `_cell_${ctx.cellId.replace(/\W/g, '_')}`;
		await ctx.engine.runLong(buildKeepResultSql(table, sql));
		const described = (await ctx.engine.query(buildDescribeSql(table))).toArray();
		const count = (await ctx.engine.query(buildCountSql(table))).get(0)?.toJSON();
		return {
			columns: described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
			rowCount: Number(count?.['n'] ?? 0),
			elapsedMs: performance.now() - started,
			table,
			rows: null
		};
	}
};
