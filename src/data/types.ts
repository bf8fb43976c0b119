/** A loaded source: one dropped file (or one sheet of a workbook) held as a DuckDB table. */
export interface SourceTable {
	/** Name of the DuckDB table holding the raw rows, e.g. `src_1`. Made by the app, safe. */
	table: string;
	/** The file's name as the user dropped it (hostile text: quote before use in SQL). */
	fileName: string;
	/** The workbook sheet this table came from, when the file was a workbook. */
	sheet?: string;
	columns: SourceColumn[];
	rowCount: number;
}

/** One column of a source table, as DuckDB typed it. */
export interface SourceColumn {
	/** Header text exactly as in the file. */
	name: string;
	/** DuckDB type name: VARCHAR, BIGINT, DOUBLE, DATE, TIMESTAMP, BOOLEAN, ... */
	type: string;
	/** A few non-null values as text, to help role detection and to show the user. */
	samples: string[];
}

/** What a source holds. */
export const SOURCE_KINDS = ['transactions', 'customers', 'events', 'tickets', 'ignore'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Roles a column of a transactions file can play. */
export const TRANSACTION_ROLES = [
	'customer_id',
	'order_id',
	'order_date',
	'amount',
	'quantity',
	'unit_price',
	'product',
	'category',
	'discount',
	'channel',
	'is_return',
	'status'
] as const;

/** Named customer attributes; they keep these canonical names in `customer_attributes`. */
export const ATTRIBUTE_ROLES = [
	'age',
	'birth_date',
	'gender',
	'education',
	'occupation',
	'marital_status',
	'children',
	'income',
	'city',
	'region',
	'country',
	'signup_date',
	'email',
	'name'
] as const;

/** Roles of events (web/email/social activity) and support tickets. */
export const EVENT_ROLES = ['event_time', 'event_type'] as const;
export const TICKET_ROLES = ['created_at', 'ticket_kind', 'satisfaction'] as const;

/**
 * Every role. `attribute` keeps a column under its own header in `customer_attributes`
 * (lifestyle, interests, loyalty tier...); `ignore` leaves it out of the canonical views.
 */
export type Role =
	| (typeof TRANSACTION_ROLES)[number]
	| (typeof ATTRIBUTE_ROLES)[number]
	| (typeof EVENT_ROLES)[number]
	| (typeof TICKET_ROLES)[number]
	| 'attribute'
	| 'ignore';

/** How a text date column is read. `null` means the column is already a DATE/TIMESTAMP. */
export type DateFormat =
	| 'iso' // 2024-03-20, 2024-03-20 14:05[:09], 2024-03-20T14:05:09
	| 'dmy' // 20/03/2024, 20-03-2024, 20.03.2024, with or without time
	| 'mdy' // 03/20/2024, with or without time
	| 'ymd' // 2024/03/20, with or without time
	| 'jalali' // 1402/05/12, ۱۴۰۲-۰۵-۱۲, with or without time: Solar Hijri, read as Gregorian
	| null;

/** How a text number column is read. `null` means the column is already numeric. */
export type NumberFormat =
	| 'dot' // 1234.56, 1,234.56, $1,234.56
	| 'comma' // 1234,56, 1.234,56, 1 234,56 €
	| null;

/** The user-checked mapping of one source. */
export interface SourceMapping {
	table: string;
	kind: SourceKind;
	/** Column header → role. Every column of the source has an entry. */
	roles: Record<string, Role>;
	/** Column header → how its text dates are read (only text columns used as dates). */
	dateFormats: Record<string, DateFormat>;
	/** Column header → how its text numbers are read (only text columns used as numbers). */
	numberFormats: Record<string, NumberFormat>;
}

/** Cleaning rules; every one is shown to the user and can be changed. */
export interface CleaningOptions {
	/** Set aside exact duplicate lines (every column equal). Default: keep them, count them. */
	setAsideDuplicates: boolean;
	/** Set aside cancelled orders (order id starting with `cancelledPrefix`, or a status like "cancelled"). */
	setAsideCancelled: boolean;
	/** Order-id prefix that marks a cancellation, as in many retail exports. Default `C`. */
	cancelledPrefix: string;
	/** Set aside lines whose quantity or amount is zero or negative. */
	setAsideNonPositive: boolean;
}

export const DEFAULT_CLEANING: CleaningOptions = {
	setAsideDuplicates: false,
	setAsideCancelled: true,
	cancelledPrefix: 'C',
	setAsideNonPositive: true
};

/** Why a row was set aside. Each set-aside row has exactly one reason (the first that applies). */
export const SET_ASIDE_REASONS = [
	'malformed_line',
	'missing_customer_id',
	'missing_date',
	'unparsable_date',
	'unparsable_number',
	'cancelled',
	'non_positive',
	'repeated_customer_id',
	'duplicate'
] as const;
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

/** The data-quality report of one source. read = kept + sum(setAside). */
export interface QualityReport {
	table: string;
	fileName: string;
	kind: SourceKind;
	read: number;
	kept: number;
	setAside: Partial<Record<SetAsideReason, number>>;
	/** Exact duplicate lines found (counted whether or not they are set aside). */
	duplicates: number;
	/** First and last date among kept rows (ISO yyyy-mm-dd), when the source has a date role. */
	firstDate: string | null;
	lastDate: string | null;
	/** Distinct customer ids among kept rows. */
	customers: number;
}

/** A line of a delimited file that could not be split into the header's columns; set aside. */
export interface MalformedLine {
	/** Line number in the file, the header being line 1. */
	line: number;
	/** What is wrong, in DuckDB's words ("Expected Number of Columns: 4 Found: 5"). */
	problem: string;
	/** The line as it is in the file. */
	text: string;
}

/** Every malformed line of a file: how many, and the first few to show. */
export interface MalformedLines {
	count: number;
	lines: MalformedLine[];
}
