import type { CellKind, RunContext } from '../cell-kind';
import type { NamedRule, RuleNode } from '../../segments/rules';
import {
	buildRuleCountSql,
	buildRuleMembersSql,
	compileRule,
	compileRules
} from '../../segments/rules-compile';
import { planRuleColumns, ruleColumnsTaken } from '../../segments/rules-lens';
import { buildRuleMigrationSql, buildRuleMigrationSummarySql } from '../../segments/migration';
import { LENS_CORE_TABLE, type CustomerLens } from '../../segments/customers-view';
import { ruleAttributes, ruleColumns } from '../../segments/rule-subjects';
import { PARAM_INPUT } from '../document';
import { requireAsOf, smallRows } from './rows';
import { quoteIdent, quoteLiteral } from '../../sql/quote';
import {
	CELL_COLUMNS,
	columnProvider,
	ruleColumnsOver,
	ruleColumnsSql,
	ruleTypeOf,
	type RuleColumnInfo
} from './rule-columns';

export { ruleTypeOf } from './rule-columns';

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
	 * Columns of `customers` the rule reads that no cell above this one adds, each with the kind
	 * of cell that would add it (null: none does); empty when the rule can be evaluated.
	 */
	missingColumns: MissingColumn[];
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
export type RuleAttributeColumn = RuleColumnInfo;

/** A column a rule reads that is not in `customers` above the cell, and what would add it. */
export interface MissingColumn {
	column: string;
	kind: string | null;
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
export type RuleValuesArg = { column: string };
/** Values offered for a text column; more are typed. */
const MAX_VALUES = 100;

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

/** What keeps a saved rule from being evaluated on the data as loaded; nothing: null. */
interface RuleProblem {
	error: string;
	missingColumns: MissingColumn[];
}

function ruleProblem(
	rule: RuleNode,
	opts: { asOf: string; lenses: readonly CustomerLens[] },
	attributes: readonly string[],
	columns: readonly string[]
): RuleProblem | null {
	try {
		compileRule(rule, opts);
	} catch (error) {
		return { error: (error as Error).message, missingColumns: [] };
	}
	const missing = ruleAttributes(rule).filter((a) => !attributes.includes(a));
	if (missing.length) {
		const names = missing.map((m) => JSON.stringify(m)).join(', ');
		return { error: `customer_attributes has no column ${names}`, missingColumns: [] };
	}
	const absent = ruleColumns(rule).filter((c) => !columns.includes(c));
	if (absent.length === 0) return null;
	const names = absent.map((m) => JSON.stringify(m)).join(', ');
	return {
		error: `customers has no column ${names} above this cell`,
		missingColumns: absent.map((column) => ({ column, kind: columnProvider(column) }))
	};
}

/** The names of the columns the rules may read over `lenses`, read only when a rule needs them. */
async function columnNames(
	ctx: RunContext,
	rules: readonly NamedRule[],
	lenses: readonly CustomerLens[]
): Promise<string[]> {
	if (!rules.some((r) => ruleColumns(r.rule).length)) return [];
	return (await ruleColumnsOver(ctx.engine, lenses)).map((c) => c.name);
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

/** Every column of `customers` a rule in `rules` reads: cells that add one run before this. */
function columnsRead(rules: readonly NamedRule[] | undefined): string[] {
	return [...new Set((rules ?? []).flatMap((r) => ruleColumns(r.rule)))];
}

/** Dynamic segments: rules on measures, attributes and columns of `customers` above the cell. */
export const rulesKind: CellKind<RulesCellOptions, RulesCellResult> = {
	kind: RULES_KIND,
	label: 'Rule segments',
	description:
		'Dynamic segments from rules ("revenue in the last 365 days > 1000"), live counts, migration',
	defaultOptions: () => ({ rules: [] }),
	reads: (options, known) => [
		'transactions',
		'customer_attributes',
		'lens_core',
		PARAM_INPUT('asOf'),
		...columnsRead(options.rules).filter((c) => known.includes(c))
	],
	defines: () => [],
	// Layered: a rule reads the columns the cells above add (cluster, clv, persona, rules).
	lensesLast: true,
	async run(ctx, options) {
		const asOf = requireAsOf(ctx);
		const rules = options.rules ?? [];
		const plan = columnPlan(ctx, rules);
		const lenses = ctx.lensesAbove();
		const attributes = (await attributeColumns(ctx)).map((c) => c.name);
		const columns = await columnNames(ctx, rules, lenses);
		const segments: RuleSegmentRow[] = [];
		for (const [i, r] of rules.entries()) {
			const problem = ruleProblem(r.rule, { asOf, lenses }, attributes, columns);
			const row: RuleSegmentRow = {
				name: r.name,
				column: plan[i]!.column,
				columnTakenBy: plan[i]!.takenBy,
				rule: r.rule,
				members: 0,
				customers: 0,
				memberRevenue: 0,
				revenue: 0,
				error: problem?.error ?? null,
				missingColumns: problem?.missingColumns ?? []
			};
			if (!row.error) {
				// Spend as in `customers`.monetary: orders before the as-of date, returns excluded.
				const [counts] = smallRows<Record<string, unknown>>(
					await ctx.engine.query(`SELECT count(*) FILTER (WHERE r.member) AS members,
	count(*) AS customers,
	coalesce(sum(c.monetary) FILTER (WHERE r.member), 0) AS member_revenue,
	coalesce(sum(c.monetary), 0) AS revenue
FROM (${compileRule(r.rule, { asOf, lenses })}) r
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
		const opts = { asOf: ctx.asOf, lenses: ctx.earlierLenses };
		const attributes = (await attributeColumns(ctx)).map((c) => c.name);
		const columns = await columnNames(ctx, rules, ctx.earlierLenses);
		// A rule that cannot be evaluated (a column gone from a new file, a column no cell above
		// adds) or whose column name a cell above already has is left out, so that `customers`
		// and the other segments still build; the cell says why.
		const valid = rules
			.map((r, i) => ({ column: plan[i]!.column, rule: r.rule, takenBy: plan[i]!.takenBy }))
			.filter((r) => r.takenBy === null && ruleProblem(r.rule, opts, attributes, columns) === null);
		if (valid.length === 0) return [];
		return [{ name: rulesLensName(ctx.cellId), sql: compileRules(valid, opts) }];
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
		/**
		 * The columns of `customers` above the cell (name, sql_type, rule_type), then the columns
		 * other kinds of cell add that are not there (rule_type empty, needs: that kind).
		 */
		customerColumns: async (ctx) => {
			const have = await ruleColumnsOver(ctx.engine, ctx.lensesAbove());
			const names = new Set(have.map((c) => c.name));
			const rows = [
				...have.map((c) => [c.name, c.sqlType, c.type, '']),
				...CELL_COLUMNS.flatMap((p) =>
					p.columns.filter((c) => !names.has(c)).map((c) => [c, '', '', p.kind])
				)
			];
			return ctx.engine.query(
				`SELECT * FROM (VALUES ${rows
					.map((r) => `(${r.map(quoteLiteral).join(', ')})`)
					.join(', ')}) AS t(name, sql_type, rule_type, needs)`
			);
		},
		/** Up to 100 distinct values (as text) of a column of `customers` above the cell. */
		values: async (ctx, _options, arg) => {
			const { column } = arg as RuleValuesArg;
			const lenses = ctx.lensesAbove();
			const have = (await ruleColumnsOver(ctx.engine, lenses)).map((c) => c.name);
			if (!have.includes(column)) throw new Error(`invalid column: ${JSON.stringify(column)}`);
			const value = `CAST(s.${quoteIdent(column)} AS VARCHAR)`;
			return ctx.engine.query(`SELECT DISTINCT ${value} AS value
FROM (${ruleColumnsSql(lenses)}) s
WHERE ${value} IS NOT NULL AND trim(${value}) <> ''
ORDER BY 1
LIMIT ${MAX_VALUES}`);
		},
		/** Distinct categories bought (trimmed), for category_revenue conditions. */
		categories: (ctx) =>
			ctx.engine.query(`SELECT DISTINCT trim(category) AS category FROM transactions
WHERE category IS NOT NULL AND trim(category) <> '' ORDER BY 1 LIMIT 500`),
		/** members, customers: the live count of a rule being edited. */
		count: async (ctx, _options, arg) =>
			ctx.engine.query(
				buildRuleCountSql((arg as RuleCountArg).rule, {
					asOf: requireAsOf(ctx),
					lenses: ctx.lensesAbove()
				})
			),
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
	FROM (${buildRuleMembersSql(rule, { asOf, lenses: ctx.lensesAbove() })}) m
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
