// The columns of `customers` a rule may put a condition on, besides measures and attributes:
// the core columns and those of the lenses above the rules cell. Which cell adds a column that
// is not there yet, so the editor can say what to add above.
import type { Engine } from '../../engine/database';
import type { RuleAttributeType } from '../../segments/rules';
import { customersSelectSql, type CustomerLens } from '../../segments/customers-view';
import { CLV_COLUMNS } from '../../segments/clv-lens';
import { CLUSTER_COLUMN } from '../../segments/cluster-features';
import { PERSONA_COLUMN } from '../../segments/persona-lens';
import { RULE_COLUMN_PREFIX } from '../../segments/rules-lens';
import { smallRows } from './rows';

/** A column rules compare, with its DuckDB type and how rules compare it. */
export interface RuleColumnInfo {
	name: string;
	sqlType: string;
	type: RuleAttributeType;
}

/** How a DuckDB column type is compared in a rule: numbers, days, or text. */
export function ruleTypeOf(sqlType: string): RuleAttributeType {
	const t = sqlType.toUpperCase();
	if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|REAL|DOUBLE|DECIMAL)/.test(t)) {
		return 'number';
	}
	if (t === 'DATE' || t.startsWith('TIMESTAMP')) return 'date';
	return 'text';
}

/** Columns a cell of another kind adds to `customers`, by the kind that adds them. */
export const CELL_COLUMNS: readonly { kind: string; columns: readonly string[] }[] = [
	{ kind: 'clv', columns: CLV_COLUMNS },
	{ kind: 'clusters', columns: [CLUSTER_COLUMN] },
	{ kind: 'personas', columns: [PERSONA_COLUMN] }
];

/** The kind of cell that adds `column` to `customers` (a rule column: `rules`), or null. */
export function columnProvider(column: string): string | null {
	if (column.startsWith(RULE_COLUMN_PREFIX)) return 'rules';
	return CELL_COLUMNS.find((c) => c.columns.includes(column))?.kind ?? null;
}

/** SELECT of customer_id and the core and lens columns of `lenses` (built), as rules read them. */
export function ruleColumnsSql(lenses: readonly CustomerLens[]): string {
	return customersSelectSql(lenses, { attributes: false });
}

/** The columns rules may read over `lenses`, in the view's order, customer_id left out. */
export async function ruleColumnsOver(
	engine: Engine,
	lenses: readonly CustomerLens[]
): Promise<RuleColumnInfo[]> {
	const rows = smallRows<{ column_name: string; column_type: string }>(
		await engine.query(`SELECT column_name, column_type FROM (DESCRIBE ${ruleColumnsSql(lenses)})`)
	);
	return rows
		.filter((r) => r.column_name !== 'customer_id')
		.map((r) => ({
			name: String(r.column_name),
			sqlType: String(r.column_type),
			type: ruleTypeOf(String(r.column_type))
		}));
}
