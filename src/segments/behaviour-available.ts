import { quoteIdent } from '../sql/quote';
import { asOfDateSql, type AsOfOptions } from './as-of';
import { eventTypeInSql, eventVocabulary, type EventVocabulary } from './behaviour-events';

/**
 * What the data holds that the behaviour groups need, as of the as-of date. The canonical views
 * always have every column (NULL when unmapped), so this says which ones carry values.
 * buildBehaviourAvailabilitySql gives it as one row.
 */
export interface BehaviourAvailable {
	/** Some order line has a discount value. */
	discount: boolean;
	/** Some order line is flagged as a return. */
	returns: boolean;
	/** Some ticket has a kind. */
	ticketKinds: boolean;
	/** Some ticket has a satisfaction score. */
	satisfaction: boolean;
	/** Some order has a time of day (order_ts is not always midnight). */
	orderTimes: boolean;
	/** Some order line has a channel. */
	channel: boolean;
	/** Events of each kind, after the event vocabulary. */
	visits: boolean;
	productViews: boolean;
	carts: boolean;
	checkouts: boolean;
	emailResponses: boolean;
	socialEvents: boolean;
}

/** Everything available: for callers that know their data is complete. */
export const ALL_AVAILABLE: BehaviourAvailable = {
	discount: true,
	returns: true,
	ticketKinds: true,
	satisfaction: true,
	orderTimes: true,
	channel: true,
	visits: true,
	productViews: true,
	carts: true,
	checkouts: true,
	emailResponses: true,
	socialEvents: true
};

/** The behaviour groups, in the precedence behaviour_group applies them. */
export const BEHAVIOUR_GROUP_FEATURES = [
	'complainer',
	'returner',
	'discount_seeker',
	'impulse_buyer',
	'full_price_buyer'
] as const;

/** Everything the behaviour lens can compute: the groups, then the descriptive columns. */
export const BEHAVIOUR_FEATURES = [
	...BEHAVIOUR_GROUP_FEATURES,
	'journey_stage',
	'site_visitor',
	'email_responder',
	'social_engager',
	'preferred_channel'
] as const;
export type BehaviourFeature = (typeof BEHAVIOUR_FEATURES)[number];

type Need = (a: BehaviourAvailable) => string | null;
const need =
	(test: (a: BehaviourAvailable) => boolean, reason: string): Need =>
	(a) =>
		test(a) ? null : reason;
const siteEvents = (a: BehaviourAvailable) => a.visits || a.productViews;

const NEEDS: Record<BehaviourFeature, Need> = {
	complainer: need(
		(a) => a.ticketKinds || a.satisfaction,
		'needs support tickets with a kind or a satisfaction score'
	),
	returner: need((a) => a.returns, 'needs order lines flagged as returns'),
	discount_seeker: need((a) => a.discount, 'needs a discount column in the transactions'),
	full_price_buyer: need((a) => a.discount, 'needs a discount column in the transactions'),
	impulse_buyer: (a) => {
		const missing = [
			siteEvents(a) ? null : 'events with site visits',
			a.orderTimes ? null : 'orders with a time of day, not only a date'
		].filter((m) => m !== null);
		return missing.length ? `needs ${missing.join(' and ')}` : null;
	},
	journey_stage: need(
		(a) => siteEvents(a) || a.carts || a.checkouts,
		'needs events with visits, product views, carts or checkouts'
	),
	site_visitor: need(siteEvents, 'needs events with page or product views'),
	email_responder: need((a) => a.emailResponses, 'needs events with e-mail clicks'),
	social_engager: need(
		(a) => a.socialEvents,
		'needs events with social activity (likes, shares, comments)'
	),
	preferred_channel: need((a) => a.channel, 'needs a channel column in the transactions')
};

/** Which features the data allows, in BEHAVIOUR_FEATURES order, and why each other one cannot. */
export function behaviourAvailability(available: BehaviourAvailable): {
	computable: BehaviourFeature[];
	missing: { feature: BehaviourFeature; reason: string }[];
} {
	const computable: BehaviourFeature[] = [];
	const missing: { feature: BehaviourFeature; reason: string }[] = [];
	for (const feature of BEHAVIOUR_FEATURES) {
		const reason = NEEDS[feature](available);
		if (reason === null) computable.push(feature);
		else missing.push({ feature, reason });
	}
	return { computable, missing };
}

/** Options of the availability probe: the as-of date and the event vocabulary. */
export interface BehaviourAvailabilityOptions extends AsOfOptions {
	eventTypes?: Partial<EventVocabulary>;
}

/**
 * SQL giving one row whose columns are the BehaviourAvailable keys (BOOLEAN), from the data
 * dated before the as-of date.
 */
export function buildBehaviourAvailabilitySql(opts: BehaviourAvailabilityOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	const types = eventVocabulary(opts.eventTypes);
	const has = (kind: keyof EventVocabulary) =>
		`coalesce(bool_or(${eventTypeInSql(types[kind])}), false)`;
	const as = (key: keyof BehaviourAvailable) => quoteIdent(key);
	return `SELECT t.*, k.*, e.*
FROM (
	SELECT count(discount) > 0 AS ${as('discount')},
		coalesce(bool_or(is_return), false) AS ${as('returns')},
		coalesce(bool_or(order_ts <> CAST(order_date AS TIMESTAMP)), false) AS ${as('orderTimes')},
		count(nullif(trim(channel), '')) > 0 AS ${as('channel')}
	FROM transactions WHERE order_date < ${asOf}
) t, (
	SELECT count(nullif(trim(kind), '')) > 0 AS ${as('ticketKinds')},
		count(satisfaction) > 0 AS ${as('satisfaction')}
	FROM tickets WHERE created_at < ${asOf}
) k, (
	SELECT ${has('visit')} AS ${as('visits')},
		${has('productView')} AS ${as('productViews')},
		${has('cart')} AS ${as('carts')},
		${has('checkout')} AS ${as('checkouts')},
		${has('emailResponse')} AS ${as('emailResponses')},
		${has('social')} AS ${as('socialEvents')}
	FROM (SELECT lower(trim(event_type)) AS type FROM events WHERE event_time < ${asOf})
) e`;
}
