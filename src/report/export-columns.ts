import { RULE_COLUMN_PREFIX } from '../segments/rules-lens';
import { quoteIdent } from '../sql/quote';

/** A column of the table being exported, with DuckDB's name for its type. */
export interface ExportColumn {
	name: string;
	type: string;
}

/** The columns of `customers` an export lists first, in this order, when they exist. */
export const CUSTOMER_EXPORT_ORDER = [
	'customer_id',
	'recency_days',
	'frequency',
	'monetary',
	'r_score',
	'f_score',
	'm_score',
	'rfm_segment',
	'value_tier',
	'lifecycle_stage',
	'cluster',
	'p_alive',
	'expected_purchases',
	'clv',
	'churn_risk',
	'persona'
];

/** The listed columns in the order above, then every rule segment, then the rest as they come. */
export function orderCustomerColumns(columns: readonly ExportColumn[]): ExportColumn[] {
	const listed = CUSTOMER_EXPORT_ORDER.flatMap((name) => columns.filter((c) => c.name === name));
	const rules = columns.filter((c) => c.name.startsWith(RULE_COLUMN_PREFIX) && !listed.includes(c));
	const rest = columns.filter((c) => !listed.includes(c) && !rules.includes(c));
	return [...listed, ...rules, ...rest];
}

// Numbers, truth values, dates and times reach a spreadsheet as what they are: only text can
// carry a formula.
const TYPED =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|BOOLEAN|DATE|TIME|TIMESTAMP)\b/i;

/** Whether a column is written as text (and so may need neutralising) rather than as a value. */
export function isTextColumn(column: ExportColumn): boolean {
	return !TYPED.test(column.type.trim());
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|REAL|DOUBLE|DECIMAL)\b/i;

/** Whether a column holds numbers. */
export function isNumericColumn(column: ExportColumn): boolean {
	return NUMERIC.test(column.type.trim());
}

/**
 * column_name, data_type of a table or view, in column order. DESCRIBE, not the catalogue: for a
 * view whose SELECT repeats a name, the catalogue lists it twice while queries read the second
 * one as `<name>_1`, as DESCRIBE says.
 */
export function buildColumnsSql(table: string): string {
	return `SELECT column_name, column_type AS data_type FROM (DESCRIBE ${quoteIdent(table)})`;
}
