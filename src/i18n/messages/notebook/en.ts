import type { Message } from '../../translate';

/** English texts of the notebook around the analyses: SQL and note cells, add-cell menu, saving, recovery, progress. */
export const notebookEn = {
	// A new notebook's first cell.
	'notebook.welcome': [
		"Drop your client's files on the **Data** cell below: nothing leaves this computer, and every",
		'cell re-runs by itself when the data, the column mapping or the as-of date changes.',
		'Add a cell with **+** and run the cell you are editing with **Shift+Enter**.'
	].join('\n'),

	// What each kind of cell does, in the add-cell menu.
	'kindInfo.data': 'The client files, their column mapping and the data-quality report',
	'kindInfo.kpis': 'Customers, revenue, order value, repeat rate, churn and retention',
	'kindInfo.rfm': 'Recency, frequency, monetary scores, the R×F grid and 11 named segments',
	'kindInfo.tiers': 'High, mid and low value customers, VIPs and the Pareto (80/20) curve',
	'kindInfo.cohorts': 'Customers by month of first order and the share ordering again after',
	'kindInfo.lifecycle':
		'Prospect, new, active, repeat, loyal, lapsing and churned customers, and the flow',
	'kindInfo.behaviour':
		'Discount seekers, returners, complainers, impulse buyers, journey stage, online behaviour and category affinity',
	'kindInfo.breakdown':
		'Any segment by any attribute (age, gender, income, city…): shares and index vs the base',
	'kindInfo.rules':
		'Dynamic segments from rules ("revenue in the last 365 days > 1000"), live counts, migration',
	'kindInfo.clusters': 'k-means groups of customers on chosen features, with help choosing k',
	'kindInfo.clv': 'Who will buy again, who is leaving and what each customer is worth (BG/NBD)',
	'kindInfo.personas':
		'A persona card per segment of a lens: who they are, what they buy, what to do for them',
	'kindInfo.export':
		'Customers as CSV or Parquet, a segment list for email tools, a standalone HTML report',
	'kindInfo.sql': 'Free DuckDB SQL over transactions, customers and every view',
	'kindInfo.note': 'Markdown text: context, findings, recommendations',

	// SQL cell
	'sql.editor': 'SQL query',
	'sql.run': 'Run ▸',
	'sql.runTitle': 'Run (Shift+Enter)',
	'sql.saveAs': 'Save result as view',
	'sql.namePlaceholder': 'name (optional)',
	'sql.rows': { one: 'row', other: 'rows' },
	'sql.ms': '{ms} ms',
	'sql.sep': ' · ',
	'chart.chart': 'Chart',
	'chart.bar': 'Bar',
	'chart.line': 'Line',
	'chart.dot': 'Dot',
	'chart.hide': 'Hide chart',
	'chart.show': 'Chart this result',
	'chart.caption': '{y} by {x}, first {rows} rows of the result.',
	'table.sortBy': 'Sort by {column}',
	'table.pages': 'Result pages',
	'table.first': 'First page',
	'table.previous': 'Previous page',
	'table.next': 'Next page',
	'table.last': 'Last page',
	'table.count': { one: '{count} row', other: '{count} rows' },
	'table.range': 'rows {from}–{to} of {count}',

	// Note cell
	'note.editor': 'Note text (Markdown)',
	'note.done': 'Done',
	'note.edit': 'Edit',
	'note.editTitle': 'Double-click to edit',
	'note.empty': 'Empty note — double-click to write (Markdown).',

	// Saving and engine recovery
	'autosave.title':
		'The notebook (not the data, unless you chose to keep it) is saved in this browser as you work',
	'autosave.saved': 'Saved on this device',
	'autosave.pending': 'Saving…',
	'autosave.failed': 'Could not save on this device',
	'recovery.restarting': 'The DuckDB engine stopped ({reason}). Starting it again…',
	'recovery.reloading':
		'The DuckDB engine stopped ({reason}) and was restarted. Reading your data again and re-running the cells…',
	'recovery.restored':
		'The DuckDB engine stopped ({reason}) and was restarted: the data was read again and the cells ran again. Your notebook and your edits are as you left them.',
	'recovery.failed':
		'The DuckDB engine stopped ({reason}) and could not start again ({error}). Your notebook is saved on this device: reload the page to continue.',
	'recovery.debug': 'Debug tools',
	'recovery.trap': 'Make the DuckDB engine trap',

	// Steps of the analysis worker, under a cell's progress bar
	'progress.sweep': 'Trying k = 2…10 (k-means and silhouette for each)',
	'progress.kmeans': 'Clustering (k-means++ restarts)',
	'progress.pca': 'Projecting on the principal components',
	'progress.profiles': 'Profiling the clusters',
	'progress.bgnbd': 'Fitting BG/NBD (purchase counts)',
	'progress.gammaGamma': 'Fitting Gamma-Gamma (order values)',
	'progress.holdout': 'Checking the holdout period',
	'progress.curve': 'Expected cumulative repeat purchases',
	'progress.scores': 'Scoring every customer'
} satisfies Record<string, Message>;
