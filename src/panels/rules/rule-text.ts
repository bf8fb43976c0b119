import type { RuleMeasure, RuleNode, RuleOperator, RuleWindow } from '../../segments/rules';
import { formatMoney } from '../../ui/format';

/** What each measure is, as the editor and the saved segments name it. */
export const MEASURE_LABELS: Record<RuleMeasure, string> = {
	revenue: 'revenue',
	orders: 'orders',
	days_since_last_order: 'days since last order',
	avg_order_value: 'average order value',
	discount_share: 'discount share',
	return_share: 'return share',
	category_revenue: 'revenue in category'
};

/** How each measure is computed (tooltips and the caption). */
export const MEASURE_HELP: Record<RuleMeasure, string> = {
	revenue: 'Sum of line amounts, returns excluded',
	orders: 'Distinct orders, returns excluded',
	days_since_last_order: 'Whole days from the last order (in the window) to the as-of date',
	avg_order_value: 'Revenue ÷ orders',
	discount_share: 'Share (0–1) of order lines with a discount > 0',
	return_share: 'Share (0–1) of all lines that are returns',
	category_revenue: 'Revenue on lines of the named category (trimmed), returns excluded'
};

/** Operators as shown in the editor and in words. */
export const OPERATOR_LABELS: Record<RuleOperator, string> = {
	'>': '>',
	'>=': '≥',
	'<': '<',
	'<=': '≤',
	'=': '=',
	'!=': '≠',
	between: 'between',
	in: 'is one of',
	contains: 'contains',
	is_empty: 'is empty'
};

const MONEY = new Set<RuleMeasure>(['revenue', 'avg_order_value', 'category_revenue']);

/** A measure's window in words: "in the last 365 days", "between 2024-01-01 and 2024-03-31". */
export function windowText(window: RuleWindow | undefined): string {
	if (!window) return 'all time';
	if ('lastDays' in window) return `in the last ${window.lastDays} days`;
	return `between ${window.from} and ${window.to}`;
}

function valuesText(
	operator: RuleOperator,
	values: readonly (string | number)[],
	show: (v: string | number) => string
): string {
	if (operator === 'is_empty') return '';
	if (operator === 'between') return ` ${show(values[0] ?? '')} and ${show(values[1] ?? '')}`;
	if (operator === 'in') return ` ${values.map(show).join(', ')}`;
	return ` ${show(values[0] ?? '')}`;
}

/** A rule in words, e.g. `revenue in the last 365 days > $1,000 and city = "Paris"`. */
export function ruleText(node: RuleNode, currency: string, nested = false): string {
	if (node.kind === 'group') {
		const parts = node.children.map((c) => ruleText(c, currency, true));
		const text = parts.join(node.combinator === 'and' ? ' and ' : ' or ');
		return nested && parts.length > 1 ? `(${text})` : text;
	}
	const op = OPERATOR_LABELS[node.operator] ?? node.operator;
	if (node.kind === 'attribute') {
		const show = (v: string | number) =>
			node.type === 'text' ? JSON.stringify(String(v)) : String(v);
		return `${node.attribute} ${op}${valuesText(node.operator, node.values, show)}`;
	}
	const money = MONEY.has(node.measure);
	const show = (v: string | number) =>
		money && Number.isFinite(Number(v)) && String(v).trim() !== ''
			? formatMoney(Number(v), currency)
			: String(v);
	const subject =
		node.measure === 'category_revenue'
			? `revenue in category ${JSON.stringify(node.category ?? '')}`
			: MEASURE_LABELS[node.measure];
	const window = node.window ? ` ${windowText(node.window)}` : '';
	return `${subject}${window} ${op}${valuesText(node.operator, node.values, show)}`;
}
