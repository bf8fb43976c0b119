import { describe, expect, it } from 'vitest';
import { columnKind, type ColumnKind } from '../../../src/ui/column-kind';
import { formatCell, formatSample } from '../../../src/ui/format';

describe('columnKind', () => {
	const cases: [string, ColumnKind][] = [
		['BIGINT', 'number'],
		['UBIGINT', 'number'],
		['INTEGER', 'number'],
		['DECIMAL(18,2)', 'number'],
		['DOUBLE', 'number'],
		['Float64', 'number'],
		['Int32', 'number'],
		['Uint8', 'number'],
		['Decimal[18e+2]', 'number'],
		['DATE', 'date'],
		['Date32<DAY>', 'date'],
		['TIMESTAMP', 'timestamp'],
		['TIMESTAMP WITH TIME ZONE', 'timestamp'],
		['TIMESTAMP_NS', 'timestamp'],
		['Timestamp<MICROSECOND, UTC>', 'timestamp'],
		['TIME', 'time'],
		['Time64<MICROSECOND>', 'time'],
		['BOOLEAN', 'boolean'],
		['Bool', 'boolean'],
		['VARCHAR', 'text'],
		['Utf8', 'text'],
		["ENUM('a', 'b')", 'text'],
		['Dictionary<Int32, Utf8>', 'text'],
		['UUID', 'text'],
		['INTEGER[]', 'other'],
		['List<Int32>', 'other'],
		['STRUCT(a INTEGER)', 'other'],
		['BLOB', 'other'],
		['INTERVAL', 'other']
	];
	for (const [type, kind] of cases)
		it(`${type} → ${kind}`, () => expect(columnKind(type)).toBe(kind));
});

describe('formatCell', () => {
	const cases: { name: string; value: unknown; type: string; expected: string }[] = [
		// The behaviour the preview table relied on before results came along.
		{ name: 'null', value: null, type: 'VARCHAR', expected: '' },
		{ name: 'undefined', value: undefined, type: 'DATE', expected: '' },
		{ name: 'DATE as epoch ms', value: 1704153600000, type: 'DATE', expected: '2024-01-02' },
		{
			name: 'TIMESTAMP as epoch ms',
			value: 1704164645123,
			type: 'TIMESTAMP',
			expected: '2024-01-02 03:04:05'
		},
		{
			name: 'a Date',
			value: new Date('2024-01-02T00:00:00Z'),
			type: 'VARCHAR',
			expected: '2024-01-02'
		},
		{ name: 'a number', value: 1234.5, type: 'DOUBLE', expected: '1234.5' },
		{ name: 'text', value: '<b>x</b>', type: 'VARCHAR', expected: '<b>x</b>' },
		{ name: 'a boolean', value: true, type: 'BOOLEAN', expected: 'true' },
		// Arrow type names, as a query result's schema spells them.
		{
			name: 'Date32 as epoch ms',
			value: 1704153600000,
			type: 'Date32<DAY>',
			expected: '2024-01-02'
		},
		{
			name: 'Timestamp with zone',
			value: 1704164645000,
			type: 'Timestamp<MICROSECOND, UTC>',
			expected: '2024-01-02 03:04:05'
		},
		{
			name: 'a TIMESTAMP held as a Date keeps its time',
			value: new Date('2024-01-02T03:04:05Z'),
			type: 'TIMESTAMP',
			expected: '2024-01-02 03:04:05'
		},
		{ name: 'infinity date', value: 185542587100800000, type: 'DATE', expected: 'infinity' },
		{ name: '-infinity date', value: -185542587100800000, type: 'DATE', expected: '-infinity' },
		{ name: 'TIME in µs', value: 45296000000n, type: 'Time64<MICROSECOND>', expected: '12:34:56' },
		{ name: 'TIME with a fraction', value: 45296500000n, type: 'TIME', expected: '12:34:56.5' },
		{ name: 'TIME in ms', value: 45296000, type: 'Time32<MILLISECOND>', expected: '12:34:56' },
		{
			name: 'a BLOB',
			value: new Uint8Array([0x61, 0x00, 0xff]),
			type: 'BLOB',
			expected: 'a\\x00\\xFF'
		},
		{ name: 'a bigint', value: 12n, type: 'Int64', expected: '12' }
	];
	for (const { name, value, type, expected } of cases) {
		it(name, () => expect(formatCell(value, type)).toBe(expected));
	}
});

describe('formatSample', () => {
	it('writes DATE and TIMESTAMP samples (epoch ms as text) as dates, the rest as they are', () => {
		// 1485993600000 ms = 2017-02-02T00:00:00Z; -173750400000 ms = 2,011 days before 1970-01-01 = 1964-06-30.
		expect(formatSample('1485993600000', 'DATE')).toBe('2017-02-02');
		expect(formatSample('-173750400000', 'DATE')).toBe('1964-06-30');
		expect(formatSample('1485993600000', 'TIMESTAMP')).toBe('2017-02-02 00:00:00');
		expect(formatSample('12500', 'BIGINT')).toBe('12500');
		expect(formatSample('2024-01-05', 'VARCHAR')).toBe('2024-01-05');
		expect(formatSample('n/a', 'DATE')).toBe('n/a');
	});
});
