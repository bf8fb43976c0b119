import { quoteLiteral } from '../sql/quote';
import { asOfDateSql } from './as-of';
import { compileRule, type RuleOptions } from './rules-compile';
import type { RuleNode } from './rules';
import { ruleColumns } from './rule-subjects';

/** Options of the migration view: the rule is evaluated on previousAsOf and on asOf. */
export interface MigrationOptions extends RuleOptions {
	/** The earlier as-of date (ISO), strictly before asOf. */
	previousAsOf: string;
}

/** What happened to a customer between the two dates, in the order the summary lists them. */
export const MIGRATION_CHANGES = ['entered', 'left', 'stayed'] as const;
export type MigrationChange = (typeof MIGRATION_CHANGES)[number];

function migrationCteSql(rule: RuleNode, opts: MigrationOptions): string {
	asOfDateSql(opts.asOf);
	try {
		asOfDateSql(opts.previousAsOf);
	} catch {
		throw new Error(`invalid previousAsOf: ${opts.previousAsOf}`);
	}
	// Real ISO days compare as text.
	if (!(opts.previousAsOf < opts.asOf)) {
		throw new Error(`invalid previousAsOf: ${opts.previousAsOf} is not before ${opts.asOf}`);
	}
	// The lens tables hold the columns on the as-of date only: on an earlier date they would
	// give today's labels, so a segment could not be seen to enter or leave.
	const columns = ruleColumns(rule);
	if (columns.length) {
		throw new Error(
			`invalid rule for migration: ${columns.map((c) => JSON.stringify(c)).join(', ')} ` +
				'is a column of customers on the as-of date only'
		);
	}
	const before = compileRule(rule, { ...opts, asOf: opts.previousAsOf });
	const after = compileRule(rule, opts);
	return `migration AS (
	SELECT customer_id,
		was_member,
		is_member,
		CASE
			WHEN is_member AND NOT was_member THEN 'entered'
			WHEN was_member AND NOT is_member THEN 'left'
			ELSE 'stayed'
		END AS change
	FROM (
		SELECT coalesce(a.customer_id, b.customer_id) AS customer_id,
			coalesce(b.member, false) AS was_member,
			coalesce(a.member, false) AS is_member
		FROM (${before}) b
		FULL JOIN (${after}) a ON a.customer_id = b.customer_id
	)
	WHERE was_member OR is_member
)`;
}

const changeOrder = `CASE change ${MIGRATION_CHANGES.map((c, i) => `WHEN ${quoteLiteral(c)} THEN ${i + 1}`).join(' ')} END`;

/**
 * SQL giving one row per customer who is a member on either date: customer_id, was_member (on
 * previousAsOf), is_member (on asOf), change ('entered' | 'left' | 'stayed'). Ordered by change
 * in MIGRATION_CHANGES order, then customer_id.
 */
export function buildRuleMigrationSql(rule: RuleNode, opts: MigrationOptions): string {
	return `WITH ${migrationCteSql(rule, opts)}
SELECT * FROM migration
ORDER BY ${changeOrder}, customer_id`;
}

/**
 * SQL giving the three changes in MIGRATION_CHANGES order, empty ones included: change,
 * customers; every row also carries previous_members and members (the counts on each date).
 */
export function buildRuleMigrationSummarySql(rule: RuleNode, opts: MigrationOptions): string {
	const changes = MIGRATION_CHANGES.map((c, i) => `(${quoteLiteral(c)}, ${i + 1})`).join(', ');
	return `WITH ${migrationCteSql(rule, opts)}, totals AS (
	SELECT count(*) FILTER (WHERE was_member) AS previous_members,
		count(*) FILTER (WHERE is_member) AS members
	FROM migration
)
SELECT c.change, count(m.customer_id) AS customers, t.previous_members, t.members
FROM (VALUES ${changes}) AS c(change, change_order)
CROSS JOIN totals t
LEFT JOIN migration m ON m.change = c.change
GROUP BY c.change, c.change_order, t.previous_members, t.members
ORDER BY c.change_order`;
}
