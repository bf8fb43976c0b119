import type { CustomerLens } from './customers-view';
import { compileRule, compileRules, type RuleOptions } from './rules-compile';
import type { NamedRule } from './rules';

/** Every rule column starts with this, so it never takes the name of a core or lens column. */
export const RULE_COLUMN_PREFIX = 'rule_';
/** Longest column name made from a rule name (DuckDB has no limit; exports and eyes do). */
export const MAX_RULE_COLUMN_LENGTH = 63;

/**
 * The column name of each named rule, in order: `rule_` + the name lower-cased with every run of
 * characters other than letters and digits (any script) made one `_`; `rule_<n>` (its position,
 * from 1) when nothing is left; `_2`, `_3`... after names already taken.
 */
export function ruleColumnNames(names: readonly string[]): string[] {
	const taken = new Set<string>();
	return names.map((name, i) => {
		const slug = name
			.normalize('NFKC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '_')
			.replace(/^_+|_+$/g, '');
		const full = RULE_COLUMN_PREFIX + (slug || String(i + 1));
		// By code point, so that a letter outside the BMP is never cut in half.
		const base = [...full].slice(0, MAX_RULE_COLUMN_LENGTH).join('');
		let column = base;
		for (let n = 2; taken.has(column); n++) column = `${base}_${n}`;
		taken.add(column);
		return column;
	});
}

/**
 * The rule segments lens: one BOOLEAN column per named rule (named by ruleColumnNames, quoted),
 * true for its members, for everyone known on the as-of date. Throws for an invalid rule (its
 * name in the message) or when there is no rule: leave the lens out then.
 */
export function rulesLens(rules: readonly NamedRule[], opts: RuleOptions): CustomerLens {
	if (rules.length === 0) throw new Error('invalid rules: none to add');
	const columns = ruleColumnNames(rules.map((r) => r.name));
	// Check each rule alone first, so that the message says which segment is wrong.
	for (const r of rules) {
		try {
			compileRule(r.rule, opts);
		} catch (error) {
			throw new Error(`${(error as Error).message} (segment ${JSON.stringify(r.name)})`);
		}
	}
	const compiled = rules.map((r, i) => ({ column: columns[i]!, rule: r.rule }));
	return { name: 'rules', sql: compileRules(compiled, opts) };
}

/** A saved segment's column in `customers`, or the segment above that already has that name. */
export interface RuleColumnPlan {
	column: string;
	/** The name of the segment (in a rules cell above) whose column this is; null: it is ours. */
	takenBy: string | null;
}

/**
 * The columns that the saved segments of several rules cells use, first come first served:
 * column → segment name. `cells` lists each cell's segment names, in notebook order.
 */
export function ruleColumnsTaken(cells: readonly (readonly string[])[]): Map<string, string> {
	const taken = new Map<string, string>();
	for (const names of cells) {
		ruleColumnNames(names).forEach((column, i) => {
			if (!taken.has(column)) taken.set(column, names[i]!);
		});
	}
	return taken;
}

/**
 * The columns of one rules cell's segments (see ruleColumnNames), given the columns of the
 * rules cells above it (`ruleColumnsTaken`): a name already used stays with the segment above,
 * so `customers` never has two columns of one name, and this segment is left out of it.
 */
export function planRuleColumns(
	names: readonly string[],
	above: ReadonlyMap<string, string>
): RuleColumnPlan[] {
	return ruleColumnNames(names).map((column) => ({ column, takenBy: above.get(column) ?? null }));
}
