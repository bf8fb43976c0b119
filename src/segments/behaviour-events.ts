import { quoteLiteral } from '../sql/quote';

/** Which `event_type` values (compared trimmed and lower-cased) mean each kind of activity. */
export interface EventVocabulary {
	/** A visit to the site or app: the start of a session. */
	visit: readonly string[];
	productView: readonly string[];
	cart: readonly string[];
	checkout: readonly string[];
	purchase: readonly string[];
	/**
	 * A response to an e-mail. Opens are left out on purpose: mail clients that prefetch images
	 * (Apple Mail Privacy Protection) open every message, so an open says little.
	 */
	emailResponse: readonly string[];
	social: readonly string[];
}

/**
 * The names common web-analytics exports use (GA4, Segment, Shopify, the demo data); a file
 * with other names passes its own through `eventTypes`.
 */
export const DEFAULT_EVENT_TYPES: EventVocabulary = {
	visit: ['page_view', 'pageview', 'visit', 'session_start', 'site_visit', 'app_open'],
	productView: ['product_view', 'view_item', 'product_viewed', 'view_product'],
	cart: ['add_to_cart', 'added_to_cart', 'add_to_basket', 'cart'],
	checkout: ['checkout_start', 'begin_checkout', 'checkout_started', 'initiate_checkout'],
	purchase: ['purchase', 'order_completed', 'purchased'],
	emailResponse: ['email_click', 'email_clicked', 'email_reply'],
	social: ['social_like', 'social_share', 'social_comment', 'social_follow']
};

/** The default vocabulary with the caller's lists in place of any it gives; checks them. */
export function eventVocabulary(custom: Partial<EventVocabulary> = {}): EventVocabulary {
	const vocabulary = { ...DEFAULT_EVENT_TYPES, ...custom };
	for (const [kind, types] of Object.entries(vocabulary)) {
		const ok =
			Array.isArray(types) &&
			types.length > 0 &&
			types.every((t) => typeof t === 'string' && t.trim() !== '');
		if (!ok) throw new Error(`invalid event types for ${kind}: ${JSON.stringify(types)}`);
	}
	return vocabulary;
}

/** SQL true when the lower-cased, trimmed event type `column` is one of `types`. */
export function eventTypeInSql(types: readonly string[], column = 'type'): string {
	const values = [...new Set(types.map((t) => t.trim().toLowerCase()))].map(quoteLiteral);
	return `${column} IN (${values.join(', ')})`;
}
