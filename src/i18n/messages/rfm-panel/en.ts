import type { Message } from '../../translate';

/** English texts of the RFM panel (scoring, grid, segment table). */
export const rfmPanelEn = {
	// The cell's head lines
	'rfmPanel.asOf': 'As of',
	'rfmPanel.buyersNote': {
		one: 'buyer (customers with at least one order before that day)',
		other: 'buyers (customers with at least one order before that day)'
	},
	'rfmPanel.scoredBy.thresholds': 'scored by your thresholds',
	'rfmPanel.scoredBy.quintiles': 'scored by quintiles',
	'rfmPanel.scoring': 'Scoring the buyers…',
	'rfmPanel.measures':
		"Recency = whole days from a customer's last order to the as-of date ({date}); frequency = distinct orders; monetary = total spend. Only orders before the as-of date count, returned lines do not.",
	'rfmPanel.rule.thresholds':
		'Scores 1 (worst) to 5 (best) by your thresholds. Recency: 5 if the last order is at most {r1} days old, 4 up to {r2}, 3 up to {r3}, 2 up to {r4}, else 1. Frequency: {frequency}, else 1. Monetary: {monetary}, else 1.',
	'rfmPanel.rule.cut': '{score} from {value}',
	'rfmPanel.rule.orders': { one: '{count} order', other: '{count} orders' },
	'rfmPanel.rule.list': ', ',
	'rfmPanel.rule.quintiles':
		'Scores 1 (worst) to 5 (best) by quintiles: each buyer is ranked against all buyers, and the score is 1 + ⌊5 × the share of buyers with a strictly worse value⌋ (more days since the last order; fewer orders; less spend). Customers with equal values always share a score: the whole tied group takes the score of the place where it starts, so groups are never split by row order. When many customers tie, a score can be skipped: if half of all buyers ordered exactly once, all of them get F = 1 and nobody gets F = 2.',
	'rfmPanel.skipped': 'No buyer has {list} here (of {count} buyers): {why}.',
	'rfmPanel.skipped.quintiles':
		'many buyers share the same value (e.g. exactly one order) and ties are never split, so that whole group keeps the lower score',
	'rfmPanel.skipped.thresholds': 'no buyer falls between those cut points',

	// Member lists
	'rfmPanel.members.measures':
		'recency_days = days since the last order, frequency = distinct orders, monetary = total spend ({currency}), avg_order_value = monetary ÷ frequency, fm_score = ⌊(F + M) ÷ 2⌋.',
	'rfmPanel.members.cellCaption':
		'Buyers with recency score {r} and frequency score {f} on {date}, largest total spend first. {measures}',
	'rfmPanel.members.segmentCaption':
		'{description} Buyers in this segment on {date}, largest total spend first. {measures}',
	'rfmPanel.members.empty': 'No customers here.',

	// Scoring controls
	'rfmPanel.controls.legend': 'Scores',
	'rfmPanel.controls.quintiles': 'Quintiles (the default)',
	'rfmPanel.controls.thresholds': 'My own thresholds',
	'rfmPanel.controls.suggesting': 'Reading the buyers to suggest cut points near the quintiles…',
	'rfmPanel.controls.suggestFailed': 'The cut points could not be suggested: {error}',
	'rfmPanel.controls.caption': 'Four cut points per dimension, each larger than the one before.',
	'rfmPanel.controls.suggested': "Suggested from this data's quintiles; edit them, then apply.",
	'rfmPanel.controls.recency': 'Recency',
	'rfmPanel.controls.frequency': 'Frequency',
	'rfmPanel.controls.monetary': 'Monetary',
	'rfmPanel.controls.recencyUnit': 'days since the last order',
	'rfmPanel.controls.frequencyUnit': 'distinct orders',
	'rfmPanel.controls.monetaryUnit': 'total spend, {currency}',
	'rfmPanel.controls.atMost': '{score} if ≤',
	'rfmPanel.controls.atLeast': '{score} if ≥',
	'rfmPanel.controls.cutAria': '{dimension} score {rule} …',
	'rfmPanel.controls.else': 'else 1',
	'rfmPanel.controls.apply': 'Apply thresholds',
	'rfmPanel.controls.undo': 'Undo changes',
	'rfmPanel.cuts.four': 'Enter four numbers.',
	'rfmPanel.cuts.increasing': 'Each cut point must be larger than the one before it.',
	'rfmPanel.cuts.negative': 'Cut points cannot be negative.',

	// The R × F grid
	'rfmPanel.grid.title': 'Recency × frequency grid',
	'rfmPanel.grid.label': 'Heat map of customers by recency score and frequency score',
	'rfmPanel.grid.caption':
		'Each square counts the buyers with that recency score (row) and frequency score (column) on {date}; the second line is their average monetary (total spend per customer, {currency}). Colour = number of customers. The 25 squares add up to all',
	'rfmPanel.grid.captionEnd': 'buyers. Click a square to list its customers.',
	'rfmPanel.grid.x': 'Frequency score F (distinct orders, 1 = fewest, 5 = most) →',
	'rfmPanel.grid.y': '↑ Recency score R (5 = most recent order)',
	'rfmPanel.grid.legend': 'Customers in the square',
	'rfmPanel.grid.avg': 'avg {money}',
	'rfmPanel.grid.aria':
		'R {r} × F {f}: {customers} customers, average monetary {money}. List them.',
	'rfmPanel.grid.tipScores': 'Recency score {r} × frequency score {f}',
	'rfmPanel.grid.tipCustomers': '{customers} customers ({share} of buyers)',
	'rfmPanel.grid.tipMoney': 'Average monetary (total spend per customer): {money}',
	'rfmPanel.grid.tipClick': 'Click to list these customers',

	// The segment table
	'rfmPanel.segments.title': 'Named segments',
	'rfmPanel.segments.caption':
		'Each buyer falls in exactly one segment, read off the widely used R × F map with FM in place of F: FM = ⌊(F + M) ÷ 2⌋ (the mean of the frequency and monetary scores, rounded down); R 1 × FM 1 is split off as Lost. Click a segment to list its customers.',
	'rfmPanel.segments.before': 'orders before {date}',
	'rfmPanel.segments.segment': 'Segment',
	'rfmPanel.segments.customers': 'Customers',
	'rfmPanel.segments.customersTitle': 'Buyers in the segment, {before}',
	'rfmPanel.segments.customerShare': 'Share of customers',
	'rfmPanel.segments.customerShareTitle':
		'Customers in the segment ÷ all {buyers} buyers, {before}. The bar is drawn against the largest segment.',
	'rfmPanel.segments.revenueShare': 'Share of revenue',
	'rfmPanel.segments.revenueShareTitle':
		"The segment's total spend ÷ all buyers' total spend, {before} (returns excluded)",
	'rfmPanel.segments.recency': 'Avg recency',
	'rfmPanel.segments.recencyTitle': "Mean of whole days from each customer's last order to {date}",
	'rfmPanel.segments.frequency': 'Avg frequency',
	'rfmPanel.segments.frequencyTitle': 'Mean number of distinct orders, {before}',
	'rfmPanel.segments.monetary': 'Avg monetary',
	'rfmPanel.segments.monetaryTitle': 'Mean total spend per customer, {before}, in {currency}',
	'rfmPanel.segments.action': 'Recommended action',
	'rfmPanel.segments.listTitle': 'List the {count} customers of {segment}',
	'rfmPanel.segments.days': '{days} days',
	'rfmPanel.segments.all': 'All buyers'
} satisfies Record<string, Message>;
