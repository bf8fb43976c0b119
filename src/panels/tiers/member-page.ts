import { Table, vectorFromArray, type Vector } from 'apache-arrow';
import type { SortState } from '../../ui/sort-cycle';

/** The columns of an Arrow table as ResultTable shows them: name and Arrow type name. */
export function tableColumns(table: Table): { name: string; type: string }[] {
	return table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
}

/**
 * Row indices of `table` in the order `sort` asks for (nulls last, equal values keep their
 * order), or null to keep the table's own order. The member list is a few thousand rows at
 * most, already in the browser: sorting it here spares a round trip to DuckDB.
 */
export function sortedRows(table: Table, sort: SortState | null): number[] | null {
	if (!sort) return null;
	const column = table.getChild(sort.column);
	if (!column) return null;
	const values = Array.from({ length: table.numRows }, (_, i) => column.get(i) as unknown);
	const sign = sort.descending ? -1 : 1;
	return values
		.map((_, i) => i)
		.sort((a, b) => {
			const x = values[a];
			const y = values[b];
			if (x === null || x === undefined) return y === null || y === undefined ? a - b : 1;
			if (y === null || y === undefined) return -1;
			const order = x < y ? -1 : x > y ? 1 : 0;
			return order === 0 ? a - b : sign * order;
		});
}

/** The rows `offset` to `offset + size` of `table`, taken in `order` when one is given. */
export function memberPage(
	table: Table,
	offset: number,
	size: number,
	order: readonly number[] | null
): Table {
	const start = Math.max(0, offset);
	if (!order) return table.slice(start, start + size);
	const picked = order.slice(start, start + size);
	const columns: Record<string, Vector> = {};
	for (const field of table.schema.fields) {
		const source = table.getChild(field.name)!;
		columns[field.name] = vectorFromArray(
			picked.map((i) => source.get(i) as unknown),
			field.type
		);
	}
	return new Table(columns);
}
