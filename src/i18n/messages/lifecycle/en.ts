import type { Message } from '../../translate';

/** English texts of the lifecycle panels. */
export const lifecycleEn = {
	// Stage names as shown (the data values stay English in `lifecycle_stage`)
	'lifecycle.stage.prospect': 'prospect',
	'lifecycle.stage.new': 'new',
	'lifecycle.stage.active': 'active',
	'lifecycle.stage.repeat': 'repeat',
	'lifecycle.stage.loyal': 'loyal',
	'lifecycle.stage.lapsing': 'lapsing',
	'lifecycle.stage.churned': 'churned',
	'lifecycle.stage.unknown': 'not yet known',

	// How the stages are made
	'lifecycle.how.intro':
		'Every customer known on the as-of date{date} — in the customer file or with an order before it, returns excluded — gets one stage. The tests are applied in this order and the first that fits wins:',
	'lifecycle.how.arrow': ' → ',
	'lifecycle.how.introDate': ' ({date})',
	'lifecycle.how.outro':
		'So a churned customer is never new, and a late loyal or repeat customer shows as lapsing.',
	'lifecycle.how.prospect': 'In the customer file, no order before the as-of date.',
	'lifecycle.how.new': 'First order {newDays} days or less before the as-of date.',
	'lifecycle.how.active': 'One order, more than {newDays} and at most {churnDays} days ago.',
	'lifecycle.how.repeat': 'Two orders or more, not loyal, not lapsing.',
	'lifecycle.how.loyal':
		'Orders in at least {loyalMonths} different calendar months of the last {loyalWindowDays} days, and not lapsing.',
	'lifecycle.how.lapsing':
		'Ordered on two days or more; days since the last order are more than {lapseFactor} × the median gap between their order days.',
	'lifecycle.how.churned': 'No order in the last {churnDays} days.',

	// Settings
	'lifecycle.settings.thresholds': 'Stage thresholds',
	'lifecycle.settings.default': 'Default {value}',
	'lifecycle.settings.loyalDefault': 'Default {months} months in {days} days',
	'lifecycle.settings.newBefore': 'New: first order within',
	'lifecycle.settings.days': 'days',
	'lifecycle.settings.churnBefore': 'Churned: no order for more than',
	'lifecycle.settings.loyalBefore': 'Loyal: orders in at least',
	'lifecycle.settings.loyalMiddle': 'months of the last',
	'lifecycle.settings.lapseBefore': 'Lapsing: more than',
	'lifecycle.settings.lapseAfter': '× their median gap between orders',
	'lifecycle.settings.flow': 'Flow',
	'lifecycle.settings.flowDefault': 'Default: {days} days before the as-of date',
	'lifecycle.settings.from': 'From',
	'lifecycle.settings.toAsOf': 'to the as-of date {date}',
	'lifecycle.settings.useDefault': 'Use {days} days before the as-of date',
	'lifecycle.settings.apply': 'Apply',
	'lifecycle.settings.defaults': 'Defaults',
	'lifecycle.settings.defaultsTitle':
		'New {newDays} d, churned {churnDays} d, loyal {loyalMonths} months in {loyalWindowDays} d, lapse × {lapseFactor}, flow from {flowDays} days before',
	'lifecycle.problem.new': '"New within" must be a whole number of days, 0 or more.',
	'lifecycle.problem.churn': '"Churned after" must be a whole number of days, 1 or more.',
	'lifecycle.problem.loyal': '"Loyal" needs a whole number of months, 1 or more.',
	'lifecycle.problem.window': 'The loyalty window must be a whole number of days.',
	'lifecycle.problem.lapse': 'The lapse factor must be a number above 0.',
	'lifecycle.problem.pickDate': 'Pick the earlier date of the flow.',
	'lifecycle.problem.before': 'The earlier date must be before the as-of date {date}.',

	// Stage table
	'lifecycle.empty': 'No customers are known on {date}.',
	'lifecycle.table.caption':
		"Customers by lifecycle stage on {date}. Revenue: each customer's spend in {currency} on orders before that date, returns excluded. Click a stage to list its customers.",
	'lifecycle.table.stage': 'Stage',
	'lifecycle.table.customers': 'Customers',
	'lifecycle.table.customersTitle': 'Customers in the stage (customers known on {date})',
	'lifecycle.table.customerShare': 'Share of customers',
	'lifecycle.table.customerShareTitle':
		'Customers in the stage ÷ all customers known on {date}; bar relative to the largest stage',
	'lifecycle.table.revenue': 'Revenue',
	'lifecycle.table.revenueTitle': "Total spend of the stage's customers before {date}",
	'lifecycle.table.revenueShare': 'Share of revenue',
	'lifecycle.table.revenueShareTitle': "The stage's revenue ÷ all revenue before {date}",
	'lifecycle.table.avgOrders': 'Avg orders',
	'lifecycle.table.avgOrdersTitle': 'Distinct orders per customer of the stage, on average',
	'lifecycle.table.pick': {
		one: 'List the {count} {stage} customer',
		other: 'List the {count} {stage} customers'
	},
	'lifecycle.table.total': 'All known',

	// Member lists
	'lifecycle.members.title': 'Stage “{stage}” on {date}',
	'lifecycle.members.empty': 'No customers in this stage.',
	'lifecycle.members.caption':
		'By customer id. `orders`: distinct orders before {date}; `revenue`: their spend in {currency}, returns excluded; `median_gap_days`: median days between consecutive order days (empty with fewer than two); `active_months`: calendar months with an order in the loyalty window.',
	'lifecycle.moveMembers.title': '{from} on {before} → {to} on {date}',
	'lifecycle.moveMembers.empty': 'No customers made this move.',
	'lifecycle.moveMembers.caption':
		'By customer id, under the thresholds above on both dates. `orders`, `revenue` (in {currency}, returns excluded) and `last_order_date`: orders before {date}.',
	'lifecycle.flowError': 'The flow could not be computed: {error}',

	// Flow
	'lifecycle.flow.heading': 'Flow between stages: {before} → {date}',
	'lifecycle.flow.caption':
		'Each customer known on {date} with their stage on both dates, under the same thresholds (on {before} only orders before that date count). “{unknown}” means not in the customer file and no order before {before}. Rows: stage on {before}; columns: stage on {date}; each cell gives the customers and their share of the row; click a number to list those customers.',
	'lifecycle.flow.stayed': '{stayed} of {total} ({share}) are in the same stage on both dates.',
	'lifecycle.flow.corner': '{before} ↓ / {date} →',
	'lifecycle.flow.total': 'Total',
	'lifecycle.flow.totalOn': 'Total on {date}',
	'lifecycle.flow.cellTitle':
		'{count} of the {total} customers {from} on {before} are {to} on {date}',
	'lifecycle.flow.chartHead': 'Where each stage of {before} went, by stage on {date}:',
	'lifecycle.flow.customers': 'customers',
	'lifecycle.flow.share': '% of the stage',
	'lifecycle.flow.chartLabel': 'Lifecycle flow from {before} to {date}',
	'lifecycle.flow.chartCaption':
		'One bar per stage on {before}, split by the stage the same customers are in on {date}; hover a segment for its count.',

	// Flow chart
	'lifecycle.chart.from': '{stage} on {before}',
	'lifecycle.chart.fromUnknown': 'Not yet known on {before}',
	'lifecycle.chart.bar': {
		one: '{from} → {to} on {date}: {count} customer ({share} of them)',
		other: '{from} → {to} on {date}: {count} customers ({share} of them)'
	},
	'lifecycle.chart.xShare': 'Share of the stage on {before} (%)',
	'lifecycle.chart.xCustomers': 'Customers (stage on {before}, split by stage on {date})',
	'lifecycle.chart.y': 'Stage on {before}',
	'lifecycle.chart.colour': 'Stage on {date}'
} satisfies Record<string, Message>;
