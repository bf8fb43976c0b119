import type { Message } from '../../translate';

/**
 * English texts of what code outside Svelte writes: cell errors, the engine's framing of its
 * failures, notebook notices. Written through `english()` and read back at display time.
 */
export const errorsEn = {
	// The notebook's runs
	'error.notRunUpstream': 'Not run: a cell it reads from failed (see above).',
	'error.cancelledBeforeRun': 'Cancelled before it ran.',
	'error.cancelled': 'Cancelled.',
	'error.noOrders': 'No orders are loaded yet: drop a transactions file.',

	// Cells
	'error.sqlEmpty': 'The cell is empty: write a query.',
	'error.fewCustomers': 'Too few customers to cluster: {count} (at least 3 are needed).',
	'error.fewBuyers': 'Too few buyers to cluster: {count} (at least 3 are needed).',
	'error.noFeatures': 'No features chosen: tick at least one column to cluster on.',
	'error.nothingToPredict': 'No purchases before {date}: there is nothing to predict from.',
	'error.oneDate':
		'Every purchase is on one date ({date}): the models need purchases spread over time to tell how often customers come back.',
	'error.cannotFit': 'The model cannot be fitted: {error}',
	'error.noPurchases': 'No purchases before {date}.',
	'error.spanTooShort': 'The purchases span too few days ({first} to {last}) to hold any out.',
	'error.calibrationEnd':
		'The calibration end {end} must fall between the first purchase day ({first}) and the day before the last one in the data ({last}).',
	'error.invalid.timeUnit': 'Invalid time unit: {value} (days or weeks).',
	'error.invalid.calibrationEnd': 'Invalid calibration end: {value} (a date yyyy-mm-dd).',
	'error.invalid.horizon': 'Invalid prediction horizon: {value} (whole days from 1 to 3650).',
	'error.invalid.clvMonths': 'Invalid CLV horizon: {value} (whole months from 1 to 120).',
	'error.invalid.discount': 'Invalid monthly discount rate: {value} (from 0 to under 100 %).',
	'error.invalid.churn':
		'Invalid churn thresholds: {value} and {other} (needs 0 < high < low < 1).',
	'error.noLensColumn': 'The customers view has no column "{column}": choose another lens.',
	'error.noSegmentColumn': 'The customers view has no column "{column}" (segment column).',
	'error.noAttributeColumn': 'The customers view has no column "{column}" (attribute).',

	// The engine and the analysis worker
	'engine.stopped': 'The DuckDB engine stopped ({reason}).',
	'engine.outOfMemory':
		'DuckDB ran out of memory running this. Try a smaller as-of window or fewer columns and rows, or run the notebook’s SQL export in DuckDB on a machine with more memory. DuckDB said: {duckdb}',
	'engine.lostWhileRunning':
		'The DuckDB engine stopped while running this ({reason}). It was restarted and the data is read again; the other cells run again by themselves — run this one again when you are ready.',
	'engine.queryCancelled': 'The query was cancelled.',
	'engine.workerStopped':
		'The analysis worker stopped ({reason}). Run the cell again: it starts a fresh worker.',
	'engine.unexpectedReply': 'unexpected reply from the analysis worker'
} satisfies Record<string, Message>;
