import { PERSONA_PHRASES } from '../../../segments/persona-naming';
import { SIGNIFICANCE_TEXT } from '../../../segments/persona-significance';
import type { Message } from '../../translate';
import { prefixed } from '../labels';

/** English texts of the personas panel and the automatic persona texts. */
export const personasEn = {
	// The words of the automatic names and summaries, as the data keeps them.
	...prefixed('persona.', PERSONA_PHRASES),

	// Settings
	'personas.lens': 'Segments of',
	'personas.minSize': 'Cards for segments of at least',
	'personas.minSizeAfter': 'customers',

	// The caption: how the cards are computed
	'personas.caption':
		"One card per segment of `{column}` with at least {minSize} customers, on {date} (the as-of date). Share = the segment's customers ÷ the {base} customers with a `{column}` value; revenue share = their spend ÷ those customers' {revenue} (orders before the as-of date, returns excluded). Recency, orders and spend: averages over the segment's buyers. On discount: spend on discounted lines ÷ spend. Channel: the sales channel with most of the segment's spend. Top categories: share of the segment's spend, index = that share ÷ the share of all these customers' spend × 100. Name, summary and actions are drawn from what sets the segment apart from all these customers (1.5 × their average or more, 0.6 × or less); edit any of them — the edit is kept with the notebook, Reset brings the automatic text back.",
	'personas.significance': SIGNIFICANCE_TEXT,
	'personas.ownsColumn':
		"The `persona` column of `customers` holds each customer's persona name (empty for smaller segments and customers without a segment): the automatic name in English, as the other labels of the data, or your edited name as you wrote it.",
	'personas.otherColumn':
		'The `persona` column of `customers` comes from the first personas cell of the notebook.',
	'personas.none': 'No segment has {count} customers or more.',
	'personas.smaller': 'Smaller segments (no card): {list}.',
	'personas.smallerItem': '{segment} ({count})',
	'personas.list': ', ',

	// A card
	'personas.card.nameLabel': 'Persona name for {segment}',
	'personas.card.segment': 'Segment',
	'personas.card.summaryLabel': 'Summary for {segment}',
	'personas.card.customers': 'Customers',
	'personas.card.revenueShare': 'Revenue share',
	'personas.card.recency': 'Recency',
	'personas.card.orders': 'Orders',
	'personas.card.spend': 'Spend',
	'personas.card.clv': 'Predicted CLV',
	'personas.card.discount': 'On discount',
	'personas.card.channel': 'Channel',
	'personas.card.days': '{days} days',
	'personas.card.churn': 'Churn risk: {list}',
	'personas.card.categories': 'Top categories: {list}',
	'personas.card.category': '{value} {share} (index {index})',
	'personas.card.noCategories': 'none in the data',
	'personas.card.todo': 'What to do',
	'personas.card.actionsLabel': 'Recommended actions for {segment}, one a line',
	'personas.card.reset': 'Reset',
	'personas.card.resetTitle': 'Back to the automatic text',
	'personas.attribute.value': '{value} {share} (index {index})',
	'personas.attribute.title': '{segment} of the segment vs {all} of all; index {index}; z = {z}'
} satisfies Record<string, Message>;
