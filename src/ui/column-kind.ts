/** What a result column holds, as far as display and charts care. */
export type ColumnKind = 'number' | 'date' | 'timestamp' | 'time' | 'boolean' | 'text' | 'other';

// Column types reach the UI either as DuckDB type names (DESCRIBE: `DECIMAL(18,2)`, `TIMESTAMP
// WITH TIME ZONE`) or as Arrow type names (`String(field.type)`: `Float64`, `Date32<DAY>`,
// `Timestamp<MICROSECOND, UTC>`); both spellings are recognised.
const RULES: [RegExp, ColumnKind][] = [
	[/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|U(TINY|SMALL|BIG|HUGE)?INT(EGER)?)$/i, 'number'],
	[/^(FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)(\(.*\))?$/i, 'number'],
	[/^(Int|Uint)(8|16|32|64)$|^Float(16|32|64)$|^Decimal\[/, 'number'],
	[/^DATE$|^Date(32|64)</, 'date'],
	[/^TIMESTAMP|^Timestamp</i, 'timestamp'],
	[/^TIME( WITH TIME ZONE)?$|^TIMETZ$|^Time(32|64)</i, 'time'],
	[/^BOOL(EAN)?$/i, 'boolean'],
	[
		/^(VARCHAR|TEXT|STRING|CHAR|BPCHAR|UUID|ENUM)(\(.*\))?$|^(Large)?Utf8$|^Dictionary<.*Utf8>$/i,
		'text'
	]
];

/** Classifies a DuckDB or Arrow type name. */
export function columnKind(type: string): ColumnKind {
	const trimmed = type.trim();
	for (const [pattern, kind] of RULES) if (pattern.test(trimmed)) return kind;
	return 'other';
}
