import { describe, expect, it } from 'vitest';
import { mappingProblems, roleLabel, rolesForKind } from '../../../src/data/roles-for-kind';
import type { Role, SourceKind, SourceMapping } from '../../../src/data/types';

function mapping(kind: SourceKind, roles: Record<string, Role>): SourceMapping {
	return { table: 'src_1', kind, roles, dateFormats: {}, numberFormats: {} };
}

describe('rolesForKind', () => {
	const rows = [
		{
			name: 'transactions',
			input: 'transactions',
			has: ['amount', 'country', 'ignore'],
			lacks: ['attribute', 'event_time']
		},
		{
			name: 'customers',
			input: 'customers',
			has: ['customer_id', 'age', 'attribute', 'ignore'],
			lacks: ['amount']
		},
		{
			name: 'events',
			input: 'events',
			has: ['customer_id', 'event_time', 'event_type', 'channel', 'ignore'],
			lacks: ['attribute']
		},
		{
			name: 'tickets',
			input: 'tickets',
			has: ['created_at', 'ticket_kind', 'satisfaction', 'ignore'],
			lacks: ['attribute']
		},
		{ name: 'ignore', input: 'ignore', has: ['ignore'], lacks: ['customer_id'] }
	] as const;
	it.each(rows)('$name', ({ input, has, lacks }) => {
		const roles = rolesForKind(input);
		for (const role of has) expect(roles).toContain(role);
		for (const role of lacks) expect(roles).not.toContain(role);
		expect(new Set(roles).size).toBe(roles.length);
	});

	it('returns a copy the caller may change', () => {
		rolesForKind('events').pop();
		expect(rolesForKind('events')).toContain('ignore');
	});
});

describe('roleLabel', () => {
	it('writes roles as words', () => {
		expect(roleLabel('order_date')).toBe('order date');
		expect(roleLabel('is_return')).toBe('return flag');
	});
});

describe('mappingProblems', () => {
	const rows: { name: string; input: SourceMapping; expected: string[] }[] = [
		{
			name: 'complete transactions',
			input: mapping('transactions', {
				c: 'customer_id',
				d: 'order_date',
				a: 'amount',
				x: 'ignore',
				y: 'ignore'
			}),
			expected: []
		},
		{
			name: 'quantity and unit price stand in for amount',
			input: mapping('transactions', {
				c: 'customer_id',
				d: 'order_date',
				q: 'quantity',
				p: 'unit_price'
			}),
			expected: []
		},
		{
			name: 'transactions missing everything',
			input: mapping('transactions', { q: 'quantity', x: 'ignore' }),
			expected: [
				'A transactions source needs a customer id column.',
				'A transactions source needs an order date column.',
				'A transactions source needs an amount column, or quantity and unit price.'
			]
		},
		{
			name: 'a role used twice',
			input: mapping('transactions', {
				c: 'customer_id',
				d: 'order_date',
				a: 'amount',
				b: 'amount',
				t: 'amount'
			}),
			expected: ['Only one column can be amount, but "a", "b" and "t" are.']
		},
		{
			name: 'customers need an id; attributes may repeat',
			input: mapping('customers', { hobby: 'attribute', pet: 'attribute', Age: 'age' }),
			expected: ['A customers source needs a customer id column.']
		},
		{
			name: 'events need a time',
			input: mapping('events', { u: 'customer_id', e: 'event_type' }),
			expected: ['An events source needs an event time column.']
		},
		{
			name: 'tickets need a kind or a satisfaction',
			input: mapping('tickets', { u: 'customer_id', d: 'created_at' }),
			expected: ['A tickets source needs a ticket kind or a satisfaction column.']
		},
		{
			name: 'a role the kind does not offer',
			input: mapping('tickets', { u: 'customer_id', s: 'satisfaction', Age: 'age' }),
			expected: ['"Age": age is not a role of a tickets source.']
		},
		{
			name: 'hostile column names are quoted as text',
			input: mapping('customers', {
				'weird "name"; DROP TABLE x; --': 'customer_id',
				b: 'customer_id'
			}),
			expected: [
				'Only one column can be customer id, but "weird "name"; DROP TABLE x; --" and "b" are.'
			]
		},
		{
			name: 'an ignored source has no problems',
			input: mapping('ignore', { a: 'ignore' }),
			expected: []
		}
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(mappingProblems(input)).toEqual(expected);
	});
});
