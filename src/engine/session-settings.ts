/**
 * Statements run on the app's connection when DuckDB starts (and in the tests' DuckDB, so that
 * SQL is tested where it runs).
 */
export const SESSION_SETTINGS_SQL: readonly string[] = [
	// Extensions would be downloaded from DuckDB's servers on first use: nothing may leave
	// the page, so autoloading is off and extension features fail fast with a catalog error.
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	// An in-memory database keeps its tables uncompressed: a 432 MB CSV of 5,000,000 order
	// lines held 2.7 GB of the 4 GiB a 32-bit WebAssembly memory can have. Compressed (dictionary,
	// FSST, bit-packing) the same tables take about a tenth of that, and scans read less memory:
	// the cells ran faster, writing the tables slower (bench/README.md).
	`ATTACH ':memory:' AS segmentbook (COMPRESS)`,
	'USE segmentbook'
];
