import { DEFAULT_CLEANING } from '../data/types';
import { newCellId } from './cell-id';
import { NOTEBOOK_VERSION, type NotebookDoc } from './document';
import type { NoteOptions } from './kinds/note';
import type { SqlOptions } from './kinds/sql';
import { DATA_CELL_KIND } from './validate-cells';
import { cellKind } from './kinds/registry';

// The analyses a consultant runs first, in the order a report reads them.
const FIRST_ANALYSES = ['kpis', 'rfm', 'tiers', 'cohorts'];

/** The note at the top of a new notebook: how to use it, in two sentences. */
export const WELCOME_MARKDOWN = [
	"Drop your client's files on the **Data** cell below: nothing leaves this computer, and every",
	'cell re-runs by itself when the data, the column mapping or the as-of date changes.',
	'Add a cell with **+** and run the cell you are editing with **Shift+Enter**.'
].join('\n');

/** The example query of a new notebook: the ten customers who brought in the most revenue. */
export const TOP_CUSTOMERS_SQL = `-- Top 10 customers by revenue (returned lines left out)
SELECT
	customer_id,
	count(DISTINCT order_id) AS orders,
	round(sum(amount), 2) AS revenue,
	max(order_date) AS last_order
FROM transactions
WHERE is_return IS NOT TRUE
GROUP BY customer_id
ORDER BY revenue DESC, customer_id
LIMIT 10`;

/** The notebook a new user sees: a note on how to use it, the data, the first analyses, a query. */
export function defaultNotebook(): NotebookDoc {
	const note: NoteOptions = { markdown: WELCOME_MARKDOWN };
	const sql: SqlOptions = { sql: TOP_CUSTOMERS_SQL, resultName: null, chart: null };
	return {
		version: NOTEBOOK_VERSION,
		title: 'Customer segmentation',
		params: { asOf: null, currency: 'USD', timeUnit: 'weeks' },
		sources: [],
		cleaning: { ...DEFAULT_CLEANING },
		cells: [
			{ id: newCellId(), kind: 'note', options: { ...note } },
			{ id: newCellId(), kind: DATA_CELL_KIND, options: {} },
			...FIRST_ANALYSES.map((kind) => ({
				id: newCellId(),
				kind,
				options: { ...cellKind(kind)!.defaultOptions() }
			})),
			{ id: newCellId(), kind: 'sql', options: { ...sql } }
		]
	};
}
