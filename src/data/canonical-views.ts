import { quoteIdent } from '../sql/quote';
import { CANONICAL_COLUMNS, DATA_KINDS, VIEW_NAMES, type DataKind } from './canonical-schema';
import { cleanTableName } from './clean-sql';
import type { SourceMapping } from './types';

/**
 * SQL creating the four canonical views over the kept rows of the clean tables, one statement
 * per view; a kind without a source gets an empty view with the right columns and types.
 */
export function buildCanonicalViewsSql(mappings: SourceMapping[]): string[] {
	return DATA_KINDS.map((kind) => {
		const tables = mappings.filter((m) => m.kind === kind).map((m) => cleanTableName(m.table));
		const body = tables.length
			? tables.map((t) => keptRowsSql(kind, t)).join('\nUNION ALL BY NAME\n')
			: emptyRowsSql(kind);
		return `CREATE OR REPLACE VIEW ${quoteIdent(VIEW_NAMES[kind])} AS\n${body}`;
	});
}

function keptRowsSql(kind: DataKind, table: string): string {
	// customer_attributes carries whatever attributes each customers file maps.
	const columns =
		kind === 'customers'
			? '* EXCLUDE (_line, _reason, _duplicate)'
			: CANONICAL_COLUMNS[kind].map((c) => c.name).join(', ');
	return `SELECT ${columns} FROM ${quoteIdent(table)} WHERE _reason IS NULL`;
}

function emptyRowsSql(kind: DataKind): string {
	const columns = CANONICAL_COLUMNS[kind].map((c) => `CAST(NULL AS ${c.type}) AS ${c.name}`);
	return `SELECT ${columns.join(', ')} WHERE false`;
}
