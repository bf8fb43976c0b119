import { quoteLiteral } from '../sql/quote';
import { CANONICAL_COLUMNS } from './canonical-schema';
import {
	columnFor,
	dateReasons,
	readDate,
	readFlag,
	readId,
	readNumber,
	readPresence,
	readText,
	isText,
	textCopies,
	type CleanInput,
	type CleanPlan
} from './clean-read';
import type { Role } from './types';

const NUMBER_ROLES = ['amount', 'quantity', 'unit_price', 'discount'] as const;
const CANCELLED_STATUSES = ['cancelled', 'canceled', 'void', 'voided'];

/** How a transactions file becomes order lines: amounts, orders, returns and set-aside rules. */
export function transactionsPlan(input: CleanInput): CleanPlan {
	const col = (role: Role) => columnFor(input, role);
	const date = col('order_date');
	const parsed = [
		`${readId(col('customer_id'))} AS customer_id`,
		`${readId(col('order_id'))} AS _sb_order`,
		`${readPresence(date)} AS _sb_date_text`,
		`${readDate(input, date)} AS order_ts`,
		`${readText(col('product'))} AS product`,
		`${readText(col('category'))} AS category`,
		`${readText(col('channel'))} AS channel`,
		`${readFlag(col('is_return'))} AS is_return`,
		`lower(${readText(col('status'))}) AS _sb_status`
	];
	for (const role of NUMBER_ROLES) {
		parsed.push(`${readPresence(col(role))} AS _sb_${role}_text`);
		parsed.push(`${readNumber(input, col(role))} AS _sb_${role}`);
	}

	const quantity = col('quantity') ? '_sb_quantity' : 'CAST(1 AS DOUBLE)';
	const lineTotal = col('unit_price') ? `${quantity} * _sb_unit_price` : 'CAST(NULL AS DOUBLE)';
	// Without an order id, a customer's lines on one calendar day form one order.
	const ownOrder = date
		? `customer_id || '|' || strftime(order_ts, '%Y-%m-%d')`
		: `'line ' || CAST(_line AS VARCHAR)`;
	const shaped = [
		`coalesce(_sb_order, ${ownOrder}) AS order_id`,
		`CAST(order_ts AS DATE) AS order_date`,
		`coalesce(_sb_amount, ${lineTotal}) AS amount`,
		`${quantity} AS quantity`,
		`_sb_discount AS discount`
	];

	// A typed number column has nothing that could not be read.
	const numbers = NUMBER_ROLES.filter((r) => col(r) && isText(col(r)!)).map(
		(r) => `(_sb_${r}_text IS NOT NULL AND _sb_${r} IS NULL)`
	);
	// A line whose amount can be read neither from its amount nor from quantity × price is useless.
	if (col('amount') || col('unit_price')) numbers.push('amount IS NULL');
	const cancelled: string[] = [];
	const prefix = input.options.cancelledPrefix;
	if (col('order_id') && prefix !== '') {
		cancelled.push(`starts_with(upper(_sb_order), upper(${quoteLiteral(prefix)}))`);
	}
	if (col('status')) {
		cancelled.push(`_sb_status IN (${CANCELLED_STATUSES.map(quoteLiteral).join(', ')})`);
	}

	const reasons: CleanPlan['reasons'] = {
		missing_customer_id: 'customer_id IS NULL',
		...dateReasons(date, 'order_ts')
	};
	if (numbers.length) reasons.unparsable_number = numbers.join(' OR ');
	if (input.options.setAsideCancelled && cancelled.length) {
		reasons.cancelled = cancelled.join(' OR ');
	}
	if (input.options.setAsideNonPositive) reasons.non_positive = 'quantity <= 0 OR amount <= 0';
	const copies = textCopies({
		customer_id: { column: col('customer_id'), as: 'id' },
		// An order id that is never missing is never made up from the customer and the day.
		order_id: { column: col('order_id'), as: 'id', present: true },
		product: { column: col('product'), as: 'text' },
		category: { column: col('category'), as: 'text' },
		channel: { column: col('channel'), as: 'text' }
	});
	const output = CANONICAL_COLUMNS.transactions.map((c) => c.name);
	return { parsed, shaped, output, reasons, copies };
}
