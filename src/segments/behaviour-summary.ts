import { quoteLiteral } from '../sql/quote';
import { behaviourAvailability } from './behaviour-available';
import { behaviourCtesSql, BEHAVIOUR_GROUPS, type BehaviourOptions } from './behaviour';
import { JOURNEY_STAGES } from './behaviour-online';

// The flag column of each feature that has one.
const FLAGS = {
	complainer: 'is_complainer',
	returner: 'is_returner',
	discount_seeker: 'is_discount_seeker',
	impulse_buyer: 'is_impulse_buyer',
	full_price_buyer: 'is_full_price_buyer',
	site_visitor: 'is_site_visitor',
	email_responder: 'is_email_responder',
	social_engager: 'is_social_engager'
} as const;

/**
 * SQL giving the behaviour panel's table, one row per dimension and value: dimension
 * ('behaviour_group' | 'journey_stage' | 'preferred_channel' | 'flag'), value (a group, a
 * stage, a channel, or a flag column such as is_returner), value_order, customers, customer_share
 * and revenue (the customers' spend before the as-of date). Groups, stages and flags are listed
 * even when empty, channels as found (most customers first). customer_share is of everyone
 * known for flags and of those with a value for the other dimensions (groups: buyers). Only
 * computable features appear. Ordered by dimension as listed, then value_order.
 */
export function buildBehaviourSummarySql(opts: BehaviourOptions): string {
	const can = new Set(behaviourAvailability(opts.available).computable);
	const groups = BEHAVIOUR_GROUPS.filter((g) => g === 'other' || can.has(g));
	const fixed: [string, string, number][] = groups.map((g, i) => ['behaviour_group', g, i + 1]);
	if (can.has('journey_stage')) {
		JOURNEY_STAGES.forEach((stage, i) => fixed.push(['journey_stage', stage, i + 1]));
	}
	const flags = Object.entries(FLAGS).filter(([feature]) => can.has(feature as keyof typeof FLAGS));
	flags.forEach(([, column], i) => fixed.push(['flag', column, i + 1]));
	const lit = quoteLiteral;
	const members = [
		`SELECT 'behaviour_group' AS dimension, behaviour_group AS value, customer_id, revenue
		FROM behaviour WHERE behaviour_group IS NOT NULL`,
		...(can.has('journey_stage')
			? [
					`SELECT 'journey_stage', journey_stage, customer_id, revenue
		FROM behaviour WHERE journey_stage IS NOT NULL`
				]
			: []),
		...(can.has('preferred_channel')
			? [
					`SELECT 'preferred_channel', preferred_channel, customer_id, revenue
		FROM behaviour WHERE preferred_channel IS NOT NULL`
				]
			: []),
		...flags.map(
			([, column]) =>
				`SELECT 'flag', ${lit(column)}, customer_id, revenue FROM behaviour WHERE ${column}`
		)
	];
	const values = fixed.map(([d, v, i]) => `(${lit(d)}, ${lit(v)}, ${i})`).join(', ');
	const dimensionOrder = `CASE dimension WHEN 'behaviour_group' THEN 1 WHEN 'journey_stage' THEN 2
		WHEN 'preferred_channel' THEN 3 ELSE 4 END`;
	return `WITH ${behaviourCtesSql(opts)}, bh_members AS (
	${members.join('\n\tUNION ALL\n\t')}
), bh_counts AS (
	SELECT dimension, value, count(*) AS customers, sum(revenue) AS revenue
	FROM bh_members GROUP BY dimension, value
), bh_values AS (
	SELECT * FROM (VALUES ${values}) AS v(dimension, value, value_order)
	UNION ALL
	SELECT dimension, value, CAST(row_number() OVER (ORDER BY customers DESC, value) AS INTEGER)
	FROM bh_counts WHERE dimension = 'preferred_channel'
), bh_rows AS (
	SELECT v.dimension, v.value, CAST(v.value_order AS INTEGER) AS value_order,
		coalesce(c.customers, 0) AS customers, coalesce(c.revenue, 0) AS revenue
	FROM bh_values v
	LEFT JOIN bh_counts c ON c.dimension = v.dimension AND c.value = v.value
)
SELECT dimension, value, value_order, customers,
	customers / nullif(CASE WHEN dimension = 'flag' THEN (SELECT count(*) FROM behaviour)
		ELSE sum(customers) OVER (PARTITION BY dimension) END, 0) AS customer_share,
	revenue
FROM bh_rows
ORDER BY ${dimensionOrder}, value_order`;
}
