import { DAY_SECONDS, PERIOD_DAYS } from './calendar';
import { APP, secondOfDay, WEB } from './channels';
import type { Person } from './person';
import type { Random } from './random';
import type { Samplers } from './schedule';

/** One order: its number, moment (seconds from the period start), buyer and channel. */
export interface Order {
	id: string;
	time: number;
	/** Null for a guest checkout, exported with an empty customer id. */
	person: Person | null;
	channel: number;
}

/** Guest checkouts: about 0.5 % of lines end up without a customer id. */
export const GUEST_ORDERS = 130;
const FIRST_ORDER_NUMBER = 100001;

/** Every order of every person plus guest orders, in time order, numbered as they were placed. */
export function buildOrderBook(rng: Random, people: readonly Person[], s: Samplers): Order[] {
	const orders: Order[] = [];
	for (const person of people) {
		for (let i = 0; i < person.orderTimes.length; i++) {
			orders.push({
				id: '',
				time: person.orderTimes[i]!,
				person,
				channel: person.orderChannels[i]!
			});
		}
	}
	for (let i = 0; i < GUEST_ORDERS; i++) {
		const channel = rng.weighted([35, 0, 55, 10]);
		const day = s.normal.sample(rng, 0, PERIOD_DAYS - 1);
		orders.push({
			id: '',
			time: day * DAY_SECONDS + secondOfDay(rng, channel),
			person: null,
			channel
		});
	}
	orders.sort((a, b) => a.time - b.time);
	let number = FIRST_ORDER_NUMBER;
	for (const order of orders) {
		order.id = String(number);
		// Numbers of abandoned checkouts leave small gaps, as in real order systems.
		number += rng.chance(0.04) ? rng.int(2, 4) : 1;
	}
	return orders;
}

/** Adds random positions of orders that `eligible` accepts to `picked` until it holds `count`. */
export function pickOrders(
	rng: Random,
	orders: readonly Order[],
	count: number,
	eligible: (order: Order) => boolean,
	picked = new Set<number>(),
	within = orders.length
): Set<number> {
	while (picked.size < count) {
		const i = rng.int(0, within - 1);
		if (eligible(orders[i]!)) picked.add(i);
	}
	return picked;
}

/** True for channels where the order happened on the shop's own website or app. */
export function isOnline(channel: number): boolean {
	return channel === WEB || channel === APP;
}
