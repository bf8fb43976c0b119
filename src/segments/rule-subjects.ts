import type { RuleNode } from './rules';

/** The attribute names a rule reads, in the order written, each once. */
export function ruleAttributes(node: RuleNode): string[] {
	return [
		...new Set(conditions(node).flatMap((c) => (c.kind === 'attribute' ? [c.attribute] : [])))
	];
}

/** The columns of `customers` a rule reads through column conditions, in order, each once. */
export function ruleColumns(node: RuleNode): string[] {
	return [...new Set(conditions(node).flatMap((c) => (c.kind === 'column' ? [c.column] : [])))];
}

function conditions(node: RuleNode): Exclude<RuleNode, { kind: 'group' }>[] {
	return node.kind === 'group' ? node.children.flatMap(conditions) : [node];
}
