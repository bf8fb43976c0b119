/** The columns of buildKpisSql, in order. */
export const KPI_KEYS = [
	'buyers',
	'prospects',
	'customers',
	'orders',
	'revenue',
	'avg_order_value',
	'orders_per_customer',
	'repeat_rate',
	'top_revenue_share',
	'previous_active',
	'retained',
	'retention_rate',
	'churn_rate',
	'conversion_rate',
	'avg_satisfaction'
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** A KPI's label and how it is computed (the panel's tooltip). */
export interface KpiDefinition {
	key: KpiKey;
	label: string;
	how: string;
}

const BEFORE = 'before the as-of date';

/** How each KPI is computed; W is the window length, the top share is 20 % unless changed. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
	kpi('buyers', 'Buyers', `Customers with at least one order (returns excluded) ${BEFORE}.`),
	kpi('prospects', 'Prospects', `People in the customer file with no order ${BEFORE}.`),
	kpi('customers', 'Customers', 'Buyers plus prospects: everyone known on the as-of date.'),
	kpi('orders', 'Orders', `Distinct orders of all buyers ${BEFORE}; return lines do not count.`),
	kpi('revenue', 'Revenue', `Total amount of all non-return order lines ${BEFORE}.`),
	kpi('avg_order_value', 'Average order value', 'Revenue ÷ orders.'),
	kpi('orders_per_customer', 'Orders per customer', 'Orders ÷ buyers.'),
	kpi('repeat_rate', 'Repeat-purchase rate', 'Buyers with 2 or more orders ÷ buyers.'),
	kpi(
		'top_revenue_share',
		'Revenue from the top 20 %',
		'Revenue of the 20 % of buyers who spent most (rounded up to whole buyers) ÷ revenue.'
	),
	kpi(
		'previous_active',
		'Active in the previous window',
		'Buyers with an order W+1 to 2W days before the as-of date.'
	),
	kpi('retained', 'Retained', 'Of those, buyers who also ordered in the last W days.'),
	kpi(
		'retention_rate',
		'Retention rate',
		'Retained ÷ buyers active in the previous window of W days.'
	),
	kpi(
		'churn_rate',
		'Churn rate',
		'Buyers active in the previous window with no order in the last W days ÷ buyers active ' +
			'in the previous window (1 − retention rate).'
	),
	kpi(
		'conversion_rate',
		'Prospect conversion rate',
		`People in the customer file who ordered ${BEFORE} ÷ everyone in the customer file; ` +
			'empty without a customer file.'
	),
	kpi(
		'avg_satisfaction',
		'Average satisfaction',
		`Mean satisfaction score of tickets opened ${BEFORE}; empty when no ticket has a score.`
	)
];

function kpi(key: KpiKey, label: string, how: string): KpiDefinition {
	return { key, label, how };
}
