import { english } from '../i18n/english';

/**
 * What kind of failure an engine call ended in:
 * - `out-of-memory`: DuckDB could not allocate; the database is fine, the query was too big.
 * - `cancelled`: the user stopped it.
 * - `query`: DuckDB refused or failed the statement (syntax, a missing table, a bad cast...).
 * - `engine-lost`: the worker died or the WebAssembly instance trapped; it cannot be trusted.
 * - `unknown`: anything else; the engine checks its health before trusting it again.
 */
export type EngineErrorKind = 'out-of-memory' | 'cancelled' | 'query' | 'engine-lost' | 'unknown';

/** The rejection of a call that was running when the engine was lost; the engine restarts. */
export class EngineLostError extends Error {
	/** What stopped the engine, as the worker or the WebAssembly runtime reported it. */
	readonly reason: string;
	constructor(reason: string) {
		super(english('engine.stopped', { reason }));
		this.name = 'EngineLostError';
		this.reason = reason;
	}
}

// A trap leaves the WebAssembly instance in an undefined state: after one, DuckDB-WASM must be
// started afresh. https://webassembly.github.io/spec/core/intro/overview.html#trap
const TRAP_PATTERNS = [
	/memory access out of bounds/i,
	/^(RuntimeError: )?unreachable/i,
	/unreachable (code|executed)/i,
	/Aborted\(/,
	/call stack size exceeded/i,
	/table index is out of bounds/i,
	/null function or function signature mismatch/i,
	/integer (divide by zero|overflow)/i
];

// DuckDB's own errors start with their class: "Parser Error: ...", "Catalog Error: ...".
const DUCKDB_ERROR = /^[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)* Error: /;

/** Sorts whatever an engine call threw into one of the kinds above. */
export function classifyEngineError(error: unknown): EngineErrorKind {
	if (error instanceof EngineLostError) return 'engine-lost';
	const name = error instanceof Error ? error.name : '';
	const message = rawMessage(error);
	if (name === 'RuntimeError' || TRAP_PATTERNS.some((p) => p.test(message))) return 'engine-lost';
	if (/^Out of Memory Error: /m.test(message)) return 'out-of-memory';
	if (/cancel/i.test(message) && !DUCKDB_ERROR.test(message)) return 'cancelled';
	if (/^INTERRUPT Error: /.test(message) || /Interrupted/.test(message)) return 'cancelled';
	if (DUCKDB_ERROR.test(message)) return 'query';
	return 'unknown';
}

/** Turns whatever an engine call threw into a readable message, keeping DuckDB's own words. */
export function engineErrorMessage(error: unknown): string {
	const message = rawMessage(error);
	switch (classifyEngineError(error)) {
		case 'out-of-memory':
			return english('engine.outOfMemory', { duckdb: firstLine(message) });
		case 'engine-lost': {
			const cause = error instanceof EngineLostError ? error.reason : firstLine(message);
			return english('engine.lostWhileRunning', { reason: cause });
		}
		default:
			return message;
	}
}

function rawMessage(error: unknown): string {
	if (error instanceof Error) return error.message;
	if (typeof error === 'string') return error;
	return String(error);
}

// DuckDB appends advice for its desktop build (temp directories, threads) that does not apply
// in the browser; its first line says what happened.
function firstLine(message: string): string {
	return message.split('\n')[0]!.trim();
}
