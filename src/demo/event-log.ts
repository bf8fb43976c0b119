import { isoDateTime, PERIOD_END_SECONDS } from './calendar';
import { CsvWriter } from './csv';

/** Event types, in the order their codes use. */
export const EVENT_TYPES = [
	'page_view',
	'product_view',
	'add_to_cart',
	'checkout_start',
	'purchase',
	'email_open',
	'email_click',
	'social_like',
	'social_share'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Event channels. */
export const EVENT_CHANNELS = ['web', 'app', 'email', 'social'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

// Times stay below 2^26 seconds and positions below 2^21, so time × 2^21 + position is exact.
const POSITION = 2 ** 21;
const TYPE_CODE = new Map(EVENT_TYPES.map((t, i) => [t, i]));
const CHANNEL_CODE = new Map(EVENT_CHANNELS.map((c, i) => [c, i]));
// `,<type>,<channel>` for every code, so a row is built from three pieces.
const SUFFIX = EVENT_TYPES.flatMap((t) => EVENT_CHANNELS.map((c) => `,${t},${c}`));

/** Collects events as plain numbers and writes them out in time order. */
export class EventLog {
	readonly #times: number[] = [];
	readonly #who: string[] = [];
	readonly #codes: number[] = [];

	/** Records one event; moments outside the period are pulled back inside it. */
	add(customerId: string, time: number, type: EventType, channel: EventChannel): void {
		this.#times.push(Math.min(PERIOD_END_SECONDS - 1, Math.max(0, Math.round(time))));
		this.#who.push(customerId);
		this.#codes.push(TYPE_CODE.get(type)! * 4 + CHANNEL_CODE.get(channel)!);
	}

	/** The log as `events.csv`, ordered by time (ties keep the order they were added in). */
	toCsv(): string {
		const times = this.#times;
		// Sorting plain numbers (time and position packed in one exact double) is several times
		// faster than sorting positions with a comparator.
		const keys = new Float64Array(times.length);
		for (let i = 0; i < times.length; i++) keys[i] = times[i]! * POSITION + i;
		keys.sort();
		const csv = new CsvWriter(['customer_id', 'event_time', 'event_type', 'channel']);
		for (const key of keys) {
			const i = key % POSITION;
			csv.push(this.#who[i] + ',' + isoDateTime(times[i]!) + SUFFIX[this.#codes[i]!]);
		}
		return csv.toString();
	}
}
