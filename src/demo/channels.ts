import { Weights, type Random } from './random';

/** Order channels, in the order every channel-weight array uses. */
export const ORDER_CHANNELS = ['web', 'app', 'store', 'phone'] as const;
export const WEB = 0;
export const APP = 1;
export const STORE = 2;
export const PHONE = 3;

// People shop online in the evening, in shops during opening hours, by phone in office hours.
const ONLINE_HOURS = new Weights([
	0.35, 0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 0.6, 0.8, 0.9, 1, 1.1, 1.3, 1.1, 1, 1, 1.1, 1.3, 1.6, 2,
	2.2, 2, 1.4, 0.7
]);
const STORE_HOURS = hours(9, 19, [12, 13, 17, 18]);
const PHONE_HOURS = hours(8, 18, [10, 11, 14]);

/** A second of the day (0–86399) at which an order on `channel` is placed. */
export function secondOfDay(rng: Random, channel: number): number {
	const table = channel === STORE ? STORE_HOURS : channel === PHONE ? PHONE_HOURS : ONLINE_HOURS;
	return rng.draw(table) * 3600 + rng.int(0, 3599);
}

function hours(open: number, close: number, busy: readonly number[]): Weights {
	return new Weights(
		Array.from({ length: 24 }, (_, h) => (h < open || h >= close ? 0 : busy.includes(h) ? 1.6 : 1))
	);
}
