/** Turns whatever DuckDB-WASM threw into a readable message, keeping DuckDB's own words. */
export function engineErrorMessage(error: unknown): string {
	if (error instanceof Error) return error.message;
	if (typeof error === 'string') return error;
	return String(error);
}
