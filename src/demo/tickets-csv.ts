import { DAY_SECONDS, isoDateTime, PERIOD_DAYS, PERIOD_END_SECONDS } from './calendar';
import { CsvWriter } from './csv';
import type { Person } from './person';
import type { Random } from './random';
import type { Returned } from './transactions-csv';

/** Ticket kinds. */
export const TICKET_KINDS = ['complaint', 'return', 'question', 'delivery'] as const;
type Kind = (typeof TICKET_KINDS)[number];

// Weights of satisfaction 1–5: complainers are unhappy whatever the ticket is about.
const UNHAPPY = [50, 35, 12, 3, 0];
const COMPLAINT = [30, 35, 20, 10, 5];
const RETURN = [5, 10, 25, 35, 25];
const QUESTION = [3, 7, 20, 35, 35];
const DELIVERY = [10, 15, 25, 30, 20];

interface Ticket {
	time: number;
	customer: string;
	kind: Kind;
	satisfaction: string;
}

/** `tickets.csv`: support tickets of buyers (many from complainers) and a few prospects. */
export function ticketsCsv(rng: Random, people: readonly Person[], returns: Returned[]): string {
	const tickets: Ticket[] = [];
	const add = (p: Person, time: number, kind: Kind, weights: readonly number[]) => {
		// One customer in ten skips the satisfaction survey.
		const satisfaction = rng.chance(0.1) ? '' : String(1 + rng.weighted(weights));
		tickets.push({
			time: Math.min(time, PERIOD_END_SECONDS - 1),
			customer: p.id,
			kind,
			satisfaction
		});
	};
	const after = (t: number, maxDays: number) => t + rng.int(3600, maxDays * DAY_SECONDS);
	for (const { person, time } of returns) {
		const angry = person.group === 'complainer';
		if (rng.chance(angry ? 0.7 : 0.5)) {
			add(person, after(time, 14), 'return', angry ? UNHAPPY : RETURN);
		}
	}
	for (const p of people) {
		const orders = p.orderTimes;
		const someOrder = () => orders[rng.int(0, orders.length - 1)]!;
		if (orders.length === 0) {
			// A few prospects ask a question before (not) buying.
			if (rng.chance(0.08)) {
				const day = rng.range(Math.max(0, p.signupDay), PERIOD_DAYS);
				add(p, day * DAY_SECONDS, 'question', QUESTION);
			}
			continue;
		}
		if (p.group === 'complainer') {
			for (let i = rng.int(2, 5); i > 0; i--) add(p, after(someOrder(), 10), 'complaint', UNHAPPY);
			if (rng.chance(0.5)) add(p, after(someOrder(), 7), 'delivery', UNHAPPY);
			continue;
		}
		if (rng.chance(0.04)) add(p, after(someOrder(), 10), 'complaint', COMPLAINT);
		for (let i = rng.poisson(0.1 + 0.04 * orders.length); i > 0; i--) {
			add(p, after(someOrder(), 20), 'question', QUESTION);
		}
		for (let i = rng.poisson(0.08 + 0.02 * orders.length); i > 0; i--) {
			add(p, after(someOrder(), 6), 'delivery', DELIVERY);
		}
	}
	tickets.sort((a, b) => a.time - b.time);
	const csv = new CsvWriter(['ticket_id', 'customer_id', 'created_at', 'kind', 'satisfaction']);
	tickets.forEach((t, i) => {
		const id = 'T' + String(i + 1).padStart(6, '0');
		csv.push(`${id},${t.customer},${isoDateTime(Math.floor(t.time))},${t.kind},${t.satisfaction}`);
	});
	return csv.toString();
}
