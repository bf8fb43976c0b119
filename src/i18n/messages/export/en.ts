import { ENGLISH_REPORT_WORDS } from '../../../report/report-html';
import type { Message } from '../../translate';
import { prefixed } from '../labels';

/** English texts of the export cell and the HTML report. */
export const exportEn = {
	'export.asOf': 'As of',
	'export.customersIn': { one: 'customer in', other: 'customers in' },
	'export.oneRowEach': '(one row each: buyers and prospects)',
	'export.columnsCount': { one: '{count} column', other: '{count} columns' },
	'export.how':
		"The CSV files are written by DuckDB (`COPY … TO`) as UTF-8 with a byte-order mark, so Excel shows Persian and Vietnamese text; a text cell starting with = + − @, a tab or a carriage return gets a leading ' so no spreadsheet runs it as a formula. Numbers stay numbers. Parquet is written from DuckDB's Arrow batches in a worker. Column names and labels in the files stay as in the data (English), whatever the interface language. Columns:",
	'export.customersCsv': 'Customers CSV',
	'export.customersParquet': 'Customers Parquet',
	'export.notebook': 'Notebook file',
	'export.notebookTitle': "The notebook's method, not the data — the same file as Save notebook",
	'export.making': 'Making the file…',
	'export.downloaded': 'Downloaded {name}.',
	'export.failed': 'Could not export: {error}',
	'export.reading': 'Reading the columns of customers…',

	// One segment's members
	'export.segment.legend': "One segment's members, for an email tool",
	'export.segment.noLens': 'No column of `customers` has a few values to pick a segment by.',
	'export.segment.lens': 'Segments of',
	'export.segment.lensOption': {
		one: '{column} ({count} value)',
		other: '{column} ({count} values)'
	},
	'export.segment.segment': 'Segment',
	'export.segment.none': '(none)',
	'export.segment.option': {
		one: '{value} — {count} customer',
		other: '{value} — {count} customers'
	},
	'export.segment.download': 'Download segment CSV',
	'export.segment.how':
		'Columns: customer_id, email and name when the customer file has them, the chosen column, and the labels (RFM segment, value tier, lifecycle stage, cluster, persona, CLV and churn risk when present). Counts are customers in `customers` on the as-of date.',

	// The report
	'export.report.legend': 'Standalone report (HTML)',
	'export.report.how':
		'One file with the chosen cells as they look now — charts as pictures inside the file, tables, notes, the data-quality summary and the as-of date — in the interface language. It opens in any browser without a network, runs no script and prints one section per page.',
	'export.report.dataQuality': 'Data quality',
	'export.report.collapsed': '(collapsed — expand it to include it)',
	'export.report.download': {
		one: 'Download report ({count} section)',
		other: 'Download report ({count} sections)'
	},
	'export.report.customers': { one: '{count} customer', other: '{count} customers' },
	'export.report.amounts': 'amounts in {currency}',
	'export.report.noPicture': 'Picture not available',
	'export.report.chart': 'Chart',
	...prefixed('export.words.', ENGLISH_REPORT_WORDS)
} satisfies Record<string, Message>;
