import type { Message } from '../../translate';

/** English texts of the value tiers panel and its Pareto chart. */
export const tiersEn = {
	'tiers.name.high': 'High value',
	'tiers.name.mid': 'Mid value',
	'tiers.name.low': 'Low value',
	'tiers.title.high': 'High-value customers',
	'tiers.title.mid': 'Mid-value customers',
	'tiers.title.low': 'Low-value customers',

	// How the tiers are made
	'tiers.rule.intro':
		'Customers are ranked by total spend, largest first, and cut where the running total of revenue crosses {high} % and {both} %. Customers with equal spend always share a tier.',
	'tiers.rule.high':
		'High value: the customers making the first {high} % of revenue. A customer is high while everyone who spent more makes under {high} %, so the one whose spend crosses the {high} % line is high too.',
	'tiers.rule.mid': 'Mid value: the next {mid} % (up to {both} %), cut the same way.',
	'tiers.rule.low': 'Low value: the rest, making the last {rest} %.',
	'tiers.rule.asOf': 'Spend counts orders before',
	'tiers.rule.asOfEnd': '(the as-of date), returns excluded.',
	'tiers.vip.top': 'the top {count} customers by spend (all tied at place {count} included)',
	'tiers.vip.min': 'customers who spent at least {money}',
	'tiers.empty': 'No customer bought anything before {date}.',

	// Settings
	'tiers.settings.legend': 'Tier and VIP settings',
	'tiers.settings.highTitle':
		'Share of revenue made by the high tier, counted from the largest spender down',
	'tiers.settings.high': 'High value: first',
	'tiers.settings.highAfter': '% of revenue',
	'tiers.settings.midTitle': 'Share of revenue made by the mid tier, after the high tier',
	'tiers.settings.mid': 'Mid value: next',
	'tiers.settings.percent': '%',
	'tiers.settings.vips': 'VIPs:',
	'tiers.settings.vipTop': 'the top N customers by spend',
	'tiers.settings.vipMin': 'customers spending at least ({currency})',
	'tiers.settings.vipCount': 'Number of VIPs',
	'tiers.settings.vipSpend': 'Smallest VIP spend in {currency}',
	'tiers.problem.high': 'The high tier must make between 0 and 100 % of revenue.',
	'tiers.problem.mid': 'The mid tier cannot make less than 0 %.',
	'tiers.problem.sum': 'High and mid together cannot make more than 100 % of revenue.',
	'tiers.problem.vip': 'The VIP rule needs a number ≥ 0.',
	'tiers.problem.whole': 'The number of VIPs must be a whole number.',

	// The table
	'tiers.table.scope': 'buyers with orders before {date}, returns excluded',
	'tiers.table.tier': 'Tier',
	'tiers.table.customers': 'Customers',
	'tiers.table.customersTitle': 'Buyers in the tier ({scope})',
	'tiers.table.customerShare': 'Share of customers',
	'tiers.table.customerShareTitle': 'Customers in the tier ÷ all buyers',
	'tiers.table.revenue': 'Revenue',
	'tiers.table.revenueTitle': "Total spend of the tier's customers ({scope})",
	'tiers.table.revenueShare': 'Share of revenue',
	'tiers.table.revenueShareTitle': "The tier's revenue ÷ all buyers' revenue",
	'tiers.table.spend': 'Spend per customer',
	'tiers.table.spendTitle': 'Smallest and largest total spend of one customer in the tier',
	'tiers.table.listTitle': 'List the {count} customers of this tier',
	'tiers.table.all': 'All buyers',

	// VIPs
	'tiers.vip.label': 'VIPs:',
	'tiers.vip.customers': { one: 'customer', other: 'customers' },
	'tiers.vip.shareTitle': "VIPs' total spend ÷ all buyers' revenue",
	'tiers.vip.make': 'They make {money} ({share} of revenue); the smallest VIP spent {smallest}.',
	'tiers.vip.list': 'List VIPs',
	'tiers.vip.listTitle': 'List the VIPs, largest spend first',

	// Member lists
	'tiers.members.title': '{tier} ({count})',
	'tiers.members.vipTitle': 'VIPs ({count}): {rule}',
	'tiers.members.loading': 'Loading…',
	'tiers.members.error': 'The list could not be loaded',
	'tiers.members.close': 'Close ✕',
	'tiers.members.closeLabel': 'Close list',
	'tiers.members.caption':
		'Largest spend first. `monetary`: total spend in {currency} on orders before {date}, returns excluded; `monetary_rank`: 1 for the largest spender, equal spends share a rank; `pct_revenue_ahead`: % of revenue made by the customers who spent more; `is_vip`: under the VIP rule above.',

	// The Pareto chart
	'tiers.pareto.title': 'Pareto curve: how concentrated is revenue?',
	'tiers.pareto.label': 'Pareto curve of revenue by customer',
	'tiers.pareto.headline': 'The top {top} % of customers make {share} of revenue',
	'tiers.pareto.caption':
		'Customers sorted by total spend (orders before {date}, returns excluded), largest first; the curve shows the share of all revenue made by the top x % of them. The dashed diagonal is what it would look like if every customer spent the same; the further the curve bows above it, the more revenue depends on a few customers. The orange point is the top {top} % — the {topCustomers} largest spenders of {buyers} ({top} % rounded up). Open circles mark where the high and mid tiers end.',
	'tiers.pareto.x': 'Share of customers, largest spenders first (%)',
	'tiers.pareto.y': 'Cumulative share of revenue (%)',
	'tiers.pareto.equality': 'equality: every customer spends the same',
	'tiers.pareto.point': 'Top {count} customers ({customers}) make {revenue} of revenue',
	'tiers.pareto.topPoint': '{headline} (the {count} largest spenders)',
	'tiers.pareto.ends': '{tier} ends',
	'tiers.pareto.endsTitle':
		'{tier} tier and above: {count} customers ({customers}) make {revenue} of revenue',
	'tiers.pareto.topLabel': '{top} % → {share}'
} satisfies Record<string, Message>;
