import { CANONICAL_COLUMNS } from './canonical-schema';
import {
	columnFor,
	dateReasons,
	readDate,
	readId,
	readNumber,
	readPresence,
	readText,
	textCopies,
	type CleanInput,
	type CleanPlan
} from './clean-read';

/** How an events file (web, email, social activity) becomes `events` rows. */
export function eventsPlan(input: CleanInput): CleanPlan {
	const date = columnFor(input, 'event_time');
	return {
		parsed: [
			`${readId(columnFor(input, 'customer_id'))} AS customer_id`,
			`${readPresence(date)} AS _sb_date_text`,
			`${readDate(input, date)} AS event_time`,
			`${readText(columnFor(input, 'event_type'))} AS event_type`,
			`${readText(columnFor(input, 'channel'))} AS channel`
		],
		shaped: [],
		output: CANONICAL_COLUMNS.events.map((c) => c.name),
		reasons: { missing_customer_id: 'customer_id IS NULL', ...dateReasons(date, 'event_time') },
		copies: textCopies({
			customer_id: { column: columnFor(input, 'customer_id'), as: 'id' },
			event_type: { column: columnFor(input, 'event_type'), as: 'text' },
			channel: { column: columnFor(input, 'channel'), as: 'text' }
		})
	};
}

/** How a support-tickets file becomes `tickets` rows. */
export function ticketsPlan(input: CleanInput): CleanPlan {
	const date = columnFor(input, 'created_at');
	return {
		parsed: [
			`${readId(columnFor(input, 'customer_id'))} AS customer_id`,
			`${readPresence(date)} AS _sb_date_text`,
			`${readDate(input, date)} AS created_at`,
			`${readText(columnFor(input, 'ticket_kind'))} AS kind`,
			`${readNumber(input, columnFor(input, 'satisfaction'))} AS satisfaction`
		],
		shaped: [],
		output: CANONICAL_COLUMNS.tickets.map((c) => c.name),
		reasons: { missing_customer_id: 'customer_id IS NULL', ...dateReasons(date, 'created_at') },
		copies: textCopies({
			customer_id: { column: columnFor(input, 'customer_id'), as: 'id' },
			kind: { column: columnFor(input, 'ticket_kind'), as: 'text' }
		})
	};
}
