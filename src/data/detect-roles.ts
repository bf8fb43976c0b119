import { KIND_NAME_WORDS, TICKET_HEADER_WORDS, type NamedRole } from './header-aliases';
import { headerTokens } from './normalize-header';
import { EXACT_ROLE_SCORE, MIN_ROLE_SCORE, roleScore } from './role-score';
import { rolesForKind } from './roles-for-kind';
import {
	ATTRIBUTE_ROLES,
	EVENT_ROLES,
	TICKET_ROLES,
	TRANSACTION_ROLES,
	type Role,
	type SourceColumn,
	type SourceKind,
	type SourceMapping,
	type SourceTable
} from './types';

// A kind of file decides what an ambiguous header means: `created at` in an orders export is the
// order date, in a customers file the sign-up date.
const PRIMARY: Record<SourceKind, ReadonlySet<Role>> = {
	transactions: new Set(TRANSACTION_ROLES),
	customers: new Set<Role>(['customer_id', ...ATTRIBUTE_ROLES]),
	events: new Set<Role>(['customer_id', ...EVENT_ROLES]),
	tickets: new Set<Role>(['customer_id', ...TICKET_ROLES]),
	ignore: new Set()
};

const ATTRIBUTES = new Set<Role>(ATTRIBUTE_ROLES);

/** Best column for each role, each role at most once: column index → role and score. */
function assignRoles(columns: SourceColumn[], kind: SourceKind) {
	const roles = rolesForKind(kind).filter(
		(r): r is NamedRole => r !== 'ignore' && r !== 'attribute'
	);
	const pairs: { column: number; role: NamedRole; score: number; order: number }[] = [];
	columns.forEach((column, c) => {
		roles.forEach((role, order) => {
			const score = roleScore(column, role);
			if (score < MIN_ROLE_SCORE) return;
			pairs.push({ column: c, role, score: score + (PRIMARY[kind].has(role) ? 2 : 0), order });
		});
	});
	pairs.sort((a, b) => b.score - a.score || a.column - b.column || a.order - b.order);
	const assigned = new Map<number, { role: NamedRole; score: number }>();
	const taken = new Set<NamedRole>();
	for (const { column, role, score } of pairs) {
		if (assigned.has(column) || taken.has(role)) continue;
		assigned.set(column, { role, score });
		taken.add(role);
	}
	return assigned;
}

/** The role of every column for a kind of source; unmatched columns are `attribute` or `ignore`. */
export function detectColumnRoles(columns: SourceColumn[], kind: SourceKind): Record<string, Role> {
	const assigned = assignRoles(columns, kind);
	const fallback: Role = kind === 'customers' ? 'attribute' : 'ignore';
	const roles: Record<string, Role> = {};
	columns.forEach((column, c) => {
		roles[column.name] = assigned.get(c)?.role ?? fallback;
	});
	return roles;
}

/** Roles found in a source read as one kind: `has` any match, `named` the header names the role. */
function evidence(columns: SourceColumn[], kind: SourceKind) {
	const found = [...assignRoles(columns, kind).values()];
	return {
		has: (role: Role) => found.some((f) => f.role === role),
		named: (role: Role) => found.some((f) => f.role === role && f.score >= EXACT_ROLE_SCORE),
		attributes: found.filter((f) => ATTRIBUTES.has(f.role)).length
	};
}

function hasWord(tokens: string[], word: string): boolean {
	const parts = headerTokens(word);
	if (parts.length === 1) return tokens.some((t) => t.startsWith(parts[0] ?? ''));
	return tokens.some((_, i) => parts.every((p, j) => tokens[i + j] === p));
}

/** The kind a file or sheet name suggests (`orders.csv`, `مشتریان`, `khach_hang`), if any. */
export function kindFromName(name: string): SourceKind | null {
	const base = name.split(/[\\/]/).at(-1) ?? '';
	const tokens = headerTokens(base.replace(/\.[a-z0-9]{1,5}$/i, ''));
	for (const [kind, words] of KIND_NAME_WORDS) {
		if (words.some((w) => hasWord(tokens, w))) return kind;
	}
	return null;
}

/** What a source holds, from its headers, column types, samples and file name. */
export function detectSourceKind(source: SourceTable): SourceKind {
	const { columns } = source;
	const hint = kindFromName(source.fileName) ?? kindFromName(source.sheet ?? '');
	const tx = evidence(columns, 'transactions');
	const cu = evidence(columns, 'customers');
	const ev = evidence(columns, 'events');
	const tk = evidence(columns, 'tickets');
	const priced = tx.has('amount') || (tx.has('quantity') && tx.has('unit_price'));
	const tokens = columns.flatMap((c) => headerTokens(c.name));
	const ticketish = hint === 'tickets' || TICKET_HEADER_WORDS.some((w) => hasWord(tokens, w));
	const isTransactions =
		(tx.has('order_date') && (priced || tx.has('order_id'))) || (tx.has('order_id') && priced);
	// Weak evidence (a lone time column, a customer key with unnamed columns) yields to the name.
	const open = (kind: SourceKind) => hint === null || hint === kind;
	const fits: [SourceKind, boolean][] = [
		['tickets', (tk.has('satisfaction') || tk.has('ticket_kind')) && ticketish],
		[
			'events',
			!priced &&
				(ev.named('event_type') ||
					(ev.named('event_time') && cu.attributes === 0 && open('events')))
		],
		['transactions', isTransactions],
		[
			'customers',
			cu.has('customer_id') &&
				columns.length > 1 &&
				!isTransactions &&
				!priced &&
				(cu.attributes > 0 || open('customers'))
		]
	];
	const fitting = fits.filter(([, fit]) => fit).map(([kind]) => kind);
	if (hint && fitting.includes(hint)) return hint;
	if (fitting[0]) return fitting[0];
	// The name alone decides when the headers hold at least a customer key.
	const minimal: Record<SourceKind, boolean> = {
		transactions: tx.has('customer_id') || tx.has('order_id'),
		customers: cu.has('customer_id') || cu.has('email') || cu.has('name'),
		events: ev.has('customer_id'),
		tickets: tk.has('customer_id'),
		ignore: true
	};
	return hint && minimal[hint] ? hint : 'ignore';
}

/** A first mapping of a source: its kind and column roles; formats are filled in elsewhere. */
export function detectMapping(source: SourceTable): SourceMapping {
	const kind = detectSourceKind(source);
	return {
		table: source.table,
		kind,
		roles: detectColumnRoles(source.columns, kind),
		dateFormats: {},
		numberFormats: {}
	};
}
