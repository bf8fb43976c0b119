import { DAY_SECONDS, PERIOD_END_SECONDS } from './calendar';
import { APP } from './channels';
import { EventLog, type EventChannel } from './event-log';
import type { Group } from './groups';
import { isOnline } from './order-book';
import type { Person } from './person';
import type { Random } from './random';

/** How much a group browses and reads the newsletter. */
interface Engagement {
	/** Mean browsing sessions without a purchase over the whole period. */
	sessions: number;
	/** Chance of being on the mailing list, mean e-mails opened, and chance an open is clicked. */
	subscribed: number;
	opens: number;
	clicks: number;
}

const ENGAGEMENT: Record<Group, Engagement> = {
	loyal: { sessions: 6, subscribed: 0.85, opens: 6, clicks: 0.35 },
	hunter: { sessions: 4, subscribed: 0.9, opens: 8, clicks: 0.5 },
	oneTime: { sessions: 0.8, subscribed: 0.5, opens: 3, clicks: 0.25 },
	lapsed: { sessions: 1.5, subscribed: 0.6, opens: 3, clicks: 0.3 },
	newcomer: { sessions: 1.5, subscribed: 0.6, opens: 2, clicks: 0.3 },
	complainer: { sessions: 1.5, subscribed: 0.5, opens: 3, clicks: 0.2 },
	occasional: { sessions: 1.5, subscribed: 0.6, opens: 3, clicks: 0.3 },
	prospect: { sessions: 1.2, subscribed: 0.5, opens: 2, clicks: 0.25 }
};
const LAST = PERIOD_END_SECONDS - 1;

/** `events.csv`: the web, app, e-mail and social activity of buyers and prospects. */
export function eventsCsv(rng: Random, people: readonly Person[]): string {
	const log = new EventLog();
	for (const p of people) {
		const e = ENGAGEMENT[p.group];
		const from = Math.max(0, p.signupDay) * DAY_SECONDS;
		const last = p.orderTimes[p.orderTimes.length - 1];
		// Lapsed regulars stop visiting a few weeks after their last order.
		const to = p.group === 'lapsed' && last ? last + 40 * DAY_SECONDS : LAST;
		const usesApp = p.orderChannels.includes(APP);
		const device: EventChannel = rng.chance(usesApp ? 0.7 : 0.15) ? 'app' : 'web';
		// Three people in ten decline tracking cookies: no site events for them.
		if (rng.chance(0.7)) {
			p.orderTimes.forEach((t, i) => {
				const channel = p.orderChannels[i]!;
				if (isOnline(channel)) funnel(rng, log, p.id, t, channel === APP ? 'app' : 'web');
			});
			for (let i = rng.poisson(e.sessions); i > 0; i--) {
				browse(rng, log, p.id, rng.range(from, to), device, 0.2, 0.2);
			}
			// Prospects with intent: recent visits that reach the basket but never a purchase.
			if (p.group === 'prospect' && rng.chance(0.3)) {
				const recent = Math.max(from, LAST - 90 * DAY_SECONDS);
				for (let i = rng.int(1, 3); i > 0; i--) {
					browse(rng, log, p.id, rng.range(recent, to), device, 0.8, 0.4);
				}
			}
		}
		if (rng.chance(e.subscribed)) {
			for (let i = rng.poisson(e.opens); i > 0; i--) {
				const t = rng.range(from, to);
				log.add(p.id, t, 'email_open', 'email');
				if (rng.chance(e.clicks)) log.add(p.id, t + rng.int(5, 600), 'email_click', 'email');
			}
		}
		if (rng.chance(p.age < 35 ? 0.3 : 0.1)) {
			for (let i = rng.poisson(3); i > 0; i--) {
				log.add(p.id, rng.range(from, to), 'social_like', 'social');
			}
			for (let i = rng.poisson(0.6); i > 0; i--) {
				log.add(p.id, rng.range(from, to), 'social_share', 'social');
			}
		}
	}
	return log.toCsv();
}

// The visit that ends in an order: landing, product pages, basket, checkout, purchase.
function funnel(rng: Random, log: EventLog, id: string, t: number, channel: EventChannel): void {
	const gap = rng.int(30, 90);
	const browsed = t - 3 * gap;
	const at = browsed - rng.int(120, 1500);
	log.add(id, at, 'page_view', channel);
	log.add(id, Math.min(at + rng.int(20, 200), browsed), 'product_view', channel);
	log.add(id, t - 2 * gap, 'add_to_cart', channel);
	log.add(id, t - gap, 'checkout_start', channel);
	log.add(id, t, 'purchase', channel);
}

// A visit without an order; it may reach the basket, and from there the checkout.
function browse(
	rng: Random,
	log: EventLog,
	id: string,
	start: number,
	channel: EventChannel,
	cart: number,
	checkout: number
): void {
	let at = start;
	log.add(id, at, 'page_view', channel);
	for (let i = rng.int(1, 3); i > 0; i--) {
		at += rng.int(15, 240);
		log.add(id, at, 'product_view', channel);
	}
	if (!rng.chance(cart)) return;
	at += rng.int(20, 300);
	log.add(id, at, 'add_to_cart', channel);
	if (rng.chance(checkout)) log.add(id, at + rng.int(30, 400), 'checkout_start', channel);
}
