import type { CellKind, RunContext } from '../cell-kind';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import {
	buildColumnsSql,
	orderCustomerColumns,
	type ExportColumn
} from '../../report/export-columns';
import { buildCsvCopySql, buildExportSelectSql, withUtf8Bom } from '../../report/customers-csv-sql';
import {
	buildLensDistinctSql,
	buildLensValuesSql,
	lensCandidates,
	MAX_LENS_VALUES,
	segmentColumns,
	segmentWhereSql
} from '../../report/segment-csv-sql';
import { quoteIdent } from '../../sql/quote';
import { parquetClient } from '../../engine/writers/parquet-client';

/** Options of the export cell: the cells that go into the HTML report (null: every cell). */
export interface ExportCellOptions {
	reportCells: string[] | null;
}

/** A column of `customers` that can define a segment, with how many values it has. */
export interface ExportLens {
	column: string;
	values: number;
}

/** What the export cell knows about `customers` on the as-of date. */
export interface ExportCellResult {
	asOf: string;
	customers: number;
	/** Every column of `customers`, in the order the exports write them. */
	columns: ExportColumn[];
	lenses: ExportLens[];
}

/** Which segment to list: a lens column and one of its values (null: customers without one). */
export interface SegmentPick {
	column: string;
	value: string | null;
}

const TABLE = 'customers';

async function customerColumns(ctx: RunContext): Promise<ExportColumn[]> {
	const rows = smallRows<{ column_name: string; data_type: string }>(
		await ctx.engine.query(buildColumnsSql(TABLE))
	);
	return orderCustomerColumns(rows.map((r) => ({ name: r.column_name, type: r.data_type })));
}

async function lensesOf(ctx: RunContext, columns: ExportColumn[]): Promise<ExportLens[]> {
	const candidates = lensCandidates(columns);
	if (candidates.length === 0) return [];
	const [counts] = smallRows<Record<string, number>>(
		await ctx.engine.query(buildLensDistinctSql(TABLE, candidates))
	);
	return candidates
		.map((c, i) => ({ column: c.name, values: Number(counts?.[`n${i}`] ?? 0) }))
		.filter((l) => l.values > 0 && l.values <= MAX_LENS_VALUES);
}

/** The file's bytes after DuckDB wrote them with COPY, with a UTF-8 byte-order mark. */
async function csvFile(ctx: RunContext, select: string, file: string): Promise<Uint8Array> {
	return withUtf8Bom(await ctx.engine.exportFile(buildCsvCopySql(select, file), file));
}

/** Exports: customers as CSV and Parquet, one segment's members, the report, the notebook. */
export const exportKind: CellKind<ExportCellOptions, ExportCellResult> = {
	kind: 'export',
	label: 'Export',
	description:
		'Customers as CSV or Parquet, a segment list for email tools, a standalone HTML report',
	defaultOptions: () => ({ reportCells: null }),
	reads: () => [TABLE, PARAM_INPUT('asOf')],
	defines: () => [],
	async run(ctx) {
		const asOf = requireAsOf(ctx);
		const columns = await customerColumns(ctx);
		const [count] = smallRows<{ n: number }>(
			await ctx.engine.query(`SELECT count(*) AS n FROM ${quoteIdent(TABLE)}`)
		);
		return {
			asOf,
			customers: Number(count?.n ?? 0),
			columns,
			lenses: await lensesOf(ctx, columns)
		};
	},
	queries: {
		/** value, customers: the values of one lens column, largest first. */
		lensValues: async (ctx, _options, arg) => {
			const column = String(arg);
			if (!lensCandidates(await customerColumns(ctx)).some((c) => c.name === column)) {
				throw new Error(`invalid lens column: ${column}`);
			}
			return ctx.engine.query(buildLensValuesSql(TABLE, column));
		}
	},
	files: {
		/** Every customer with every label and score, text neutralised, UTF-8 with BOM. */
		customersCsv: async (ctx) => {
			const columns = await customerColumns(ctx);
			const select = buildExportSelectSql({ table: TABLE, columns, orderBy: 'customer_id' });
			return csvFile(ctx, select, 'export-customers.csv');
		},
		/** The members of one segment with their contact columns and labels. */
		segmentCsv: async (ctx, _options, arg) => {
			const { column, value } = arg as SegmentPick;
			const all = await customerColumns(ctx);
			if (!lensCandidates(all).some((c) => c.name === column)) {
				throw new Error(`invalid lens column: ${column}`);
			}
			const select = buildExportSelectSql({
				table: TABLE,
				columns: segmentColumns(all, column),
				where: segmentWhereSql(column, value),
				orderBy: 'customer_id'
			});
			return csvFile(ctx, select, 'export-segment.csv');
		},
		/**
		 * `customers` as Parquet: DuckDB's Arrow batches go to the writer worker as they are
		 * fetched, so the page never holds the whole table.
		 */
		customersParquet: async (ctx) => {
			const columns = await customerColumns(ctx);
			const file = parquetClient.start();
			try {
				const schema = await ctx.engine.streamQuery(
					`SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')} FROM ${quoteIdent(TABLE)} ORDER BY customer_id`,
					(batch) => file.add(batch)
				);
				return await file.finish(schema);
			} catch (error) {
				file.abort();
				throw error;
			}
		}
	}
};
