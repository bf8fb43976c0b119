/** Quotes an identifier for DuckDB: any text, including quotes and semicolons, becomes one name. */
export function quoteIdent(name: string): string {
	return '"' + name.replaceAll('"', '""') + '"';
}

/** Quotes a string value as a DuckDB literal. */
export function quoteLiteral(value: string): string {
	return "'" + value.replaceAll("'", "''") + "'";
}

/** Writes a JS value as a DuckDB literal: numbers as numbers, null as NULL, the rest as text. */
export function sqlValue(value: string | number | boolean | null): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`invalid number: ${value}`);
		return String(value);
	}
	return quoteLiteral(value);
}
