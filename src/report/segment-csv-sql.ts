import { quoteIdent, quoteLiteral } from '../sql/quote';
import { isNumericColumn, orderCustomerColumns, type ExportColumn } from './export-columns';

/** Most distinct values a column may have to be offered as a lens to pick a segment from. */
export const MAX_LENS_VALUES = 60;

// Columns an email tool wants beside the id: how to reach and address the person.
const CONTACT = /^(e[-_]?mail(_address)?|first_?name|last_?name|full_?name|name|phone|mobile)$/i;
// The labels every member list carries when `customers` has them.
const LABELS = [
	'rfm_segment',
	'value_tier',
	'lifecycle_stage',
	'cluster',
	'persona',
	'churn_risk',
	'clv'
];

/** Columns that may define a segment: text, truth values or whole numbers, never the id. */
export function lensCandidates(columns: readonly ExportColumn[]): ExportColumn[] {
	return columns.filter(
		(c) =>
			c.name !== 'customer_id' &&
			(/^(VARCHAR|BOOLEAN)\b/i.test(c.type) || (isNumericColumn(c) && /INT/i.test(c.type)))
	);
}

/** One row: the number of distinct values of each candidate, as `n0`, `n1`… in order. */
export function buildLensDistinctSql(table: string, candidates: readonly ExportColumn[]): string {
	if (candidates.length === 0) return 'SELECT 1 AS none';
	const counts = candidates.map((c, i) => `count(DISTINCT ${quoteIdent(c.name)}) AS n${i}`);
	return `SELECT ${counts.join(', ')} FROM ${quoteIdent(table)}`;
}

/** value (as text, NULL for none), customers: every value of one lens column, largest first. */
export function buildLensValuesSql(table: string, column: string): string {
	return `SELECT CAST(${quoteIdent(column)} AS VARCHAR) AS value, count(*) AS customers
FROM ${quoteIdent(table)}
GROUP BY 1
ORDER BY customers DESC, value NULLS LAST`;
}

/** The filter for the members of one value of a lens (`null`: customers without a value). */
export function segmentWhereSql(column: string, value: string | null): string {
	const id = quoteIdent(column);
	return value === null ? `${id} IS NULL` : `CAST(${id} AS VARCHAR) = ${quoteLiteral(value)}`;
}

/** The columns of a segment list: id, contact columns, the lens itself, then the labels. */
export function segmentColumns(columns: readonly ExportColumn[], lens: string): ExportColumn[] {
	const pick = (test: (c: ExportColumn) => boolean) => columns.filter(test);
	const chosen = [
		...pick((c) => c.name === 'customer_id'),
		...pick((c) => CONTACT.test(c.name)),
		...pick((c) => c.name === lens),
		...orderCustomerColumns(pick((c) => LABELS.includes(c.name)))
	];
	return chosen.filter((c, i) => chosen.indexOf(c) === i);
}
