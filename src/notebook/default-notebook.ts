import { DEFAULT_CLEANING } from '../data/types';
import { newCellId } from './cell-id';
import { NOTEBOOK_VERSION, type NotebookDoc } from './document';
import type { NoteOptions } from './kinds/note';
import type { SqlOptions } from './kinds/sql';
import { DATA_CELL_KIND } from './validate-cells';
import { cellKind } from './kinds/registry';
import { notebookEn } from '../i18n/messages/notebook/en';
import { t } from '../i18n/t';

// The analyses a consultant runs first, in the order a report reads them.
const FIRST_ANALYSES = ['kpis', 'rfm', 'tiers', 'cohorts'];

/** The note at the top of a new notebook, in English: how to use it, in two sentences. */
export const WELCOME_MARKDOWN = notebookEn['notebook.welcome'];

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
	// The title and note are written in the interface language of the moment it is made.
	const note: NoteOptions = { markdown: t('notebook.welcome') };
	const sql: SqlOptions = { sql: TOP_CUSTOMERS_SQL, resultName: null, chart: null };
	return {
		version: NOTEBOOK_VERSION,
		title: t('notebook.defaultTitle'),
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
