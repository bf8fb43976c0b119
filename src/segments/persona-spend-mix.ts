import { sqlValue } from '../sql/quote';
import { asOfDateSql, type AsOfOptions } from './as-of';
import { personaMembersCteSql } from './persona-profile';

/** What spend is split by: the order line's category or its sales channel. */
export type SpendMixBy = 'category' | 'channel';

/** Options of a segment's spend mix. */
export interface PersonaSpendMixOptions extends AsOfOptions {
	segmentColumn: string;
	by: SpendMixBy;
	/** How many values per segment, largest spend first. */
	top: number;
}

/**
 * SQL over `customers` and `transactions`: for each segment its `top` categories (or channels)
 * by spend before the as-of date, returns excluded — segment, value, revenue, share_of_spend
 * (of the segment's whole spend, lines without a value included), base_share (the same for
 * every customer with a segment), index_vs_base (share_of_spend ÷ base_share × 100) and rank
 * (1 = most spend; equal spend in name order). Lines without a value are never listed.
 */
export function buildPersonaSpendMixSql(opts: PersonaSpendMixOptions): string {
	if (opts.by !== 'category' && opts.by !== 'channel') throw new Error(`invalid by: ${opts.by}`);
	if (!Number.isInteger(opts.top) || opts.top < 1) throw new Error(`invalid top: ${opts.top}`);
	return `WITH ${personaMembersCteSql(opts.segmentColumn)}, pm_lines AS (
	SELECT m.segment, nullif(trim(CAST(t.${opts.by} AS VARCHAR)), '') AS value, t.amount
	FROM transactions t
	JOIN pp_members m ON m.customer_id = t.customer_id
	WHERE t.order_date < ${asOfDateSql(opts.asOf)} AND t.is_return IS NOT TRUE
), pm_cells AS (
	SELECT segment, value, sum(amount) AS revenue FROM pm_lines GROUP BY segment, value
), pm_shares AS (
	SELECT segment, value, revenue,
		revenue / sum(revenue) OVER (PARTITION BY segment) AS share_of_spend,
		sum(revenue) OVER (PARTITION BY value) / sum(revenue) OVER () AS base_share
	FROM pm_cells
), pm_ranked AS (
	SELECT *, share_of_spend / nullif(base_share, 0) * 100 AS index_vs_base,
		CAST(row_number() OVER (PARTITION BY segment ORDER BY revenue DESC, value) AS INTEGER)
			AS rank
	FROM pm_shares WHERE value IS NOT NULL
)
SELECT * FROM pm_ranked WHERE rank <= ${sqlValue(opts.top)}
ORDER BY segment, rank`;
}
