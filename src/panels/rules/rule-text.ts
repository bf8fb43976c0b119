import type { RuleMeasure, RuleNode, RuleOperator, RuleWindow } from '../../segments/rules';
import { t } from '../../i18n/t';
import { formatDate, formatMoney, formatNumber } from '../../ui/format';

/** What a measure is called, as the editor and the saved segments name it. */
export function measureLabel(measure: RuleMeasure): string {
	return t(`rules.measure.${measure}`);
}

/** How a measure is computed (tooltips and the caption). */
export function measureHelp(measure: RuleMeasure): string {
	return t(`rules.help.${measure}`);
}

const SYMBOLS: Partial<Record<RuleOperator, string>> = {
	'>': '>',
	'>=': '≥',
	'<': '<',
	'<=': '≤',
	'=': '=',
	'!=': '≠'
};

/** An operator as shown in the editor and in words. */
export function operatorLabel(operator: RuleOperator): string {
	const symbol = SYMBOLS[operator];
	if (symbol) return symbol;
	return t(`rules.op.${operator as 'between' | 'in' | 'contains' | 'is_empty'}`);
}

const MONEY = new Set<RuleMeasure>(['revenue', 'avg_order_value', 'category_revenue']);

/** A measure's window in words: "in the last 365 days", "between 2024-01-01 and 2024-03-31". */
export function windowText(window: RuleWindow | undefined): string {
	if (!window) return t('rules.window.all');
	if ('lastDays' in window) return t('rules.window.last', { days: window.lastDays });
	return t('rules.window.between', { from: formatDate(window.from), to: formatDate(window.to) });
}

function valuesText(
	operator: RuleOperator,
	values: readonly (string | number)[],
	show: (v: string | number) => string
): string {
	if (operator === 'is_empty') return '';
	if (operator === 'between')
		return ` ${show(values[0] ?? '')}${t('rules.text.and')}${show(values[1] ?? '')}`;
	if (operator === 'in') return ` ${values.map(show).join(', ')}`;
	return ` ${show(values[0] ?? '')}`;
}

/** A rule in words, e.g. `revenue in the last 365 days > $1,000 and city = "Paris"`. */
export function ruleText(node: RuleNode, currency: string, nested = false): string {
	if (node.kind === 'group') {
		const parts = node.children.map((c) => ruleText(c, currency, true));
		const text = parts.join(t(node.combinator === 'and' ? 'rules.text.and' : 'rules.text.or'));
		return nested && parts.length > 1 ? `(${text})` : text;
	}
	const op = operatorLabel(node.operator);
	if (node.kind === 'attribute' || node.kind === 'column') {
		const show = (v: string | number) =>
			node.type === 'text' ? JSON.stringify(String(v)) : String(v);
		const subject = node.kind === 'attribute' ? node.attribute : node.column;
		return `${subject} ${op}${valuesText(node.operator, node.values, show)}`;
	}
	const money = MONEY.has(node.measure);
	const show = (v: string | number) =>
		money && Number.isFinite(Number(v)) && String(v).trim() !== ''
			? formatMoney(Number(v), currency)
			: typeof v === 'number'
				? formatNumber(v, 2)
				: String(v);
	const subject =
		node.measure === 'category_revenue'
			? t('rules.text.category', { category: JSON.stringify(node.category ?? '') })
			: measureLabel(node.measure);
	const window = node.window ? ` ${windowText(node.window)}` : '';
	return `${subject}${window} ${op}${valuesText(node.operator, node.values, show)}`;
}
