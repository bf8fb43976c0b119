import type { CellKind, RunContext } from '../cell-kind';
import type { NamedRule, RuleAttributeType, RuleNode } from '../../segments/rules';
import {
	buildRuleCountSql,
	buildRuleMembersSql,
	compileRule,
	compileRules
} from '../../segments/rules-compile';
import { planRuleColumns, ruleColumnsTaken } from '../../segments/rules-lens';
import { buildRuleMigrationSql, buildRuleMigrationSummarySql } from '../../segments/migration';
import { LENS_CORE_TABLE } from '../../segments/customers-view';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { quoteIdent, quoteLiteral } from '../../sql/quote';

/** Options of the rules cell: the saved (named) segments, each a column of `customers`. */
export interface RulesCellOptions {
	rules: NamedRule[];
}

/** One saved segment on the as-of date; `error` when its rule cannot be evaluated. */
export interface RuleSegmentRow {
	name: string;
	/** Its BOOLEAN column in `customers`. */
	column: string;
	rule: RuleNode;
	members: number;
	/** Everyone known on the as-of date (customer file ∪ buyers). */
	customers: number;
	/** Spend before the as-of date (returns excluded) of the members, and of everyone. */
	memberRevenue: number;
	revenue: number;
	error: string | null;
	/**
	 * The segment of a rules cell above whose column has the same name: this one is counted here
	 * but is not a column of `customers` until it is renamed. Null: it is a column.
	 */
	columnTakenBy: string | null;
}

/** The rules cell's result. */
export interface RulesCellResult {
	asOf: string;
	segments: RuleSegmentRow[];
}

/** An attribute column of customer_attributes and how rules compare it. */
export interface RuleAttributeColumn {
	name: string;
	sqlType: string;
	type: RuleAttributeType;
}

/** Arguments of the follow-up queries. */
export type RuleCountArg = { rule: RuleNode };
export type RuleMembersArg = {
	rule: RuleNode;
	/** A column of the list to order by instead of largest spend first. */
	sort?: { column: string; descending: boolean } | null;
};

const MEMBER_COLUMNS = ['customer_id', 'orders', 'revenue', 'last_order_date', 'recency_days'];
export type RuleMigrationArg = { rule: RuleNode; previousAsOf: string };

/** How a DuckDB column type is compared in a rule: numbers, days, or text. */
export function ruleTypeOf(sqlType: string): RuleAttributeType {
	const t = sqlType.toUpperCase();
	if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|REAL|DOUBLE|DECIMAL)/.test(t)) {
		return 'number';
	}
	if (t === 'DATE' || t.startsWith('TIMESTAMP')) return 'date';
	return 'text';
}

const COLUMNS_SQL = `SELECT column_name, data_type FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = 'customer_attributes' AND column_name <> 'customer_id'
ORDER BY ordinal_position`;

async function attributeColumns(ctx: RunContext): Promise<RuleAttributeColumn[]> {
	const rows = smallRows<{ column_name: string; data_type: string }>(
		await ctx.engine.query(COLUMNS_SQL)
	);
	return rows.map((r) => ({
		name: String(r.column_name),
		sqlType: String(r.data_type),
		type: ruleTypeOf(String(r.data_type))
	}));
}

/** Attribute names a rule reads. */
function attributesOf(node: RuleNode): string[] {
	if (node.kind === 'group') return node.children.flatMap(attributesOf);
	return node.kind === 'attribute' ? [node.attribute] : [];
}

/** Why a saved rule cannot be evaluated on the data as loaded, or null. */
function ruleProblem(rule: RuleNode, asOf: string, columns: readonly string[]): string | null {
	try {
		compileRule(rule, { asOf });
	} catch (error) {
		return (error as Error).message;
	}
	const missing = attributesOf(rule).filter((a) => !columns.includes(a));
	return missing.length
		? `customer_attributes has no column ${missing.map((m) => JSON.stringify(m)).join(', ')}`
		: null;
}

const RULES_KIND = 'rules';

/** The lens of one rules cell: one per cell, so that every rules cell adds its columns. */
export function rulesLensName(cellId: string): string {
	return `rules_${cellId.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
}

/** Each saved segment's column, left out where a rules cell above already has that name. */
function columnPlan(ctx: RunContext, rules: readonly NamedRule[]) {
	const above = ctx
		.cellsAbove()
		.filter((c) => c.kind === RULES_KIND)
		.map((c) => ((c.options as Partial<RulesCellOptions>).rules ?? []).map((r) => r.name));
	return planRuleColumns(
		rules.map((r) => r.name),
		ruleColumnsTaken(above)
	);
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** Dynamic segments: rules on measures and attributes, each saved one a column of `customers`. */
export const rulesKind: CellKind<RulesCellOptions, RulesCellResult> = {
	kind: RULES_KIND,
	label: 'Rule segments',
	description:
		'Dynamic segments from rules ("revenue in the last 365 days > 1000"), live counts, migration',
	defaultOptions: () => ({ rules: [] }),
	reads: () => ['transactions', 'customer_attributes', 'lens_core', PARAM_INPUT('asOf')],
	defines: () => [],
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const rules = options.rules ?? [];
		const plan = columnPlan(ctx, rules);
		const known = (await attributeColumns(ctx)).map((c) => c.name);
		const segments: RuleSegmentRow[] = [];
		for (const [i, r] of rules.entries()) {
			const row: RuleSegmentRow = {
				name: r.name,
				column: plan[i]!.column,
				columnTakenBy: plan[i]!.takenBy,
				rule: r.rule,
				members: 0,
				customers: 0,
				memberRevenue: 0,
				revenue: 0,
				error: ruleProblem(r.rule, asOf, known)
			};
			if (!row.error) {
				// Spend as in `customers`.monetary: orders before the as-of date, returns excluded.
				const [counts] = smallRows<Record<string, unknown>>(
					await ctx.engine.query(`SELECT count(*) FILTER (WHERE r.member) AS members,
	count(*) AS customers,
	coalesce(sum(c.monetary) FILTER (WHERE r.member), 0) AS member_revenue,
	coalesce(sum(c.monetary), 0) AS revenue
FROM (${compileRule(r.rule, { asOf })}) r
LEFT JOIN ${LENS_CORE_TABLE} c ON c.customer_id = r.customer_id`)
				);
				row.members = num(counts?.['members']);
				row.customers = num(counts?.['customers']);
				row.memberRevenue = num(counts?.['member_revenue']);
				row.revenue = num(counts?.['revenue']);
			}
			segments.push(row);
		}
		return { asOf, segments };
	},
	async lenses(ctx, options) {
		const rules = options.rules ?? [];
		if (rules.length === 0) return [];
		const plan = columnPlan(ctx, rules);
		const known = (await attributeColumns(ctx)).map((c) => c.name);
		// A rule that cannot be evaluated (a column gone from a new file) or whose column name a
		// cell above already has is left out, so that `customers` and the other segments still
		// build; the cell says why.
		const valid = rules
			.map((r, i) => ({ column: plan[i]!.column, rule: r.rule, takenBy: plan[i]!.takenBy }))
			.filter((r) => r.takenBy === null && ruleProblem(r.rule, ctx.asOf, known) === null);
		if (valid.length === 0) return [];
		return [{ name: rulesLensName(ctx.cellId), sql: compileRules(valid, { asOf: ctx.asOf }) }];
	},
	queries: {
		/** The attribute columns of customer_attributes with their types. */
		columns: async (ctx) => {
			const cols = await attributeColumns(ctx);
			const values = cols.length
				? cols
						.map((c) => `(${[c.name, c.sqlType, c.type].map(quoteLiteral).join(', ')})`)
						.join(', ')
				: null;
			return ctx.engine.query(
				values
					? `SELECT * FROM (VALUES ${values}) AS t(name, sql_type, rule_type)`
					: `SELECT ''::VARCHAR AS name, ''::VARCHAR AS sql_type, ''::VARCHAR AS rule_type LIMIT 0`
			);
		},
		/** Distinct categories bought (trimmed), for category_revenue conditions. */
		categories: (ctx) =>
			ctx.engine.query(`SELECT DISTINCT trim(category) AS category FROM transactions
WHERE category IS NOT NULL AND trim(category) <> '' ORDER BY 1 LIMIT 500`),
		/** members, customers: the live count of a rule being edited. */
		count: async (ctx, _options, arg) =>
			ctx.engine.query(buildRuleCountSql((arg as RuleCountArg).rule, { asOf: requireAsOf(ctx) })),
		/** The members of a rule with their orders and spend, largest spend first. */
		members: async (ctx, _options, arg) => {
			const asOf = requireAsOf(ctx);
			const { rule, sort } = arg as RuleMembersArg;
			if (sort && !MEMBER_COLUMNS.includes(sort.column)) {
				throw new Error(`invalid sort column: ${sort.column}`);
			}
			const order = sort
				? `${quoteIdent(sort.column)} ${sort.descending ? 'DESC' : 'ASC'} NULLS LAST, customer_id`
				: 'revenue DESC, customer_id';
			return ctx.engine.query(`SELECT * FROM (
	SELECT m.customer_id, coalesce(c.frequency, 0) AS orders,
		round(coalesce(c.monetary, 0), 2) AS revenue, c.last_order_date, c.recency_days
	FROM (${buildRuleMembersSql(rule, { asOf })}) m
	LEFT JOIN ${LENS_CORE_TABLE} c ON c.customer_id = m.customer_id
)
ORDER BY ${order}`);
		},
		/** change, customers, previous_members, members: entered / left / stayed. */
		migrationSummary: async (ctx, _options, arg) => {
			const { rule, previousAsOf } = arg as RuleMigrationArg;
			return ctx.engine.query(
				buildRuleMigrationSummarySql(rule, { asOf: requireAsOf(ctx), previousAsOf })
			);
		},
		/** One row per member on either date with its change. */
		migration: async (ctx, _options, arg) => {
			const { rule, previousAsOf } = arg as RuleMigrationArg;
			return ctx.engine.query(
				buildRuleMigrationSql(rule, { asOf: requireAsOf(ctx), previousAsOf })
			);
		}
	}
};
