import type { SourceKind } from './types';
import { ATTRIBUTE_ROLES } from './types';

/** A source kind that feeds a canonical view. */
export type DataKind = Exclude<SourceKind, 'ignore'>;
export const DATA_KINDS: readonly DataKind[] = ['transactions', 'customers', 'events', 'tickets'];

export type AttributeRole = (typeof ATTRIBUTE_ROLES)[number];

/** A column of a canonical view: its name and DuckDB type. */
export interface CanonicalColumn {
	name: string;
	type: 'VARCHAR' | 'DOUBLE' | 'DATE' | 'TIMESTAMP' | 'BOOLEAN';
}

/** The view each kind of source feeds (names are part of the contract with SQL cells). */
export const VIEW_NAMES: Record<DataKind, string> = {
	transactions: 'transactions',
	customers: 'customer_attributes',
	events: 'events',
	tickets: 'tickets'
};

const col = (name: string, type: CanonicalColumn['type']): CanonicalColumn => ({ name, type });

/** The fixed columns of each view; customer_attributes adds the attributes each file maps. */
export const CANONICAL_COLUMNS: Record<DataKind, readonly CanonicalColumn[]> = {
	transactions: [
		col('customer_id', 'VARCHAR'),
		col('order_id', 'VARCHAR'),
		col('order_date', 'DATE'),
		col('order_ts', 'TIMESTAMP'),
		col('amount', 'DOUBLE'),
		col('quantity', 'DOUBLE'),
		col('product', 'VARCHAR'),
		col('category', 'VARCHAR'),
		col('channel', 'VARCHAR'),
		col('discount', 'DOUBLE'),
		col('is_return', 'BOOLEAN')
	],
	customers: [col('customer_id', 'VARCHAR')],
	events: [
		col('customer_id', 'VARCHAR'),
		col('event_time', 'TIMESTAMP'),
		col('event_type', 'VARCHAR'),
		col('channel', 'VARCHAR')
	],
	tickets: [
		col('customer_id', 'VARCHAR'),
		col('created_at', 'TIMESTAMP'),
		col('kind', 'VARCHAR'),
		col('satisfaction', 'DOUBLE')
	]
};

/** The DuckDB type a named attribute role has in customer_attributes. */
export function attributeType(role: AttributeRole): CanonicalColumn['type'] {
	if (role === 'age' || role === 'children' || role === 'income') return 'DOUBLE';
	if (role === 'birth_date' || role === 'signup_date') return 'DATE';
	return 'VARCHAR';
}

/** Whether a role is one of the named customer attributes. */
export function isAttributeRole(role: string): role is AttributeRole {
	return (ATTRIBUTE_ROLES as readonly string[]).includes(role);
}

/** The clean-table column whose range is the source's date range, if any. */
export function dateColumn(kind: DataKind, roles: readonly string[]): string | null {
	if (kind === 'transactions') return 'order_date';
	if (kind === 'events') return 'event_time';
	if (kind === 'tickets') return 'created_at';
	return roles.includes('signup_date') ? 'signup_date' : null;
}
