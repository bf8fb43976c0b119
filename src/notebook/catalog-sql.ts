/** SQL listing the user-visible tables and views with their columns (app internals left out). */
export function buildSchemaSql(): string {
	return `SELECT table_name, column_name FROM information_schema.columns
WHERE table_schema = 'main' AND NOT starts_with(table_name, 'src_')
	AND NOT starts_with(table_name, 'clean_') AND NOT starts_with(table_name, '_cell_') AND NOT starts_with(table_name, 'lens_')
ORDER BY table_name, ordinal_position`;
}
