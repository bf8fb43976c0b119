import type { RuleNode } from '../../../src/segments/rules';

/** The fixture files of the rule tests: orders of u01–u07, customer file u01–u04 and p01. */
export const RULES_FIXTURES = {
	transactions: 'lens-rules-orders.csv',
	customers: 'lens-rules-customers.csv'
};

/** Revenue in the last 365 days > 1000: u01 u04 u07 on 2024-07-01 (rules.test.ts). */
export const bigSpenders: RuleNode = {
	kind: 'measure',
	measure: 'revenue',
	operator: '>',
	values: ['1000'],
	window: { lastDays: 365 }
};

/** At least 600 spent on Garden: u01 u02 u04 on 2024-07-01. */
export const gardenFans: RuleNode = {
	kind: 'measure',
	measure: 'category_revenue',
	category: 'Garden',
	operator: '>=',
	values: [600]
};
