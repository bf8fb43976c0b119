import { describe, expect, it } from 'vitest';
import {
	classifyEngineError,
	engineErrorMessage,
	EngineLostError,
	type EngineErrorKind
} from '../../../src/engine/engine-error';

function named(name: string, message: string): Error {
	return Object.assign(new Error(message), { name });
}

// Messages as DuckDB-WASM 1.32 and the browser's WebAssembly runtime report them.
const CASES: { input: unknown; kind: EngineErrorKind }[] = [
	{
		input: new Error(
			'Out of Memory Error: failed to allocate data of size 32.0 MiB (32.0 MiB/61.0 MiB used)\n' +
				'Database is launched in in-memory mode and no temporary directory is specified.'
		),
		kind: 'out-of-memory'
	},
	{ input: named('RuntimeError', 'memory access out of bounds'), kind: 'engine-lost' },
	{ input: new Error('RuntimeError: unreachable'), kind: 'engine-lost' },
	{ input: new Error('unreachable executed'), kind: 'engine-lost' },
	{ input: new Error('Aborted(OOM). Build with -sASSERTIONS for more info.'), kind: 'engine-lost' },
	{ input: named('RangeError', 'Maximum call stack size exceeded'), kind: 'engine-lost' },
	{ input: new EngineLostError('its worker failed: boom'), kind: 'engine-lost' },
	{ input: new Error('The query was cancelled.'), kind: 'cancelled' },
	{ input: new Error('INTERRUPT Error: Interrupted!'), kind: 'cancelled' },
	{ input: new Error('Catalog Error: Table with name nope does not exist!'), kind: 'query' },
	{ input: new Error('Parser Error: syntax error at or near "SELEC"'), kind: 'query' },
	{
		input: new Error('Invalid Input Error: CSV options could not be auto-detected'),
		kind: 'query'
	},
	{ input: new Error('Conversion Error: Could not convert string to INT32'), kind: 'query' },
	{ input: new TypeError("Cannot read properties of undefined (reading 'x')"), kind: 'unknown' },
	{ input: 'something odd', kind: 'unknown' }
];

describe('classifyEngineError', () => {
	it.each(CASES)('$input → $kind', ({ input, kind }) => {
		expect(classifyEngineError(input)).toBe(kind);
	});
});

describe('engineErrorMessage', () => {
	it('says in plain words that memory ran out, what to try, and DuckDB’s first line only', () => {
		const message = engineErrorMessage(CASES[0]!.input);
		expect(message).toBe(
			'DuckDB ran out of memory running this. Try a smaller as-of window or fewer columns and ' +
				'rows, or run the notebook’s SQL export in DuckDB on a machine with more memory. ' +
				'DuckDB said: Out of Memory Error: failed to allocate data of size 32.0 MiB ' +
				'(32.0 MiB/61.0 MiB used)'
		);
	});

	it('says the engine stopped and restarts, naming the cause', () => {
		expect(engineErrorMessage(new EngineLostError('memory access out of bounds'))).toBe(
			'The DuckDB engine stopped while running this (memory access out of bounds). It was ' +
				'restarted and the data is read again; the other cells run again by themselves — run ' +
				'this one again when you are ready.'
		);
	});

	it('keeps DuckDB’s own words for query errors', () => {
		expect(engineErrorMessage(CASES[9]!.input)).toBe(
			'Catalog Error: Table with name nope does not exist!'
		);
	});
});
