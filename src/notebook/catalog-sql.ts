/** SQL for the default as-of date: the day after the last order date, as yyyy-mm-dd text. */
export function buildDefaultAsOfSql(): string {
	return `SELECT strftime(max(order_date) + INTERVAL 1 DAY, '%Y-%m-%d') AS as_of_date FROM transactions`;
}

/** SQL listing the user-visible tables and views with their columns (app internals left out). */
export function buildSchemaSql(): string {
	return `SELECT table_name, column_name FROM information_schema.columns
WHERE table_schema = 'main' AND NOT starts_with(table_name, 'src_')
	AND NOT starts_with(table_name, 'clean_') AND NOT starts_with(table_name, '_cell_')
ORDER BY table_name, ordinal_position`;
}
