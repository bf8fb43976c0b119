import { DataType, Float64, makeData, makeVector, Precision, Table, Vector } from 'apache-arrow';
import type { SortState } from '../../ui/sort-cycle';

/** The columns of an Arrow table as ResultTable takes them: name and Arrow type name. */
export function tableColumns(table: Table): { name: string; type: string }[] {
	return table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
}

/**
 * Row indices of `table` in the order `sort` asks for (nulls last whichever the direction, equal
 * values keep the query's order), or null to keep the table's own order. A member list is a few
 * thousand rows at most, already in the browser: sorting it here spares a round trip to DuckDB.
 */
export function sortedRows(table: Table, sort: SortState | null): number[] | null {
	if (!sort) return null;
	const column = table.getChild(sort.column);
	if (!column) return null;
	const keys = Array.from({ length: table.numRows }, (_, i) => column.get(i) as unknown);
	const sign = sort.descending ? -1 : 1;
	return keys.map((_, i) => i).sort((a, b) => compareValues(keys[a], keys[b], sign) || a - b);
}

/** How a page is put together. */
export interface MemberPageOptions {
	/** Round floating-point columns to cents (default true). */
	roundCents?: boolean;
}

/**
 * One page of a member list held in memory: rows `offset`…`offset + limit` of `table`, in the
 * order of `sort` (see `sortedRows`) or as they came. With `roundCents`, floating-point columns
 * are rounded to cents, so sums of amounts read as money (`153.59`, not `153.59000000000003`).
 * The page keeps every column and its Arrow type.
 */
export function memberPage(
	table: Table,
	offset: number,
	limit: number,
	sort: SortState | null,
	{ roundCents = true }: MemberPageOptions = {}
): Table {
	const start = Math.max(0, offset);
	const end = start + Math.max(0, limit);
	const order = sortedRows(table, sort);
	if (!order && !roundCents) return table.slice(start, end);
	const picked = (order ?? Array.from({ length: table.numRows }, (_, i) => i)).slice(start, end);
	const columns: Record<string, Vector> = {};
	table.schema.fields.forEach((field, j) => {
		const source = table.getChildAt(j)!;
		columns[field.name] =
			roundCents && isDouble(field.type) ? roundedCents(source, picked) : gather(source, picked);
	});
	return new Table(columns);
}

// Types read from IPC are the generic `Float` class with a precision, not `Float64`.
function isDouble(type: DataType): boolean {
	return DataType.isFloat(type) && type.precision === Precision.DOUBLE;
}

// Arrow's builders (`vectorFromArray`) compile a function with `new Function`, which the app's
// Content-Security-Policy forbids: pages are put together from slices of the result instead.
function gather(source: Vector, rows: readonly number[]): Vector {
	if (rows.length === 0) return source.slice(0, 0);
	return new Vector(rows.flatMap((i) => source.slice(i, i + 1).data));
}

function roundedCents(source: Vector, rows: readonly number[]): Vector {
	const values = new Float64Array(rows.length);
	const valid = new Uint8Array(Math.ceil(rows.length / 8));
	let nullCount = 0;
	rows.forEach((i, k) => {
		const value = source.get(i) as number | null;
		if (value === null || value === undefined) {
			nullCount++;
			return;
		}
		values[k] = Math.round(value * 100) / 100;
		valid[k >> 3]! |= 1 << (k & 7);
	});
	const type = new Float64();
	return makeVector(
		makeData({ type, length: rows.length, nullCount, nullBitmap: valid, data: values })
	);
}

// Nulls sort last whichever the direction, as in DuckDB's default `NULLS LAST`.
function compareValues(a: unknown, b: unknown, sign: number): number {
	const aNull = a === null || a === undefined;
	const bNull = b === null || b === undefined;
	if (aNull || bNull) return aNull === bNull ? 0 : aNull ? 1 : -1;
	if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
	if (typeof a === 'bigint' && typeof b === 'bigint') return sign * (a < b ? -1 : a > b ? 1 : 0);
	const x = String(a);
	const y = String(b);
	return sign * (x < y ? -1 : x > y ? 1 : 0);
}
