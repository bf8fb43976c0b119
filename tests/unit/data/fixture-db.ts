import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	buildDateFormatProbeSql,
	buildNumberFormatProbeSql,
	chooseDateFormat,
	chooseNumberFormat,
	type DateProbeRow,
	type NumberProbeRow
} from '../../../src/data/detect-formats';
import { isText } from '../../../src/data/clean-read';
import {
	buildCleanTableSql,
	buildCopiesProbeSql,
	cleanCopies,
	copiesKept
} from '../../../src/data/clean-sql';
import type {
	CleaningOptions,
	Role,
	SourceKind,
	SourceMapping,
	SourceTable
} from '../../../src/data/types';
import { quoteIdent, quoteLiteral } from '../../../src/sql/quote';
import type { TestDb } from '../node-duckdb';

/** The header of the fixtures' hostile column. */
export const HOSTILE = 'weird "name"; DROP TABLE x; --';

/** Each fixture written for the cleaning tests, with the roles a user would confirm. */
export const FIXTURES = {
	transactions: {
		file: 'clean-transactions.csv',
		kind: 'transactions',
		roles: {
			'Customer ID': 'customer_id',
			Invoice: 'order_id',
			InvoiceDate: 'order_date',
			Description: 'product',
			Quantity: 'quantity',
			Price: 'unit_price',
			Amount: 'amount',
			Channel: 'channel',
			Returned: 'is_return',
			Status: 'status',
			[HOSTILE]: 'category'
		}
	},
	decimalComma: {
		file: 'clean-decimal-comma.csv',
		kind: 'transactions',
		roles: {
			Kunde: 'customer_id',
			Bestellung: 'order_id',
			Datum: 'order_date',
			Artikel: 'product',
			Menge: 'quantity',
			Einzelpreis: 'unit_price'
		}
	},
	customers: {
		file: 'clean-customers.csv',
		kind: 'customers',
		roles: {
			customer_id: 'customer_id',
			Age: 'age',
			Gender: 'gender',
			City: 'city',
			Income: 'income',
			Signup: 'signup_date',
			Lifestyle: 'attribute',
			[HOSTILE]: 'attribute'
		}
	},
	events: {
		file: 'clean-events.csv',
		kind: 'events',
		roles: { user: 'customer_id', timestamp: 'event_time', event: 'event_type', source: 'channel' }
	},
	tickets: {
		file: 'clean-tickets.csv',
		kind: 'tickets',
		roles: {
			customer: 'customer_id',
			opened: 'created_at',
			type: 'ticket_kind',
			csat: 'satisfaction'
		}
	}
} satisfies Record<string, { file: string; kind: SourceKind; roles: Record<string, Role> }>;

/** Loads one of FIXTURES as `table` and maps it. */
export function loadFixture(
	db: TestDb,
	table: string,
	name: keyof typeof FIXTURES
): { source: SourceTable; mapping: SourceMapping } {
	const { file, kind, roles } = FIXTURES[name];
	const source = loadCsv(db, table, file);
	return { source, mapping: mapSource(db, source, kind, roles) };
}

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const DATE_ROLES: Role[] = ['order_date', 'birth_date', 'signup_date', 'event_time', 'created_at'];
const NUMBER_ROLES: Role[] = [
	'amount',
	'quantity',
	'unit_price',
	'discount',
	'age',
	'children',
	'income',
	'satisfaction'
];

/**
 * Loads a fixture CSV (or inline text) as table `table` the way the app does: read_csv, sniffed
 * types, every column as text when a value breaks them.
 */
export function loadCsv(db: TestDb, table: string, file: string, text?: string): SourceTable {
	const name = `${table}.csv`;
	db.registerText(name, text ?? readFileSync(FIXTURE_DIR + file, 'utf8'));
	const read = (options: string) =>
		db.rows(
			`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${quoteLiteral(name)}${options})`
		);
	// As the app does when a value deep in the file breaks the sniffed type (read-csv-source.ts).
	try {
		read('');
	} catch {
		read(', all_varchar = true');
	}
	const columns = db
		.rows<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`)
		.map((c) => ({ name: c.column_name, type: c.column_type, samples: [] }));
	const count = db.rows<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
	return { table, fileName: file, columns, rowCount: Number(count[0]?.n) };
}

/**
 * The mapping a user would confirm: the given roles (other columns ignored) and, for text
 * columns used as dates or numbers, the formats the probes choose.
 */
export function mapSource(
	db: TestDb,
	source: SourceTable,
	kind: SourceKind,
	roles: Record<string, Role>
): SourceMapping {
	const mapping: SourceMapping = {
		table: source.table,
		kind,
		roles: {},
		dateFormats: {},
		numberFormats: {}
	};
	for (const column of source.columns) {
		const role = roles[column.name] ?? 'ignore';
		mapping.roles[column.name] = role;
		if (!isText(column)) continue;
		if (DATE_ROLES.includes(role)) {
			const [row] = db.rows<DateProbeRow>(buildDateFormatProbeSql(source.table, column.name));
			mapping.dateFormats[column.name] = chooseDateFormat(row!).format;
		} else if (NUMBER_ROLES.includes(role)) {
			const [row] = db.rows<NumberProbeRow>(buildNumberFormatProbeSql(source.table, column.name));
			mapping.numberFormats[column.name] = chooseNumberFormat(row!).format;
		}
	}
	return mapping;
}

/** DESCRIBE as `name: TYPE` strings, for comparing schemas at a glance. */
export function schemaOf(db: TestDb, relation: string): string[] {
	return db
		.rows<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(relation)}`)
		.map((c) => `${c.column_name}: ${c.column_type}`);
}

/**
 * Cleans a source as the app does (prepare-source.ts): probes which texts reading leaves as
 * they are, then builds the clean rows reading those from the source. Returns them.
 */
export function cleanLikeTheApp(
	db: TestDb,
	source: SourceTable,
	mapping: SourceMapping,
	options: CleaningOptions
): Set<string> {
	const copies = Object.entries(cleanCopies(source, mapping, options));
	const [probe] = copies.length
		? db.rows(
				buildCopiesProbeSql(
					source.table,
					copies.map(([, c]) => c)
				)
			)
		: [{}];
	const copied = copiesKept(
		copies.map(([output]) => output),
		probe
	);
	db.rows(buildCleanTableSql(source, mapping, options, copied));
	return copied;
}
