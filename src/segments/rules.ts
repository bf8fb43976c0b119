// The typed model of a rule-based (dynamic) segment and its validation. Rules come from the
// editor and from saved notebooks, so every part is checked here before rules-compile.ts turns
// it into SQL.
import { quoteLiteral, sqlValue } from '../sql/quote';

/** Per-customer measures computed from the order lines before the as-of date. */
export const RULE_MEASURES = [
	'revenue',
	'orders',
	'days_since_last_order',
	'avg_order_value',
	'discount_share',
	'return_share',
	'category_revenue'
] as const;
export type RuleMeasure = (typeof RULE_MEASURES)[number];

/** Comparison operators: `between` is inclusive at both ends, `in` takes one value or more. */
export const RULE_OPERATORS = [
	'>',
	'>=',
	'<',
	'<=',
	'=',
	'!=',
	'between',
	'in',
	'contains',
	'is_empty'
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** How an attribute column is compared: as a number, a calendar day, or case-blind text. */
export type RuleAttributeType = 'number' | 'date' | 'text';

/** A value typed in the editor; numbers and ISO days may arrive as text. */
export type RuleValue = string | number;

/** A measure's time window: the last N days before the as-of date, or two days, both included. */
export type RuleWindow = { lastDays: number } | { from: string; to: string };

/** A condition on a per-customer measure; `category` names the category of category_revenue. */
export interface MeasureCondition {
	kind: 'measure';
	measure: RuleMeasure;
	category?: string;
	operator: RuleOperator;
	values: readonly RuleValue[];
	window?: RuleWindow;
}

/** A condition on a column of customer_attributes (any name; it is quoted). */
export interface AttributeCondition {
	kind: 'attribute';
	attribute: string;
	type: RuleAttributeType;
	operator: RuleOperator;
	values: readonly RuleValue[];
}

/**
 * A condition on a column of `customers` that the lenses above the rule add (rfm_segment,
 * lifecycle_stage, cluster, clv, another segment's rule column...); any name, it is quoted.
 */
export interface ColumnCondition {
	kind: 'column';
	column: string;
	type: RuleAttributeType;
	operator: RuleOperator;
	values: readonly RuleValue[];
}

export type RuleCondition = MeasureCondition | AttributeCondition | ColumnCondition;

/** Conditions and nested groups joined by AND or OR. */
export interface RuleGroup {
	kind: 'group';
	combinator: 'and' | 'or';
	children: readonly RuleNode[];
}

export type RuleNode = RuleGroup | RuleCondition;

/** A saved segment: its name (shown, and turned into a column name) and its rule. */
export interface NamedRule {
	name: string;
	rule: RuleNode;
}

/** Deepest nesting of groups accepted; deeper rules are surely not written by hand. */
export const MAX_RULE_DEPTH = 20;

const NUMBER_OPERATORS: readonly RuleOperator[] = RULE_OPERATORS.filter((o) => o !== 'contains');
const TEXT_OPERATORS: readonly RuleOperator[] = ['=', '!=', 'in', 'contains', 'is_empty'];

/** The operators a measure or an attribute of a type accepts, in RULE_OPERATORS order. */
export function ruleOperatorsFor(type: RuleAttributeType | 'measure'): readonly RuleOperator[] {
	return type === 'text' ? TEXT_OPERATORS : NUMBER_OPERATORS;
}

/** A condition checked and with its values as SQL literals, ready to compile. */
export interface CheckedCondition {
	/** The subject as named in messages: the measure or the attribute name. */
	subject: string;
	operator: RuleOperator;
	/** SQL literals, in order. */
	literals: string[];
	/** How the subject is compared: as a number, a DATE, or lower-cased trimmed text. */
	type: RuleAttributeType;
}

/** Checks the operator and values of a condition on `subject`; throws `invalid …` messages. */
export function checkComparison(
	subject: string,
	type: RuleAttributeType,
	operator: RuleOperator,
	values: readonly RuleValue[]
): CheckedCondition {
	if (!RULE_OPERATORS.includes(operator)) throw new Error(`invalid operator: ${String(operator)}`);
	if (!ruleOperatorsFor(type).includes(operator)) {
		throw new Error(`invalid operator for ${subject}: ${operator}`);
	}
	if (!Array.isArray(values)) throw new Error(`invalid values for ${subject}: not a list`);
	const wanted = operator === 'is_empty' ? 0 : operator === 'between' ? 2 : 1;
	const ok = operator === 'in' ? values.length >= 1 : values.length === wanted;
	if (!ok) {
		const needs = operator === 'in' ? 'at least 1' : String(wanted);
		throw new Error(
			`invalid values for ${subject}: ${operator} needs ${needs} value(s), got ${values.length}`
		);
	}
	const literals = values.map((v) => literalFor(subject, type, v));
	if (operator === 'between' && compareValues(type, values[0]!, values[1]!) > 0) {
		throw new Error(`invalid range for ${subject}: ${show(values[0])} is above ${show(values[1])}`);
	}
	return { subject, operator, literals, type };
}

function literalFor(subject: string, type: RuleAttributeType, value: RuleValue): string {
	if (type === 'number') return sqlValue(parseNumber(subject, value));
	if (type === 'date') return `DATE ${quoteLiteral(parseDay(`value for ${subject}`, value))}`;
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new Error(`invalid value for ${subject}: ${show(value)}`);
	}
	const text = String(value).trim().toLowerCase();
	// An empty text would match everything with contains; "is empty" says what is meant.
	if (text === '') throw new Error(`invalid value for ${subject}: ${show(value)}`);
	return quoteLiteral(text);
}

function compareValues(type: RuleAttributeType, a: RuleValue, b: RuleValue): number {
	if (type === 'number') return Number(a) - Number(b);
	const [x, y] = type === 'date' ? [String(a), String(b)] : [norm(a), norm(b)];
	return x < y ? -1 : x > y ? 1 : 0;
}

const norm = (v: RuleValue) => String(v).trim().toLowerCase();

/** A finite number from a number or a plain decimal text; throws `invalid value for …`. */
export function parseNumber(subject: string, value: RuleValue): number {
	const text = typeof value === 'string' ? value.trim() : null;
	// Number('') is 0 and Number('0x10') is 16: only plain decimals are accepted from text.
	const ok = text === null || /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);
	const n = typeof value === 'number' ? value : ok && text !== null ? Number(text) : NaN;
	if (!Number.isFinite(n)) throw new Error(`invalid value for ${subject}: ${show(value)}`);
	return n;
}

/** A real ISO calendar day (`yyyy-mm-dd`); throws `invalid <what>: "…"` otherwise. */
export function parseDay(what: string, value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
	// Date accepts 2024-02-30 (as 1 March); the round trip rejects it.
	if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
		throw new Error(`invalid ${what}: ${show(value)}`);
	}
	return text;
}

/** A value as shown in messages: text in double quotes, anything else as is. */
export function show(value: unknown): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
