/** How a result is sorted: one column, ascending or descending. */
export interface SortState {
	column: string;
	descending: boolean;
}

/** The sort after a click on `column`'s header: ascending → descending → unsorted. */
export function nextSort(current: SortState | null, column: string): SortState | null {
	if (current?.column !== column) return { column, descending: false };
	return current.descending ? null : { column, descending: true };
}

/** The `aria-sort` value of `column`'s header. */
export function ariaSort(
	current: SortState | null,
	column: string
): 'ascending' | 'descending' | 'none' {
	if (current?.column !== column) return 'none';
	return current.descending ? 'descending' : 'ascending';
}
