import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

// DuckDB's SQL grew out of PostgreSQL's parser, so the PostgreSQL dialect (dollar quoting,
// `::` casts, `"` identifiers) is the base; these are the words DuckDB adds on top.
// Keywords: `SELECT * FROM duckdb_keywords()`; types: https://duckdb.org/docs/sql/data_types/overview
const DUCKDB_KEYWORDS =
	'anti asof columns describe exclude glob ilike install lambda load macro pivot pivot_longer ' +
	'pivot_wider positional pragma qualify replace sample semi show struct summarize tablesample ' +
	'try_cast union_by_name unpivot unpack use';
const DUCKDB_TYPES =
	'blob bitstring hugeint uhugeint ubigint uinteger usmallint utinyint tinyint long short ' +
	'timestamp_s timestamp_ms timestamp_ns list map enum string';

/** The editor's SQL dialect: PostgreSQL plus DuckDB's own keywords and types. */
export const DuckDB = SQLDialect.define({
	...PostgreSQL.spec,
	keywords: `${PostgreSQL.spec.keywords ?? ''} ${DUCKDB_KEYWORDS}`,
	types: `${PostgreSQL.spec.types ?? ''} ${DUCKDB_TYPES}`,
	// DuckDB matches names regardless of case (`Amount` finds "amount").
	caseInsensitiveIdentifiers: true
});
