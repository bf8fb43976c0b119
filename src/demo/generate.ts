import { customersCsv } from './customers-csv';
import { eventsCsv } from './events-csv';
import { buildOrderBook } from './order-book';
import { buildPopulation } from './population';
import { Random } from './random';
import { createSamplers } from './schedule';
import { ticketsCsv } from './tickets-csv';
import { transactionsCsv } from './transactions-csv';

/** One generated file: its name and its whole text. */
export interface DemoFile {
	name: string;
	text: string;
}

/** The seed of the demo data the app embeds. */
export const DEFAULT_DEMO_SEED = 20261123;

/** The demo shop's four CSV files (customers, transactions, events, tickets) for `seed`. */
export function generateDemoData(seed: number = DEFAULT_DEMO_SEED): DemoFile[] {
	const samplers = createSamplers();
	const people = buildPopulation(seed, samplers);
	// Each file draws from its own stream: changing one file's rules leaves the others as they are.
	const orders = buildOrderBook(new Random(seed, 'orders'), people, samplers);
	const transactions = transactionsCsv(new Random(seed, 'lines'), orders);
	return [
		{ name: 'customers.csv', text: customersCsv(people) },
		{ name: 'transactions.csv', text: transactions.text },
		{ name: 'events.csv', text: eventsCsv(new Random(seed, 'events'), people) },
		{
			name: 'tickets.csv',
			text: ticketsCsv(new Random(seed, 'tickets'), people, transactions.returns)
		}
	];
}
