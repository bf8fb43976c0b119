import { quoteIdent, quoteLiteral, sqlValue } from '../sql/quote';
import { asOfDateSql, type AsOfOptions } from './as-of';
import { customersSelectSql, type CustomerLens } from './customers-view';
import {
	checkComparison,
	MAX_RULE_DEPTH,
	parseDay,
	RULE_MEASURES,
	show,
	type AttributeCondition,
	type CheckedCondition,
	type ColumnCondition,
	type MeasureCondition,
	type RuleNode,
	type RuleWindow
} from './rules';

/** Options of the rule builders. */
export interface RuleOptions extends AsOfOptions {
	/**
	 * The lenses (already built as tables) whose columns column conditions may read, besides
	 * the core columns of lens_core: those of the cells above the rule. None by default.
	 */
	lenses?: readonly CustomerLens[];
}

/** A rule to compile and the name of the boolean column that holds it. */
export interface RuleColumn {
	column: string;
	rule: RuleNode;
}

// Measures that are 0, not empty, for someone without a matching order line.
const ZERO_WHEN_NONE = new Set(['revenue', 'orders', 'category_revenue']);

/**
 * Turns rules into one query over the canonical views: every distinct measure (measure, window,
 * category) becomes one aggregate of a single pass over the order lines before the as-of date.
 */
class RuleCompiler {
	readonly #asOf: string;
	readonly #aggregates = new Map<string, string>(); // aggregate SQL → alias
	readonly #lenses: readonly CustomerLens[];
	#attributes = false;
	#columns = false;

	constructor(opts: RuleOptions) {
		this.#asOf = asOfDateSql(opts.asOf);
		this.#lenses = opts.lenses ?? [];
	}

	/** The rule as a SQL boolean over `m` (measures), `a` (attributes), `s` (columns); never NULL. */
	node(node: RuleNode, depth = 0): string {
		if (depth > MAX_RULE_DEPTH) {
			throw new Error(`invalid rule: groups nested deeper than ${MAX_RULE_DEPTH}`);
		}
		if (node === null || typeof node !== 'object') throw new Error(`invalid rule: ${show(node)}`);
		if (node.kind === 'group') {
			if (node.combinator !== 'and' && node.combinator !== 'or') {
				throw new Error(`invalid combinator: ${show(node.combinator)}`);
			}
			if (!Array.isArray(node.children) || node.children.length === 0) {
				throw new Error('invalid rule: empty group');
			}
			const parts = node.children.map((c) => this.node(c, depth + 1));
			return parts.length === 1
				? parts[0]!
				: `(${parts.join(node.combinator === 'and' ? ' AND ' : ' OR ')})`;
		}
		if (node.kind === 'measure') return this.#measure(node);
		if (node.kind === 'attribute') return this.#attribute(node);
		if (node.kind === 'column') return this.#column(node);
		throw new Error(`invalid rule node: ${show((node as { kind: unknown }).kind)}`);
	}

	#measure(c: MeasureCondition): string {
		if (!RULE_MEASURES.includes(c.measure)) throw new Error(`invalid measure: ${show(c.measure)}`);
		const checked = checkComparison(c.measure, 'number', c.operator, c.values);
		const within = this.#window(c.measure, c.window);
		const sale = `is_return IS NOT TRUE${within}`;
		let aggregate: string;
		switch (c.measure) {
			case 'revenue':
				aggregate = `sum(amount) FILTER (WHERE ${sale})`;
				break;
			case 'orders':
				aggregate = `count(DISTINCT order_id) FILTER (WHERE ${sale})`;
				break;
			case 'days_since_last_order':
				aggregate = `date_diff('day', max(order_date) FILTER (WHERE ${sale}), ${this.#asOf})`;
				break;
			case 'avg_order_value':
				aggregate = `sum(amount) FILTER (WHERE ${sale}) /
		nullif(count(DISTINCT order_id) FILTER (WHERE ${sale}), 0)`;
				break;
			case 'discount_share':
				aggregate = `count(*) FILTER (WHERE ${sale} AND discount > 0) /
		nullif(count(*) FILTER (WHERE ${sale}), 0)`;
				break;
			case 'return_share':
				// Of all lines: exports either flag the sold line itself or add a return line.
				aggregate = `count(*) FILTER (WHERE is_return${within}) /
		nullif(count(*) FILTER (WHERE true${within}), 0)`;
				break;
			case 'category_revenue': {
				const category = typeof c.category === 'string' ? c.category : '';
				if (category.trim() === '') {
					throw new Error(`invalid category for category_revenue: ${show(c.category)}`);
				}
				// Trimmed on both sides, as the affinity lens reads categories.
				const name = quoteLiteral(category.trim());
				aggregate = `sum(amount) FILTER (WHERE ${sale} AND trim(category) = ${name})`;
				break;
			}
		}
		let alias = this.#aggregates.get(aggregate);
		if (alias === undefined) {
			alias = `m${this.#aggregates.size}`;
			this.#aggregates.set(aggregate, alias);
		}
		const value = ZERO_WHEN_NONE.has(c.measure) ? `coalesce(m.${alias}, 0)` : `m.${alias}`;
		return comparisonSql(value, checked);
	}

	#window(subject: string, window: RuleWindow | undefined): string {
		if (window === undefined) return '';
		if (window !== null && typeof window === 'object' && 'lastDays' in window) {
			const n = window.lastDays;
			if (!Number.isInteger(n) || n < 1) {
				throw new Error(`invalid window for ${subject}: last ${show(n)} days`);
			}
			// An order exactly N days before the as-of date is in the window.
			return ` AND order_date >= ${this.#asOf} - ${sqlValue(n)}`;
		}
		if (window !== null && typeof window === 'object' && 'from' in window && 'to' in window) {
			const from = parseDay(`window start for ${subject}`, window.from);
			const to = parseDay(`window end for ${subject}`, window.to);
			if (from > to) throw new Error(`invalid window for ${subject}: ${from} is after ${to}`);
			return ` AND order_date BETWEEN DATE ${quoteLiteral(from)} AND DATE ${quoteLiteral(to)}`;
		}
		throw new Error(`invalid window for ${subject}: ${show(JSON.stringify(window))}`);
	}

	#attribute(c: AttributeCondition): string {
		const sql = storedValueTest('attribute', c.attribute, c);
		this.#attributes = true;
		return sql('a');
	}

	#column(c: ColumnCondition): string {
		const sql = storedValueTest('column', c.column, c);
		this.#columns = true;
		return sql('s');
	}

	/** SELECT customer_id and the given boolean columns for everyone known on the as-of date. */
	query(columns: { name: string; sql: string }[]): string {
		const ctes = [
			`rule_people AS (
	SELECT customer_id FROM customer_attributes WHERE customer_id IS NOT NULL
	UNION
	SELECT customer_id FROM transactions
	WHERE order_date < ${this.#asOf} AND is_return IS NOT TRUE AND customer_id IS NOT NULL
)`
		];
		const joins: string[] = [];
		if (this.#aggregates.size) {
			const aggregates = [...this.#aggregates].map(([sql, alias]) => `,\n\t\t${sql} AS ${alias}`);
			ctes.push(`rule_measures AS (
	SELECT customer_id${aggregates.join('')}
	FROM transactions
	WHERE order_date < ${this.#asOf} AND customer_id IS NOT NULL
	GROUP BY customer_id
)`);
			joins.push('LEFT JOIN rule_measures m ON m.customer_id = p.customer_id');
		}
		if (this.#attributes) {
			// One row per customer, as in the customers view.
			ctes.push(`rule_attributes AS (
	SELECT * FROM customer_attributes
	WHERE customer_id IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY customer_id) = 1
)`);
			joins.push('LEFT JOIN rule_attributes a ON a.customer_id = p.customer_id');
		}
		if (this.#columns) {
			// The core and lens columns as `customers` has them, built from the lens tables: the
			// view itself joins this rule's own lens.
			ctes.push(`rule_columns AS (
${customersSelectSql(this.#lenses, { attributes: false })}
)`);
			joins.push('LEFT JOIN rule_columns s ON s.customer_id = p.customer_id');
		}
		const select = columns.map((c) => `,\n\t${c.sql} AS ${quoteIdent(c.name)}`).join('');
		return `WITH ${ctes.join(', ')}
SELECT p.customer_id${select}
FROM rule_people p${joins.map((j) => `\n${j}`).join('')}`;
	}
}

/**
 * Checks a condition on a stored value (an attribute, a column of `customers`) and returns its
 * SQL test over the table alias given later; the name is quoted, never pasted.
 */
function storedValueTest(
	what: 'attribute' | 'column',
	name: string,
	c: AttributeCondition | ColumnCondition
): (alias: string) => string {
	if (typeof name !== 'string' || name === '') throw new Error(`invalid ${what}: ${show(name)}`);
	if (c.type !== 'number' && c.type !== 'date' && c.type !== 'text') {
		throw new Error(`invalid ${what} type for ${name}: ${show(c.type)}`);
	}
	if ((c as { window?: unknown }).window !== undefined) {
		throw new Error(`invalid window for ${name}: ${what}s have no time window`);
	}
	const checked = checkComparison(name, c.type, c.operator, c.values);
	return (alias) => {
		const column = `${alias}.${quoteIdent(name)}`;
		if (c.type === 'text' && c.operator === 'is_empty') {
			return `(${column} IS NULL OR trim(CAST(${column} AS VARCHAR)) = '')`;
		}
		const value =
			c.type === 'number'
				? `TRY_CAST(${column} AS DOUBLE)`
				: c.type === 'date'
					? `TRY_CAST(${column} AS DATE)`
					: `lower(trim(CAST(${column} AS VARCHAR)))`;
		return comparisonSql(value, checked);
	};
}

function comparisonSql(value: string, c: CheckedCondition): string {
	const [first, second] = c.literals;
	let test: string;
	switch (c.operator) {
		case 'between':
			test = `${value} BETWEEN ${first} AND ${second}`;
			break;
		case 'in':
			test = `${value} IN (${c.literals.join(', ')})`;
			break;
		case 'contains':
			test = `contains(${value}, ${first})`;
			break;
		case 'is_empty':
			test = `${value} IS NULL`;
			break;
		case '!=':
			// "city ≠ Paris" keeps people without a city: an empty value differs from Paris.
			test = `${value} IS DISTINCT FROM ${first}`;
			break;
		default:
			test = `${value} ${c.operator} ${first}`;
	}
	// A comparison with an empty value is false, never NULL.
	return `coalesce(${test}, false)`;
}

/**
 * SQL giving one row per customer known on the as-of date (customer file ∪ buyers):
 * customer_id, member (BOOLEAN, never NULL). Throws `invalid …` errors for an invalid rule.
 */
export function compileRule(rule: RuleNode, opts: RuleOptions): string {
	const compiler = new RuleCompiler(opts);
	const member = compiler.node(rule);
	return compiler.query([{ name: 'member', sql: member }]);
}

/** As compileRule, with one boolean column per rule, named as given (quoted). */
export function compileRules(rules: readonly RuleColumn[], opts: RuleOptions): string {
	const compiler = new RuleCompiler(opts);
	const columns = rules.map((r) => ({ name: r.column, sql: compiler.node(r.rule) }));
	return compiler.query(columns);
}

/** SQL giving one row: members (customers matching the rule) and customers (everyone known). */
export function buildRuleCountSql(rule: RuleNode, opts: RuleOptions): string {
	return `SELECT count(*) FILTER (WHERE member) AS members, count(*) AS customers
FROM (${compileRule(rule, opts)})`;
}

/** SQL giving the customer_id of every member of the rule, in id order. */
export function buildRuleMembersSql(rule: RuleNode, opts: RuleOptions): string {
	return `SELECT customer_id FROM (${compileRule(rule, opts)})
WHERE member
ORDER BY customer_id`;
}
