import {
	ATTRIBUTE_ROLES,
	TRANSACTION_ROLES,
	type Role,
	type SourceKind,
	type SourceMapping
} from './types';

// Transaction exports often carry customer facts on every line (the UCI file's Country), so a
// transactions source offers the named attributes too.
const ROLES: Record<SourceKind, readonly Role[]> = {
	transactions: [...TRANSACTION_ROLES, ...ATTRIBUTE_ROLES, 'ignore'],
	customers: ['customer_id', ...ATTRIBUTE_ROLES, 'attribute', 'ignore'],
	events: ['customer_id', 'event_time', 'event_type', 'channel', 'ignore'],
	tickets: ['customer_id', 'created_at', 'ticket_kind', 'satisfaction', 'ignore'],
	ignore: ['ignore']
};

/** The roles the mapping editor offers for a kind of source, `ignore` included. */
export function rolesForKind(kind: SourceKind): Role[] {
	return [...ROLES[kind]];
}

const LABELS: Partial<Record<Role, string>> = {
	is_return: 'return flag',
	ticket_kind: 'ticket kind',
	created_at: 'created-at date',
	signup_date: 'sign-up date'
};

/** A role as plain English words: `order_date` → `order date`. */
export function roleLabel(role: Role): string {
	return LABELS[role] ?? role.replaceAll('_', ' ');
}

const ARTICLE: Record<SourceKind, string> = {
	transactions: 'A transactions',
	customers: 'A customers',
	events: 'An events',
	tickets: 'A tickets',
	ignore: 'An ignored'
};

/** Plain-English messages for what a mapping lacks or gets wrong; empty when it is usable. */
export function mappingProblems(mapping: SourceMapping): string[] {
	const { kind } = mapping;
	if (kind === 'ignore') return [];
	const columnsByRole = new Map<Role, string[]>();
	for (const [column, role] of Object.entries(mapping.roles)) {
		columnsByRole.set(role, [...(columnsByRole.get(role) ?? []), column]);
	}
	const has = (role: Role) => columnsByRole.has(role);
	const needs = (what: string) => `${ARTICLE[kind]} source needs ${what}.`;
	const problems: string[] = [];

	if (!has('customer_id')) problems.push(needs('a customer id column'));
	if (kind === 'transactions') {
		if (!has('order_date')) problems.push(needs('an order date column'));
		if (!has('amount') && !(has('quantity') && has('unit_price'))) {
			problems.push(needs('an amount column, or quantity and unit price'));
		}
	}
	if (kind === 'events' && !has('event_time')) problems.push(needs('an event time column'));
	if (kind === 'tickets' && !has('ticket_kind') && !has('satisfaction')) {
		problems.push(needs('a ticket kind or a satisfaction column'));
	}

	const offered = new Set(ROLES[kind]);
	for (const [role, columns] of columnsByRole) {
		const names = listNames(columns);
		if (!offered.has(role)) {
			problems.push(
				`${names}: ${roleLabel(role)} is not a role of ${ARTICLE[kind].toLowerCase()} source.`
			);
		} else if (columns.length > 1 && role !== 'attribute' && role !== 'ignore') {
			problems.push(`Only one column can be ${roleLabel(role)}, but ${names} are.`);
		}
	}
	return problems;
}

function listNames(columns: string[]): string {
	const quoted = columns.map((c) => `"${c}"`);
	return quoted.length < 2
		? quoted.join('')
		: `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
