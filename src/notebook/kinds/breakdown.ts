import type { CellKind, RunContext } from '../cell-kind';
import {
	buildBreakdownMembersSql,
	buildBreakdownSql,
	buildBreakdownValueCountsSql,
	type BreakdownPick,
	type BreakdownValueCount
} from '../../segments/breakdown';
import {
	AGE_BAND_EDGES,
	DEFAULT_QUANTILES,
	DEFAULT_TOP_VALUES,
	type AttributeBands
} from '../../segments/breakdown-bands';
import { buildCustomerColumnsSql, type CustomerColumn } from '../../segments/cluster-features';
import { quoteIdent } from '../../sql/quote';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { english } from '../../i18n/english';

/** When a segment × value cell is highlighted as over- or under-represented. */
export interface BreakdownHighlight {
	/** Index at or above this: over-represented. */
	over: number;
	/** Index at or below this: under-represented. */
	under: number;
	/**
	 * Customers the cell would hold if the segment looked like the base (segment size × share in
	 * base) must be at least this, so that a few customers never make a highlight.
	 */
	minExpected: number;
}

/** Options of the breakdown cell. */
export interface BreakdownCellOptions {
	/** A column of `customers` holding a segment (rfm_segment, lifecycle_stage, a rule...). */
	segmentColumn: string;
	/** A column of `customers` to break each segment down by (gender, birth_date, income...). */
	attribute: string;
	/** How the attribute's values are grouped; null = suggested from the column. */
	bands: AttributeBands | null;
	highlight: BreakdownHighlight;
}

/** One segment × attribute value, as buildBreakdownSql returns it. */
export interface BreakdownRow {
	segment: string;
	value: string;
	value_order: number;
	customers: number;
	segment_customers: number;
	share_in_segment: number;
	base_customers: number;
	share_in_base: number;
	revenue: number;
	index_vs_base: number;
}

/** The breakdown cell's result. */
export interface BreakdownCellResult {
	asOf: string;
	segmentColumn: string;
	attribute: string;
	/** The bands used, and whether they were suggested or chosen. */
	bands: AttributeBands;
	bandsSource: 'suggested' | 'chosen';
	rows: BreakdownRow[];
	/** For a country attribute: every written value per segment, for the world map; else null. */
	countries: BreakdownValueCount[] | null;
}

/** Whether a column holds countries (the canonical `country`, or a header saying so). */
export function isCountryColumn(name: string): boolean {
	return /countr|nation/i.test(name);
}

/** Which square's customers to list, with the columns and bands of the run that drew it. */
export type BreakdownMembersArg = BreakdownPick &
	Pick<BreakdownCellResult, 'segmentColumn' | 'attribute' | 'bands'>;

/** Above this many segment values the breakdown would not read: choose another column. */
export const MAX_SEGMENTS = 40;

/** Default highlight: index ≥ 120 or ≤ 80 where at least 20 customers are expected. */
export const DEFAULT_HIGHLIGHT: BreakdownHighlight = { over: 120, under: 80, minExpected: 20 };

const NUMERIC =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL)/i;
/** Numbers with at most this many distinct values are shown value by value (children: 0–4). */
const FEW_NUMBERS = 12;

/**
 * The bands suggested for an attribute: standard age bands for `age`, ages on the as-of date
 * for a birth date, value by value for text and for numbers with few values (children),
 * quartiles for other numbers (income).
 */
export function suggestBands(column: CustomerColumn, distinct: number): AttributeBands {
	const name = column.name.toLowerCase();
	const numeric = NUMERIC.test(column.type.trim());
	if (!numeric && /birth|dob/.test(name)) return { kind: 'age_from_birth_date' };
	if (!numeric) return { kind: 'text', top: DEFAULT_TOP_VALUES };
	if (/^age\b|_age$|^age_/.test(name)) return { kind: 'age' };
	if (distinct <= FEW_NUMBERS) return { kind: 'text', top: FEW_NUMBERS };
	return { kind: 'quantiles', count: DEFAULT_QUANTILES };
}

/** The standard age edges, for the band editor. */
export const AGE_EDGES = AGE_BAND_EDGES;

async function customerColumns(ctx: RunContext): Promise<CustomerColumn[]> {
	return smallRows<CustomerColumn>(await ctx.engine.query(buildCustomerColumnsSql()));
}

async function distinctCount(ctx: RunContext, column: string): Promise<number> {
	const [row] = smallRows<{ n: number }>(
		await ctx.engine.query(`SELECT count(DISTINCT ${quoteIdent(column)}) AS n FROM customers`)
	);
	return Number(row?.n ?? 0);
}

/** Each segment of a segment column of `customers`, broken down by an attribute, with indices. */
export const breakdownKind: CellKind<BreakdownCellOptions, BreakdownCellResult> = {
	kind: 'breakdown',
	label: 'Breakdown',
	description:
		'Any segment by any attribute (age, gender, income, city…): shares and index vs the base',
	defaultOptions: () => ({
		segmentColumn: 'rfm_segment',
		attribute: 'gender',
		bands: null,
		highlight: { ...DEFAULT_HIGHLIGHT }
	}),
	reads: () => ['customers', 'transactions', PARAM_INPUT('asOf')],
	defines: () => [],
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const columns = await customerColumns(ctx);
		const find = (name: string, missing: 'error.noSegmentColumn' | 'error.noAttributeColumn') => {
			const column = columns.find((c) => c.name === name);
			if (!column) throw new Error(english(missing, { column: name }));
			return column;
		};
		find(options.segmentColumn, 'error.noSegmentColumn');
		const attribute = find(options.attribute, 'error.noAttributeColumn');
		const segments = await distinctCount(ctx, options.segmentColumn);
		if (segments > MAX_SEGMENTS) {
			throw new Error(
				`"${options.segmentColumn}" has ${segments} different values; a breakdown reads with at ` +
					`most ${MAX_SEGMENTS} segments: choose another segment column.`
			);
		}
		const bands =
			options.bands ?? suggestBands(attribute, await distinctCount(ctx, options.attribute));
		const sql = buildBreakdownSql({
			asOf,
			segmentColumn: options.segmentColumn,
			attribute: options.attribute,
			bands
		});
		const rows = smallRows<BreakdownRow>(await ctx.engine.query(sql)).map((r) => ({
			...r,
			value_order: Number(r.value_order),
			customers: Number(r.customers),
			segment_customers: Number(r.segment_customers),
			base_customers: Number(r.base_customers)
		}));
		const countries = isCountryColumn(options.attribute)
			? smallRows<BreakdownValueCount>(
					await ctx.engine.query(
						buildBreakdownValueCountsSql({
							asOf,
							segmentColumn: options.segmentColumn,
							attribute: options.attribute
						})
					)
				).map((r) => ({ ...r, customers: Number(r.customers), revenue: Number(r.revenue) }))
			: null;
		return {
			asOf,
			segmentColumn: options.segmentColumn,
			attribute: options.attribute,
			bands,
			bandsSource: options.bands ? 'chosen' : 'suggested',
			rows,
			countries
		};
	},
	queries: {
		/** The columns of `customers` (name, type), for the segment and attribute pickers. */
		columns: (ctx) => ctx.engine.query(buildCustomerColumnsSql()),
		/** The customers of one segment × value square, as the last run drew the squares. */
		members: (ctx, _options, arg) => {
			const { segment, value, segmentColumn, attribute, bands } = arg as BreakdownMembersArg;
			return ctx.engine.query(
				buildBreakdownMembersSql({
					asOf: requireAsOf(ctx),
					segmentColumn,
					attribute,
					bands,
					segment,
					value
				})
			);
		}
	}
};
