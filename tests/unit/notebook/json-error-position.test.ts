import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../../src/notebook/json-error-position';

describe('jsonErrorPosition', () => {
	const rows: { name: string; text: string; expected: ReturnType<typeof jsonErrorPosition> }[] = [
		{ name: 'valid object', text: '{"a": [1, -2.5e3, true, null, "\\u00e9\\n"]}', expected: null },
		{ name: 'valid scalar with spaces', text: ' \n "x" \n', expected: null },
		{ name: 'trailing comma', text: '{"a": 1,\n}', expected: { line: 2, column: 1, atEnd: false } },
		{ name: 'single quotes', text: "{\n  'a': 1}", expected: { line: 2, column: 3, atEnd: false } },
		{ name: 'missing colon', text: '{"a" 1}', expected: { line: 1, column: 6, atEnd: false } },
		{ name: 'bad literal', text: '[tru]', expected: { line: 1, column: 5, atEnd: false } },
		{ name: 'leading zero', text: '[01]', expected: { line: 1, column: 3, atEnd: false } },
		{ name: 'bad escape', text: '["\\x"]', expected: { line: 1, column: 4, atEnd: false } },
		{
			name: 'raw newline in text',
			text: '["a\nb"]',
			expected: { line: 1, column: 4, atEnd: false }
		},
		{
			name: 'text after the value',
			text: '{}\n{}',
			expected: { line: 2, column: 1, atEnd: false }
		},
		{ name: 'cut off', text: '{"a": [1,\n2', expected: { line: 2, column: 2, atEnd: true } },
		{ name: 'empty', text: '', expected: { line: 1, column: 1, atEnd: true } }
	];
	it.each(rows)('$name', ({ text, expected }) => {
		expect(jsonErrorPosition(text)).toEqual(expected);
		// It agrees with JSON.parse on what is valid.
		expect(() => JSON.parse(text)).toSatisfy((parse: () => unknown) => {
			try {
				parse();
				return expected === null;
			} catch {
				return expected !== null;
			}
		});
	});
});
