import type { Message } from '../../translate';

/** English texts of the cohort retention cell (panel, heat map, curve, table). */
export const cohortsEn = {
	'cohorts.unit.month': 'month',
	'cohorts.unit.week': 'week',
	'cohorts.units.month': 'months',
	'cohorts.units.week': 'weeks',
	'cohorts.count.month': { one: 'month', other: 'months' },
	'cohorts.count.week': { one: 'week', other: 'weeks' },
	'cohorts.grouping.month': 'month',
	'cohorts.grouping.week': 'ISO week (Monday to Sunday)',
	'cohorts.method.grouping':
		'Customers are grouped by the {grouping} of their first order: that is their cohort.',
	'cohorts.method.retention':
		"Each cell is the share of the cohort that ordered in the k-th {unit} after: customers of the cohort with an order in that {unit} ÷ the cohort's customers. {Unit} 0 is the first-order {unit}, so it is {full}.",
	'cohorts.method.revenue':
		"Each cell is the cohort's revenue in the k-th {unit} after (the sum of its order lines, in {currency}); {unit} 0 is the first-order {unit}.",
	'cohorts.method.scope':
		'Only {units} that had started before the as-of date are shown; returned lines and orders on or after that day are left out.',
	'cohorts.asOf': 'As of',
	'cohorts.summaryLead': ' · ',
	'cohorts.summary': {
		one: '{count} cohort · {customers} customers with an order before that day',
		other: '{count} cohorts · {customers} customers with an order before that day'
	},
	'cohorts.empty': 'No orders before {date}: there are no cohorts to show.',
	'cohorts.chartLabel.retention': 'Cohort retention by {unit} of first order',
	'cohorts.chartLabel.revenue': 'Cohort revenue by {unit} of first order',
	'cohorts.caption.retention':
		'Cohort retention by {unit}: rows are cohorts, oldest on top, with their number of customers on the right; column k is the share of the cohort ordering in the k-th {unit} after the first-order {unit}. {Unit} 0 is grey ({full} by definition) so that the colours spread over the later {units}.',
	'cohorts.caption.revenue':
		'Cohort revenue by {unit}: rows are cohorts, oldest on top, with their number of customers on the right; column k is what the cohort spent in the k-th {unit} after its first-order {unit}, in {currency}.',
	'cohorts.caption.partial':
		'Dashed outline: the {unit} was still running on {date}, so its figure can still grow.',
	'cohorts.caption.early':
		'Customers who already bought before the data begins are counted in the first cohorts, which can make those look more loyal.',
	'cohorts.caption.labelSecond':
		'Only every second cohort is labelled (with its size) to keep the labels legible.',
	'cohorts.caption.labelStep':
		'Only every {step}th cohort is labelled (with its size) to keep the labels legible.',
	'cohorts.caption.hover':
		'Hover a cell for its counts and revenue; the table below lists every cell.',

	'cohorts.control.by': 'Cohorts by',
	'cohorts.control.byMonth': 'month of first order',
	'cohorts.control.byWeek': 'ISO week of first order',
	'cohorts.control.show': 'Show',
	'cohorts.control.after': '{units} after the first',
	'cohorts.control.colourBy': 'Colour by',
	'cohorts.control.retention': 'share ordering again',
	'cohorts.control.revenue': 'revenue',

	'cohorts.curve.heading': 'Average retention curve',
	'cohorts.curve.label': 'Average retention by {unit} after the first order',
	'cohorts.curve.caption':
		"For each {unit} k after the first order: the customers of all cohorts who ordered in {unit} k ÷ those cohorts' customers, i.e. the mean of the cohorts' shares weighted by cohort size. {Units} still running on {date} are left out; {unit} 0 ({full} by definition) is not drawn.",
	'cohorts.curve.none':
		'No {unit} after the first has ended by {date} yet, so there is no curve to draw.',
	'cohorts.curve.pointAfter': '{offset} {period} after the first order: {share}',
	'cohorts.curve.pointOrdered': '{active} of {customers} customers ordered',
	'cohorts.curve.pointCohorts': {
		one: '({count} cohort observed that long)',
		other: '({count} cohorts observed that long)'
	},
	'cohorts.axis.after': '{Units} after the first order →',
	'cohorts.axis.ordered': '↑ Ordered in the period (% of cohort)',
	'cohorts.axis.cohort.month': 'Cohort (month of first order)',
	'cohorts.axis.cohort.week': 'Cohort (ISO week of first order)',
	'cohorts.axis.customers': 'Customers',
	'cohorts.legend.retention': 'Ordered in the {unit} (% of cohort; {unit} 0 grey = {full})',
	'cohorts.legend.revenue': 'Revenue in the {unit} ({currency})',
	'cohorts.weekOf': 'week of {day}',
	'cohorts.cell.cohort': 'Cohort {cohort}: {size} customers, first order in that {unit}',
	'cohorts.cell.first': '{Unit} 0: the first-order {unit} ({when})',
	'cohorts.cell.after': '{offset} {period} after ({when})',
	'cohorts.cell.ordered': 'Ordered in it: {active} of {size} ({share})',
	'cohorts.cell.revenue': 'Revenue: {revenue}',
	'cohorts.cell.partial': 'Still running on the as-of date: may grow',

	'cohorts.table.summary': 'The triangle as a table',
	'cohorts.table.caption.retention':
		'Share of each cohort ordering in each {unit} after the first; * = {unit} still running on the as-of date.',
	'cohorts.table.caption.revenue':
		'Revenue of each cohort in each {unit} after the first ({currency}); * = {unit} still running on the as-of date.',
	'cohorts.table.cohort': 'Cohort',
	'cohorts.table.customers': 'Customers',
	'cohorts.table.activeOf': '{active} of {size}'
} satisfies Record<string, Message>;
