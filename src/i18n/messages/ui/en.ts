import type { Message } from '../../translate';

/** English texts of the presentational primitives and of the charts' table views. */
export const uiEn = {
	'ui.dropFiles': 'Drop CSV, Excel, JSON or Parquet files to analyse them',
	'ui.chartFailed': 'The chart could not be drawn: {error}',
	'ui.cancel': 'Cancel',
	'ui.percent': '{percent} %',
	'ui.previewRegion': 'First rows of the file',
	'ui.outOfRange': '(out of range)',
	'kpi.invalidWindow': 'The window must be a whole number of days from 1 to {max}.',
	'kpi.invalidTop': 'The top share must be a whole percentage from 1 to 100.',
	'notebook.defaultTitle': 'Customer segmentation',

	// A chart's numbers as a table
	'figure.customers': 'Customers',
	'figure.actual': 'Actual',
	'figure.rfm.caption': 'Customers in each recency × frequency square',
	'figure.rfm.recency': 'Recency score',
	'figure.rfm.frequency': 'Frequency score',
	'figure.rfm.share': 'Share',
	'figure.rfm.monetary': 'Average monetary',
	'figure.pareto.caption': 'Share of revenue made by the top customers, largest spenders first',
	'figure.pareto.top': 'Top share of customers',
	'figure.pareto.revenue': 'Share of revenue',
	'figure.k.caption': 'Within-cluster sum of squares and mean silhouette for each k',
	'figure.k.wss': 'Within-cluster sum of squares',
	'figure.k.silhouette': 'Mean silhouette',
	'figure.retention.value': 'Retention',
	'figure.retention.ordering': 'Customers ordering',
	'figure.retention.cohorts': 'Cohorts',
	'figure.holdout.caption':
		'Mean holdout repeat purchases by calibration repeat purchases, actual and predicted',
	'figure.holdout.calibration': 'Calibration repeat purchases',
	'figure.holdout.model': 'Model (BG/NBD)',
	'figure.cumulative.weeks': 'Cumulative repeat purchases by week, actual and expected',
	'figure.cumulative.days': 'Cumulative repeat purchases by day, actual and expected',
	'figure.week': 'Week',
	'figure.day': 'Day',
	'figure.cumulative.expected': 'Expected (BG/NBD)'
} satisfies Record<string, Message>;
