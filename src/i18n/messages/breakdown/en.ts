import type { Message } from '../../translate';

/** English texts of the breakdown panels. */
export const breakdownEn = {
	// Values the SQL writes (they stay English in the data)
	'breakdown.value.unknown': 'unknown',
	'breakdown.value.other': 'other',

	// Pickers
	'breakdown.settings.legend': 'Breakdown settings',
	'breakdown.settings.segments': 'Segments:',
	'breakdown.settings.by': 'broken down by:',
	'breakdown.settings.values': 'Values:',
	'breakdown.settings.kindText': 'as they are (most common)',
	'breakdown.settings.kindAge': 'age bands (from an age)',
	'breakdown.settings.kindBirth': 'age bands (from a birth date)',
	'breakdown.settings.kindEdges': 'bands between edges',
	'breakdown.settings.kindQuantiles': 'quantile bands (equal numbers)',
	'breakdown.settings.top': 'top',
	'breakdown.settings.topAfter': 'values',
	'breakdown.settings.bands': 'bands',
	'breakdown.settings.edges': 'edges',
	'breakdown.settings.labels': 'labels (optional, | between)',
	'breakdown.settings.apply': 'Apply',
	'breakdown.settings.suggested': 'Suggested bands',
	'breakdown.settings.suggestedTitle': 'Use the bands suggested for this column',
	'breakdown.settings.highlight': 'Highlight index ≥',
	'breakdown.settings.or': 'or ≤',
	'breakdown.settings.where': 'where at least',
	'breakdown.settings.expected': 'customers are expected',
	'breakdown.settings.overLabel': 'Over-represented from this index',
	'breakdown.settings.underLabel': 'Under-represented up to this index',
	'breakdown.settings.minLabel': 'Fewest expected customers',
	'breakdown.problem.top': 'Show at least 1 value.',
	'breakdown.problem.quantiles': 'Quantile bands: a whole number from 2 to 100.',
	'breakdown.problem.edges': 'Edges: numbers in increasing order, separated by commas.',
	'breakdown.problem.labels': 'Labels: {count} names separated by |, or none.',
	'breakdown.problem.numbers': 'The highlight rule needs three numbers.',
	'breakdown.problem.order':
		'Under-representation must be below 100 and over-representation above.',
	'breakdown.problem.negative': 'Expected customers cannot be negative.',
	'breakdown.group.segments': 'Segments',
	'breakdown.group.otherText': 'Other text columns',
	'breakdown.group.who': 'Who they are, where they live',
	'breakdown.group.other': 'Other columns',
	'breakdown.group.current': 'Current',
	'breakdown.band.under': 'under {edge}',
	'breakdown.band.toUnder': '{from} to under {to}',
	'breakdown.ageFrom': 'age (from {column})',

	// The bands in words
	'breakdown.bands.suggested': 'Suggested bands: ',
	'breakdown.bands.chosen': 'Chosen bands: ',
	'breakdown.bands.text':
		'Values as they are: the {top} most common, the rest as "{other}", empty as "{unknown}".',
	'breakdown.bands.age': 'Age bands {bands}; no age: "{unknown}".',
	'breakdown.bands.birth':
		'Age in whole years on {date} (the as-of date) from the birth date, in bands {bands}; no or unreadable date: "{unknown}".',
	'breakdown.bands.edges':
		'Bands {bands} (a band includes its lower edge); not a number: "{unknown}".',
	'breakdown.bands.quantiles':
		'{count} bands of about equal numbers of customers (cut at actual values, so equal values share a band and there may be fewer); not a number: "{unknown}".',

	// Cell captions
	'breakdown.caption.lead':
		'Every known customer in `customers` on {date} (the as-of date), buyers and prospects alike — {count} in all — by `{segmentColumn}` (no value: "{unknown}"; prospects have no RFM segment) and `{attribute}`.',
	'breakdown.caption.index':
		"Share in segment = customers ÷ the segment's customers; share in base = everyone with the value ÷ every known customer; index = share in segment ÷ share in base × 100 (above 100: more common in the segment than in the base). Revenue: spend in {currency} on orders before {date}, returns excluded.",
	'breakdown.none': 'No customers to break down.',
	'breakdown.heading': 'Index vs base: {segmentColumn} × {attribute}',
	'breakdown.colourCaption':
		'Colour: index on a log scale, blue above 100, red below, clamped at 25 and 400; each square shows the index and the share in segment; hover for the counts. {rule}; in the table ▲ and ▼. Click a square (or a count in the table) to list its customers.',
	'breakdown.rule':
		'Outlined: index ≥ {over} (over-represented) or ≤ {under} (under-represented), where at least {min} customers would be expected if the segment looked like the base (segment size × share in base)',
	'breakdown.members.empty': 'No customers in this square.',
	'breakdown.members.caption':
		'Customers of `customers` with {segmentColumn} “{segment}” and {attribute} “{value}”, their own {column}, distinct orders and spend in {currency} before {date} (returns excluded); largest spend first.',
	'breakdown.barsCaption':
		'Bars: share in segment; the dark tick marks the share in the whole base.',

	// Table
	'breakdown.table.segment': 'Segment',
	'breakdown.table.value': 'Value',
	'breakdown.table.customers': 'Customers',
	'breakdown.table.customersTitle': 'Customers of the segment with this value',
	'breakdown.table.inSegment': 'Share in segment',
	'breakdown.table.inSegmentTitle': "Customers ÷ the segment's customers",
	'breakdown.table.inBase': 'Share in base',
	'breakdown.table.inBaseTitle': 'Everyone with this value ÷ every known customer',
	'breakdown.table.revenue': 'Revenue',
	'breakdown.table.revenueTitle': 'Their spend on orders before {date}, returns excluded',
	'breakdown.table.index': 'Index',
	'breakdown.table.indexTitle': 'Share in segment ÷ share in base × 100',
	'breakdown.table.list': { one: 'List this customer', other: 'List these {count} customers' },

	// Heat map
	'breakdown.chart.label': 'Index vs base of {attribute} in each {segmentColumn}',
	'breakdown.chart.legend': 'Index vs base (100 = same share as the whole base)',
	'breakdown.chart.segment': 'Segment {segment} × {value}',
	'breakdown.chart.ofSegment': "{count} of the segment's {total} customers ({share})",
	'breakdown.chart.base': 'Whole base: {count} customers ({share})',
	'breakdown.chart.index': 'Index {index} = {inSegment} ÷ {inBase} × 100',
	'breakdown.chart.revenue': 'Revenue before {date}: {revenue}',
	'breakdown.chart.over': 'Over-represented',
	'breakdown.chart.under': 'Under-represented',

	// World map
	'breakdown.map.heading': 'Where they live: {attribute} on a world map',
	'breakdown.map.colourBy': 'Colour by',
	'breakdown.map.everyone': 'every customer: share of the base',
	'breakdown.map.segment': '{segmentColumn} “{segment}”: index vs base',
	'breakdown.map.error': 'The map could not be drawn: {error}',
	'breakdown.map.loading': 'Loading the map…',
	'breakdown.map.label': '{colour} by {attribute}',
	'breakdown.map.shareLegend': 'Share of all known customers',
	'breakdown.map.captionBase':
		"Colour: each country's share of every known customer on {date} ({count}).",
	'breakdown.map.captionSegment':
		"Colour: the index of “{segment}” ({count} customers) in each country = its share of the segment ÷ the country's share of every known customer × 100, on a log scale as in the heat map (blue above 100, red below, clamped at 25 and 400).",
	'breakdown.map.captionHow':
		'Every way the data writes a country (name, other name, ISO code) counts as that country; hover a country for its numbers. Grey, without an outline: no customers. Zoomed to the countries with customers. Shapes: Natural Earth 1:110m, part of the app.',
	'breakdown.map.notOnMap': {
		one: 'Not on the map (not recognised, or too small at this scale): {values}, {count} customer.',
		other:
			'Not on the map (not recognised, or too small at this scale): {values}, {count} customers.'
	},
	'breakdown.map.noCountry': {
		one: 'No {attribute}: {count} customer.',
		other: 'No {attribute}: {count} customers.'
	},
	'breakdown.map.quoted': '“{value}” ({count})',
	'breakdown.map.listSeparator': ', ',
	'breakdown.map.written': '{name} (written {spellings})',
	'breakdown.map.wholeBase': 'Whole base: {base}',
	'breakdown.map.ofBase': '{count} of {total} known customers ({share})',

	// Every chart's table view (PlotFigure), kept here for want of a shared chart module
	'figure.showTable': 'Show as table',
	'figure.hideTable': 'Hide the table'
} satisfies Record<string, Message>;
