import type { DateFormat, Role, SetAsideReason, SourceKind } from '../data/types';
import type { TextEncoding } from '../engine/readers/text-sniff';

/** What each kind of source is called on screen. */
export const KIND_LABELS: Record<SourceKind, string> = {
	transactions: 'Transactions (order lines)',
	customers: 'Customer attributes',
	events: 'Events (web, email, social)',
	tickets: 'Support tickets',
	ignore: 'Not used'
};

/** What each column role is called on screen. */
export const ROLE_LABELS: Record<Role, string> = {
	customer_id: 'Customer id',
	order_id: 'Order id',
	order_date: 'Order date',
	amount: 'Amount (line total)',
	quantity: 'Quantity',
	unit_price: 'Unit price',
	product: 'Product',
	category: 'Category',
	discount: 'Discount',
	channel: 'Channel',
	is_return: 'Return flag',
	status: 'Order status',
	age: 'Age',
	birth_date: 'Birth date',
	gender: 'Gender',
	education: 'Education',
	occupation: 'Occupation',
	marital_status: 'Marital status',
	children: 'Children',
	income: 'Income',
	city: 'City',
	region: 'Region',
	country: 'Country',
	signup_date: 'Signup date',
	email: 'Email',
	name: 'Name',
	event_time: 'Event time',
	event_type: 'Event type',
	created_at: 'Ticket date',
	ticket_kind: 'Ticket kind',
	satisfaction: 'Satisfaction score',
	attribute: 'Other attribute (kept)',
	ignore: 'Not used'
};

/** Why a row was set aside, in words a client understands. */
export const REASON_LABELS: Record<SetAsideReason, string> = {
	malformed_line: 'Line does not fit the header’s columns',
	missing_customer_id: 'No customer id',
	missing_date: 'No date',
	unparsable_date: 'Date not understood',
	unparsable_number: 'Amount, quantity or price not a number',
	cancelled: 'Cancelled order',
	non_positive: 'Zero or negative quantity or amount',
	repeated_customer_id: 'Customer id listed again',
	duplicate: 'Exact duplicate line'
};

/** What each text encoding is called on screen. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (little-endian)',
	'utf-16be': 'UTF-16 (big-endian)',
	'windows-1252': 'Windows-1252 (Western European)',
	'windows-1256': 'Windows-1256 (Arabic script)'
};

/** How each way of writing text dates is called in the mapping editor. */
export const DATE_FORMAT_LABELS: Record<Exclude<DateFormat, null>, string> = {
	iso: 'Year first (2024-03-20)',
	dmy: 'Day/month/year (20/03/2024)',
	mdy: 'Month/day/year (03/20/2024)',
	ymd: 'Year/month/day (2024/03/20)',
	jalali: 'Jalali, Solar Hijri (1403/01/01)'
};
