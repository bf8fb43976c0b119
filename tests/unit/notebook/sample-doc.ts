import { DEFAULT_CLEANING } from '../../../src/data/types';
import type { NotebookDoc } from '../../../src/notebook/document';

/** The kinds the notebook tests treat as known. */
export const KINDS = ['note', 'data', 'sql'];

/** A notebook that uses every field a file can hold, hostile text included. */
export function sampleDoc(): NotebookDoc {
	return {
		version: 1,
		title: 'Acme — Q3 "segments"',
		params: { asOf: '2024-03-31', currency: 'EUR', timeUnit: 'months' },
		sources: [
			{
				fileName: 'orders 2024.csv',
				kind: 'transactions',
				roles: {
					'Cust ID': 'customer_id',
					Invoice: 'order_id',
					Date: 'order_date',
					Total: 'amount'
				},
				dateFormats: { Date: 'dmy' },
				numberFormats: { Total: 'comma' }
			},
			{
				fileName: 'crm.xlsx',
				sheet: 'Kunden',
				kind: 'customers',
				roles: {
					id: 'customer_id',
					'weird "name"; DROP TABLE x; --': 'attribute',
					// Computed, so that it is an own key and not the literal's prototype.
					['__proto__']: 'ignore'
				},
				dateFormats: {},
				numberFormats: {}
			}
		],
		cleaning: { ...DEFAULT_CLEANING, setAsideDuplicates: true, cancelledPrefix: 'X' },
		cells: [
			{ id: 'c-note0001', kind: 'note', options: { markdown: '# Hello\n<b>bold</b>' } },
			{ id: 'c-data0001', kind: 'data', options: {}, collapsed: true },
			{
				id: 'c-sql00001',
				kind: 'sql',
				options: {
					sql: 'SELECT * FROM transactions',
					resultName: 'top',
					chart: { kind: 'bar', x: 'customer_id', y: 'revenue' }
				},
				collapsed: false
			}
		]
	};
}
