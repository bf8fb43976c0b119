import {
	ruleOperatorsFor,
	RULE_MEASURES,
	type RuleAttributeType,
	type RuleMeasure,
	type RuleNode,
	type RuleOperator
} from '../../segments/rules';
import { listEntries } from './value-list';

/** A condition as the editor holds it: every field plain text or a choice, checked on compile. */
export interface DraftCondition {
	kind: 'condition';
	/** A measure name, `attr:` + an attribute column name, or `col:` + a column of customers. */
	subject: string;
	category: string;
	operator: RuleOperator;
	/** First and second value; for `in`, the first holds a comma-separated list. */
	values: [string, string];
	window: 'all' | 'last' | 'between';
	lastDays: number | null;
	from: string;
	to: string;
}

/** A group of conditions (and, in the top group, sub-groups). */
export interface DraftGroup {
	kind: 'group';
	combinator: 'and' | 'or';
	children: (DraftCondition | DraftGroup)[];
}

export const ATTRIBUTE_PREFIX = 'attr:';
export const COLUMN_PREFIX = 'col:';

/** How each attribute and column subject (`attr:…`, `col:…`) is compared. */
export function subjectTypes(
	attributes: readonly { name: string; type: RuleAttributeType }[],
	columns: readonly { name: string; type: RuleAttributeType }[]
): Map<string, RuleAttributeType> {
	return new Map([
		...attributes.map((c) => [ATTRIBUTE_PREFIX + c.name, c.type] as const),
		...columns.map((c) => [COLUMN_PREFIX + c.name, c.type] as const)
	]);
}

/** A fresh condition: revenue > (a value to type), all time. */
export function newCondition(): DraftCondition {
	return {
		kind: 'condition',
		subject: 'revenue',
		category: '',
		operator: '>',
		values: ['', ''],
		window: 'all',
		lastDays: 365,
		from: '',
		to: ''
	};
}

/** A fresh group holding one fresh condition. */
export function newGroup(): DraftGroup {
	return { kind: 'group', combinator: 'and', children: [newCondition()] };
}

/** Whether a subject is a measure (else an attribute). */
export function isMeasure(subject: string): subject is RuleMeasure {
	return (RULE_MEASURES as readonly string[]).includes(subject);
}

/** The type a subject is compared as (`types`: see subjectTypes). */
export function subjectType(
	subject: string,
	types: ReadonlyMap<string, RuleAttributeType>
): RuleAttributeType | 'measure' {
	if (isMeasure(subject)) return 'measure';
	return types.get(subject) ?? 'text';
}

/** The operators a subject accepts. */
export function operatorsOf(
	subject: string,
	types: ReadonlyMap<string, RuleAttributeType>
): readonly RuleOperator[] {
	return ruleOperatorsFor(subjectType(subject, types));
}

// Number inputs hand back numbers, or null when empty.
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function values(c: DraftCondition): string[] {
	if (c.operator === 'is_empty') return [];
	if (c.operator === 'between') return [text(c.values[0]), text(c.values[1])];
	if (c.operator === 'in') return listEntries(text(c.values[0]));
	return [text(c.values[0])];
}

/** The rule the draft describes (not yet checked: compiling it says what is wrong). */
export function toRule(
	node: DraftGroup | DraftCondition,
	types: ReadonlyMap<string, RuleAttributeType>
): RuleNode {
	if (node.kind === 'group') {
		return {
			kind: 'group',
			combinator: node.combinator,
			children: node.children.map((c) => toRule(c, types))
		};
	}
	if (isMeasure(node.subject)) {
		const window =
			node.window === 'last'
				? { lastDays: Number(node.lastDays) }
				: node.window === 'between'
					? { from: node.from, to: node.to }
					: undefined;
		return {
			kind: 'measure',
			measure: node.subject,
			...(node.subject === 'category_revenue' ? { category: node.category } : {}),
			operator: node.operator,
			values: values(node),
			...(window ? { window } : {})
		};
	}
	const type = types.get(node.subject) ?? 'text';
	if (node.subject.startsWith(COLUMN_PREFIX)) {
		const column = node.subject.slice(COLUMN_PREFIX.length);
		return { kind: 'column', column, type, operator: node.operator, values: values(node) };
	}
	const attribute = node.subject.slice(ATTRIBUTE_PREFIX.length);
	return { kind: 'attribute', attribute, type, operator: node.operator, values: values(node) };
}

/** The draft of a saved rule, to edit it; the top level is always a group. */
export function fromRule(rule: RuleNode): DraftGroup {
	const top =
		rule.kind === 'group'
			? rule
			: { kind: 'group' as const, combinator: 'and' as const, children: [rule] };
	return convert(top) as DraftGroup;
}

function convert(node: RuleNode): DraftGroup | DraftCondition {
	if (node.kind === 'group') {
		return { kind: 'group', combinator: node.combinator, children: node.children.map(convert) };
	}
	const c = newCondition();
	c.operator = node.operator;
	const texts = node.values.map(String);
	c.values = node.operator === 'in' ? [texts.join(', '), ''] : [texts[0] ?? '', texts[1] ?? ''];
	if (node.kind === 'attribute') {
		c.subject = ATTRIBUTE_PREFIX + node.attribute;
		return c;
	}
	if (node.kind === 'column') {
		c.subject = COLUMN_PREFIX + node.column;
		return c;
	}
	c.subject = node.measure;
	c.category = node.category ?? '';
	if (node.window && 'lastDays' in node.window) {
		c.window = 'last';
		c.lastDays = node.window.lastDays;
	} else if (node.window) {
		c.window = 'between';
		c.from = node.window.from;
		c.to = node.window.to;
	}
	return c;
}
