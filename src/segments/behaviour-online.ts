// The behaviour parts read from `events`: online behaviour, journey stage and impulse buying.
import { quoteLiteral, sqlValue } from '../sql/quote';
import { eventTypeInSql, type EventVocabulary } from './behaviour-events';

/** Journey stages, from first visit to after the purchase. */
export const JOURNEY_STAGES = [
	'visited',
	'evaluating',
	'deciding',
	'purchased',
	'post_purchase'
] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** CTEs, LEFT JOINs on `p.customer_id`, and columns that one part adds to the behaviour lens. */
export interface BehaviourPart {
	ctes: string[];
	joins: string[];
	columns: string[];
}

/** What the event parts need, checked by behaviour.ts. */
export interface EventSettings {
	/** The as-of date as a DATE literal. */
	asOf: string;
	types: EventVocabulary;
	eventWindowDays: number;
	purchasedDays: number;
	impulseMinutes: number;
	impulseShare: number;
}

/** CTE `bh_events`: customer_id, event_time, type (lower-cased, trimmed) before the as-of date. */
export function eventsCteSql(s: EventSettings): string {
	return `bh_events AS (
	SELECT customer_id, event_time, lower(trim(event_type)) AS type
	FROM events
	WHERE event_time < ${s.asOf} AND customer_id IS NOT NULL
)`;
}

const windowStart = (s: EventSettings) => `${s.asOf} - ${sqlValue(s.eventWindowDays)}`;

/** is_site_visitor, is_email_responder, is_social_engager: any such event in the event window. */
export function onlinePart(
	s: EventSettings,
	flags: { site: boolean; email: boolean; social: boolean }
): BehaviourPart {
	const t = s.types;
	const picked = [
		flags.site && ['is_site_visitor', eventTypeInSql([...t.visit, ...t.productView])],
		flags.email && ['is_email_responder', eventTypeInSql(t.emailResponse)],
		flags.social && ['is_social_engager', eventTypeInSql(t.social)]
	].filter((f): f is string[] => Array.isArray(f));
	if (!picked.length) return { ctes: [], joins: [], columns: [] };
	return {
		ctes: [
			`bh_online AS (
	SELECT customer_id, ${picked.map(([name, test]) => `bool_or(${test}) AS ${name}`).join(', ')}
	FROM bh_events
	WHERE event_time >= ${windowStart(s)}
	GROUP BY customer_id
)`
		],
		joins: ['LEFT JOIN bh_online o ON o.customer_id = p.customer_id'],
		columns: picked.map(([name]) => `coalesce(o.${name}, false) AS ${name}`)
	};
}

// The moment of an order: its time, or the end of its day when it has only a date, so that
// browsing on the day of a date-only order counts as before it.
const ORDER_MOMENT = `CASE WHEN order_ts IS NULL OR order_ts = CAST(order_date AS TIMESTAMP)
			THEN CAST(order_date AS TIMESTAMP) + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND
			ELSE order_ts END`;

/**
 * journey_stage: the furthest funnel step among events in the event window after the last
 * purchase (checkout → deciding; product view or cart → evaluating; visit → visited); without
 * one, purchased when the last purchase (order or purchase event) is at most purchasedDays old,
 * post_purchase when it is in the event window, else NULL.
 */
export function journeyPart(s: EventSettings, sale: string): BehaviourPart {
	const t = s.types;
	const stage = (name: JourneyStage) => quoteLiteral(name);
	return {
		ctes: [
			`bh_purchases AS (
	SELECT customer_id, max(moment) AS last_purchase
	FROM (
		SELECT customer_id, ${ORDER_MOMENT} AS moment FROM transactions WHERE ${sale}
		UNION ALL
		SELECT customer_id, event_time FROM bh_events WHERE ${eventTypeInSql(t.purchase)}
	)
	GROUP BY customer_id
), bh_steps AS (
	SELECT e.customer_id,
		max(CASE WHEN ${eventTypeInSql(t.checkout)} THEN 3
			WHEN ${eventTypeInSql([...t.productView, ...t.cart])} THEN 2
			WHEN ${eventTypeInSql(t.visit)} THEN 1 END) AS step
	FROM bh_events e
	LEFT JOIN bh_purchases b ON b.customer_id = e.customer_id
	WHERE e.event_time >= ${windowStart(s)}
		AND (b.last_purchase IS NULL OR e.event_time > b.last_purchase)
	GROUP BY e.customer_id
)`
		],
		joins: [
			'LEFT JOIN bh_purchases j ON j.customer_id = p.customer_id',
			'LEFT JOIN bh_steps js ON js.customer_id = p.customer_id'
		],
		columns: [
			`CASE js.step WHEN 3 THEN ${stage('deciding')} WHEN 2 THEN ${stage('evaluating')}
			WHEN 1 THEN ${stage('visited')}
			ELSE CASE WHEN j.last_purchase >= ${s.asOf} - ${sqlValue(s.purchasedDays)}
				THEN ${stage('purchased')}
				WHEN j.last_purchase >= ${windowStart(s)} THEN ${stage('post_purchase')} END
		END AS journey_stage`
		]
	};
}

/**
 * impulse_orders and is_impulse_buyer. An order is tracked when the customer has a site event
 * (visit, product view, cart, checkout) in the 24 hours up to it; it is an impulse order when it
 * holds one item (its quantities sum to 1, or one line without quantities) and the first of
 * those events is at most impulseMinutes before it. An impulse buyer has at least one impulse
 * order, and at least impulseShare of their tracked orders are.
 */
export function impulsePart(s: EventSettings, sale: string): BehaviourPart {
	const t = s.types;
	const site = eventTypeInSql([...t.visit, ...t.productView, ...t.cart, ...t.checkout], 'e.type');
	return {
		ctes: [
			`bh_orders AS (
	SELECT customer_id, order_id, min(order_ts) AS order_ts,
		coalesce(sum(quantity), count(*)) AS items
	FROM transactions
	WHERE ${sale} AND order_ts IS NOT NULL
	GROUP BY customer_id, order_id
), bh_tracked AS (
	SELECT o.customer_id, o.order_id, any_value(o.items) AS items,
		any_value(o.order_ts) - min(e.event_time) AS lead_time
	FROM bh_orders o
	JOIN bh_events e ON e.customer_id = o.customer_id
		AND e.event_time > o.order_ts - INTERVAL 1 DAY AND e.event_time <= o.order_ts
	WHERE ${site}
	GROUP BY o.customer_id, o.order_id
), bh_impulse AS (
	SELECT customer_id, count(*) AS tracked_orders,
		count(*) FILTER (WHERE items = 1
			AND lead_time <= INTERVAL ${sqlValue(s.impulseMinutes)} MINUTE) AS impulse_orders
	FROM bh_tracked
	GROUP BY customer_id
)`
		],
		joins: ['LEFT JOIN bh_impulse i ON i.customer_id = p.customer_id'],
		columns: [
			'coalesce(i.impulse_orders, 0) AS impulse_orders',
			`coalesce(i.impulse_orders >= 1
			AND i.impulse_orders >= ${sqlValue(s.impulseShare)} * i.tracked_orders, false)
			AS is_impulse_buyer`
		]
	};
}
