import { quoteLiteral, sqlValue } from '../sql/quote';
import { asOfDateSql, type AsOfOptions } from './as-of';
import {
	behaviourAvailability,
	BEHAVIOUR_GROUP_FEATURES,
	type BehaviourAvailable,
	type BehaviourFeature
} from './behaviour-available';
import { eventVocabulary, type EventVocabulary } from './behaviour-events';
import {
	eventsCteSql,
	impulsePart,
	journeyPart,
	onlinePart,
	type BehaviourPart,
	type EventSettings
} from './behaviour-online';
import type { CustomerLens } from './customers-view';

/** behaviour_group values in precedence order; `other` is a buyer in none of the groups. */
export const BEHAVIOUR_GROUPS = [...BEHAVIOUR_GROUP_FEATURES, 'other'] as const;
export type BehaviourGroup = (typeof BEHAVIOUR_GROUPS)[number];

/** Discount seekers: at least this share of their lines (or revenue) discounted — most of it. */
export const DEFAULT_DISCOUNT_SEEKER_SHARE = 0.5;
/** Returners: at least this share of their lines returned — far above usual rates (2–10 %). */
export const DEFAULT_RETURNER_SHARE = 0.2;
/** Complainers: a ticket whose kind contains this text (case-blind) — complaint, complaints... */
export const DEFAULT_COMPLAINT_KIND = 'complain';
/** Complainers: a mean satisfaction at or below this — "dissatisfied" or worse on a 1–5 scale. */
export const DEFAULT_MAX_SATISFACTION = 2;
/** Impulse orders: placed at most this many minutes after the visit began — no time to compare. */
export const DEFAULT_IMPULSE_MINUTES = 30;
/** Impulse buyers: at least this share of their tracked orders are impulse orders — most. */
export const DEFAULT_IMPULSE_SHARE = 0.5;
/** Online behaviour and journey look at events of the last N days — a quarter, "current". */
export const DEFAULT_EVENT_WINDOW_DAYS = 90;
/** Journey "purchased": last purchase at most N days old — a week covers delivery. */
export const DEFAULT_PURCHASED_DAYS = 7;

/** Options of every behaviour builder. */
export interface BehaviourOptions extends AsOfOptions {
	/** What the data holds (buildBehaviourAvailabilitySql); groups it cannot support are left out. */
	available: BehaviourAvailable;
	/** Discount share counted over order lines (default) or over revenue. */
	discountBasis?: 'lines' | 'revenue';
	discountSeekerShare?: number;
	returnerShare?: number;
	complaintKind?: string;
	maxSatisfaction?: number;
	impulseMinutes?: number;
	impulseShare?: number;
	eventWindowDays?: number;
	purchasedDays?: number;
	/** Event type names, in place of DEFAULT_EVENT_TYPES' lists. */
	eventTypes?: Partial<EventVocabulary>;
}

function share(name: string, value: number): number {
	if (!(Number.isFinite(value) && value > 0 && value <= 1)) {
		throw new Error(`invalid ${name}: ${value}`);
	}
	return value;
}

function days(name: string, value: number): number {
	if (!Number.isInteger(value) || value < 1) throw new Error(`invalid ${name}: ${value}`);
	return value;
}

/**
 * CTEs ending in `behaviour`: one row per customer known on the as-of date (customer file ∪
 * buyers) with is_buyer, revenue, and for each computable feature its columns —
 * discount_share, is_discount_seeker, is_full_price_buyer; return_share, is_returner;
 * complaint_tickets, mean_satisfaction, is_complainer; impulse_orders, is_impulse_buyer;
 * journey_stage; is_site_visitor, is_email_responder, is_social_engager; preferred_channel —
 * and behaviour_group: for buyers the first of BEHAVIOUR_GROUPS they belong to (groups the data
 * cannot support are skipped), `other` if none; NULL for people who never bought.
 */
export function behaviourCtesSql(opts: BehaviourOptions): string {
	const asOf = asOfDateSql(opts.asOf);
	const can = new Set<BehaviourFeature>(behaviourAvailability(opts.available).computable);
	const basis = opts.discountBasis ?? 'lines';
	if (basis !== 'lines' && basis !== 'revenue') throw new Error(`invalid discountBasis: ${basis}`);
	const kind = opts.complaintKind ?? DEFAULT_COMPLAINT_KIND;
	if (typeof kind !== 'string' || kind.trim() === '') {
		throw new Error(`invalid complaintKind: ${String(kind)}`);
	}
	const maxSatisfaction = opts.maxSatisfaction ?? DEFAULT_MAX_SATISFACTION;
	if (!Number.isFinite(maxSatisfaction)) {
		throw new Error(`invalid maxSatisfaction: ${maxSatisfaction}`);
	}
	const s: EventSettings = {
		asOf,
		types: eventVocabulary(opts.eventTypes),
		eventWindowDays: days('eventWindowDays', opts.eventWindowDays ?? DEFAULT_EVENT_WINDOW_DAYS),
		purchasedDays: days('purchasedDays', opts.purchasedDays ?? DEFAULT_PURCHASED_DAYS),
		impulseMinutes: days('impulseMinutes', opts.impulseMinutes ?? DEFAULT_IMPULSE_MINUTES),
		impulseShare: share('impulseShare', opts.impulseShare ?? DEFAULT_IMPULSE_SHARE)
	};
	const seeker = share(
		'discountSeekerShare',
		opts.discountSeekerShare ?? DEFAULT_DISCOUNT_SEEKER_SHARE
	);
	const returner = share('returnerShare', opts.returnerShare ?? DEFAULT_RETURNER_SHARE);
	const sale = `order_date < ${asOf} AND is_return IS NOT TRUE AND customer_id IS NOT NULL`;

	const parts: BehaviourPart[] = [];
	if (can.has('discount_seeker')) {
		const discountShare =
			basis === 'lines'
				? 'l.discounted_lines / nullif(l.sale_lines, 0)'
				: 'coalesce(l.discounted_revenue, 0) / nullif(l.revenue, 0)';
		parts.push({
			ctes: [],
			joins: [],
			columns: [
				`${discountShare} AS discount_share`,
				`coalesce(${discountShare} >= ${sqlValue(seeker)}, false) AS is_discount_seeker`,
				'coalesce(l.sale_lines > 0 AND l.discounted_lines = 0, false) AS is_full_price_buyer'
			]
		});
	}
	if (can.has('returner')) {
		// Of all lines: exports either flag the sold line itself or add a return line.
		const returnShare = 'l.returned_lines / nullif(l.lines, 0)';
		parts.push({
			ctes: [],
			joins: [],
			columns: [
				`${returnShare} AS return_share`,
				`coalesce(${returnShare} >= ${sqlValue(returner)}, false) AS is_returner`
			]
		});
	}
	if (can.has('complainer'))
		parts.push(complainerPart(opts.available, asOf, kind, maxSatisfaction));
	const online = onlinePart(s, {
		site: can.has('site_visitor'),
		email: can.has('email_responder'),
		social: can.has('social_engager')
	});
	if (can.has('impulse_buyer')) parts.push(impulsePart(s, sale));
	if (can.has('journey_stage')) parts.push(journeyPart(s, sale));
	parts.push(online);
	if (can.has('preferred_channel')) parts.push(channelPart(sale));

	const flag: Record<string, string> = {
		complainer: 'is_complainer',
		returner: 'is_returner',
		discount_seeker: 'is_discount_seeker',
		impulse_buyer: 'is_impulse_buyer',
		full_price_buyer: 'is_full_price_buyer'
	};
	const groups = BEHAVIOUR_GROUP_FEATURES.filter((g) => can.has(g))
		.map((g) => `WHEN ${flag[g]} THEN ${quoteLiteral(g)}`)
		.join(' ');
	const usesEvents = can.has('impulse_buyer') || can.has('journey_stage') || online.ctes.length > 0;
	const ctes = [
		`bh_lines AS (
	SELECT customer_id,
		count(*) FILTER (WHERE is_return IS NOT TRUE) AS sale_lines,
		count(*) FILTER (WHERE is_return IS NOT TRUE AND discount > 0) AS discounted_lines,
		coalesce(sum(amount) FILTER (WHERE is_return IS NOT TRUE), 0) AS revenue,
		sum(amount) FILTER (WHERE is_return IS NOT TRUE AND discount > 0) AS discounted_revenue,
		count(*) FILTER (WHERE is_return) AS returned_lines,
		count(*) AS lines
	FROM transactions
	WHERE order_date < ${asOf} AND customer_id IS NOT NULL
	GROUP BY customer_id
), bh_people AS (
	SELECT customer_id FROM customer_attributes WHERE customer_id IS NOT NULL
	UNION
	SELECT customer_id FROM bh_lines WHERE sale_lines > 0
)`,
		...(usesEvents ? [eventsCteSql(s)] : []),
		...parts.flatMap((p) => p.ctes)
	];
	const columns = parts.flatMap((p) => p.columns.map((c) => `,\n\t\t${c}`)).join('');
	return `${ctes.join(', ')}, bh_flags AS (
	SELECT p.customer_id,
		coalesce(l.sale_lines, 0) > 0 AS is_buyer,
		coalesce(l.revenue, 0) AS revenue${columns}
	FROM bh_people p
	LEFT JOIN bh_lines l ON l.customer_id = p.customer_id${parts
		.flatMap((p) => p.joins)
		.map((j) => `\n\t${j}`)
		.join('')}
), behaviour AS (
	SELECT *,
		CASE WHEN NOT is_buyer THEN NULL ${groups} ELSE 'other' END AS behaviour_group
	FROM bh_flags
)`;
}

function complainerPart(
	available: BehaviourAvailable,
	asOf: string,
	kind: string,
	maxSatisfaction: number
): BehaviourPart {
	const tests: string[] = [];
	const columns: string[] = [];
	if (available.ticketKinds) {
		columns.push('coalesce(t.complaint_tickets, 0) AS complaint_tickets');
		tests.push('coalesce(t.complaint_tickets >= 1, false)');
	}
	if (available.satisfaction) {
		columns.push('t.mean_satisfaction');
		tests.push(`coalesce(t.mean_satisfaction <= ${sqlValue(maxSatisfaction)}, false)`);
	}
	columns.push(`(${tests.join(' OR ')}) AS is_complainer`);
	const needle = quoteLiteral(kind.trim().toLowerCase());
	return {
		ctes: [
			`bh_tickets AS (
	SELECT customer_id,
		count(*) FILTER (WHERE contains(lower(kind), ${needle})) AS complaint_tickets,
		avg(satisfaction) AS mean_satisfaction
	FROM tickets
	WHERE created_at < ${asOf} AND customer_id IS NOT NULL
	GROUP BY customer_id
)`
		],
		joins: ['LEFT JOIN bh_tickets t ON t.customer_id = p.customer_id'],
		columns
	};
}

// The channel of most orders; ties go to the channel of the latest order, then by name.
function channelPart(sale: string): BehaviourPart {
	return {
		ctes: [
			`bh_channel AS (
	SELECT customer_id, channel AS preferred_channel
	FROM (
		SELECT customer_id, channel, count(DISTINCT order_id) AS orders, max(order_date) AS latest
		FROM (SELECT customer_id, order_id, order_date, nullif(trim(channel), '') AS channel
			FROM transactions WHERE ${sale})
		WHERE channel IS NOT NULL
		GROUP BY customer_id, channel
	)
	QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY orders DESC, latest DESC, channel) = 1
)`
		],
		joins: ['LEFT JOIN bh_channel c ON c.customer_id = p.customer_id'],
		columns: ['c.preferred_channel']
	};
}

/** The behaviour lens: behaviour_group and the columns behaviourCtesSql computes, minus revenue. */
export function behaviourLens(opts: BehaviourOptions): CustomerLens {
	return {
		name: 'behaviour',
		sql: `WITH ${behaviourCtesSql(opts)}\nSELECT * EXCLUDE (is_buyer, revenue) FROM behaviour`
	};
}

/** SQL giving the rows of `behaviour` (behaviourCtesSql), ordered by customer_id. */
export function buildBehaviourSql(opts: BehaviourOptions): string {
	return `WITH ${behaviourCtesSql(opts)}\nSELECT * FROM behaviour ORDER BY customer_id`;
}
