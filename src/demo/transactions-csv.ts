import { DAY_SECONDS, isoDateTime, PERIOD_END_SECONDS } from './calendar';
import { ORDER_CHANNELS } from './channels';
import { CsvWriter } from './csv';
import { GROUPS } from './groups';
import { pickOrders, type Order } from './order-book';
import { drawLines, type Line } from './order-lines';
import type { Person } from './person';
import type { Random } from './random';
import { SALE_DAYS } from './seasonality';

/** Header of `transactions.csv`. */
export const TRANSACTION_HEADER = [
	'order_id',
	'customer_id',
	'order_date',
	'product',
	'category',
	'quantity',
	'unit_price',
	'discount',
	'channel',
	'returned'
] as const;

/** Orders cancelled soon after they were placed: exported again as `C<number>`, quantity < 0. */
export const CANCELLED_ORDERS = 40;
/** Lines exported twice, byte for byte, as a flaky export job does. */
export const DUPLICATED_LINES = 36;

/** A returned line, which the tickets file may follow up. */
export interface Returned {
	person: Person;
	time: number;
}

/** `transactions.csv` and the returned lines it holds. */
export function transactionsCsv(
	rng: Random,
	orders: readonly Order[]
): { text: string; returns: Returned[] } {
	// Cancellations happen within two days, so they need two days of room before the end.
	const cancellable = (o: Order) =>
		o.person !== null && o.time < PERIOD_END_SECONDS - 2 * DAY_SECONDS;
	// One of them among the first orders puts a `C` id in the rows that CSV sniffers sample, so
	// order_id is read as text instead of failing on a `C` far down the file.
	const early = pickOrders(rng, orders, 1, cancellable, new Set(), 200);
	const cancelled = pickOrders(rng, orders, CANCELLED_ORDERS, cancellable, early);
	const duplicated = pickOrders(rng, orders, DUPLICATED_LINES, () => true);
	const csv = new CsvWriter(TRANSACTION_HEADER);
	const returns: Returned[] = [];
	orders.forEach((order, i) => {
		const { person, time } = order;
		const profile = person ? person.profile : GROUPS.occasional;
		const lines = drawLines(rng, person, profile, SALE_DAYS[Math.floor(time / DAY_SECONDS)] === 1);
		const head = order.id + ',' + (person ? person.id : '') + ',' + isoDateTime(time) + ',';
		const channel = ORDER_CHANNELS[order.channel]!;
		lines.forEach((line, n) => {
			const row = head + lineFields(line, line.quantity, channel, line.returned);
			csv.push(row);
			if (n === 0 && duplicated.has(i)) csv.push(row);
			if (line.returned && person) returns.push({ person, time });
		});
		if (cancelled.has(i)) {
			const at = isoDateTime(time + rng.int(3600, 2 * DAY_SECONDS - 1));
			const undone = rng.chance(0.6) ? lines : lines.slice(0, 1);
			const cancelHead = 'C' + order.id + ',' + person!.id + ',' + at + ',';
			for (const line of undone) {
				csv.push(cancelHead + lineFields(line, -line.quantity, channel, false));
			}
		}
	});
	return { text: csv.toString(), returns };
}

function lineFields(line: Line, quantity: number, channel: string, returned: boolean): string {
	const { product, category, price, discount } = line;
	const flag = returned ? '1' : '0';
	return `${product.field},${category.name},${quantity},${price},${discount},${channel},${flag}`;
}
