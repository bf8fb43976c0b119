import type { Message } from '../../translate';

/** English texts of the lifetime value panel and its charts. */
export const clvEn = {
	'clv.unit.weeks': 'weeks',
	'clv.unit.days': 'days',
	'clv.unitOne.weeks': 'week',
	'clv.unitOne.days': 'day',
	'clv.risk.high': 'high',
	'clv.risk.medium': 'medium',
	'clv.risk.low': 'low',

	// The summary and warnings
	'clv.summary':
		'BG/NBD (purchase counts) and Gamma-Gamma (order values) fitted on every purchase of {buyers} buyers through {dataEnd} (the day before the as-of date {asOf}), in {unit}; purchases on the same day count as one, returns are left out. Each buyer gets `p_alive`, `expected_purchases` (in the next {horizon} days), `clv` ({months} months) and `churn_risk` in `customers`; prospects get NULL. The columns come from a refit on all data after the check, so the latest behaviour counts.',
	'clv.notConverged':
		'The BG/NBD fit stopped without converging ({message}): treat its numbers with care.',
	'clv.noClv': 'No CLV: {error}. P(alive) and expected purchases are still given.',
	'clv.validationError': 'The models could not be checked on a holdout period: {error}',
	'clv.timing':
		'Computed in a background worker: the fit on all data in {full} s, the holdout check in {check} s.',
	'clv.noCorrelation': 'The frequency–spend correlation cannot be computed.',
	'clv.correlation':
		'Correlation of repeat purchases and mean repeat order value over {count} repeat customers: r = {r}',
	'clv.correlationStrong':
		'{base}. This is strong: Gamma-Gamma assumes spend per order does not depend on how often a customer buys, so its CLV is biased here ({why}). Read CLV as a ranking rather than an amount.',
	'clv.correlationMore': 'frequent buyers also spend more per order',
	'clv.correlationLess': 'frequent buyers spend less per order',
	'clv.correlationWeak':
		"{base}, weak enough for Gamma-Gamma's assumption that spend per order does not depend on purchase frequency (|r| ≤ {limit}; CDNOW's is {cdnow}).",
	'clv.setAside': {
		one: '{count} repeat customer has a zero or negative mean repeat order value: Gamma-Gamma cannot describe it, so it was set aside from its fit and has no CLV (NULL), though P(alive) and expected purchases are given.',
		other:
			'{count} repeat customers have a zero or negative mean repeat order value: Gamma-Gamma cannot describe them, so they were set aside from its fit and have no CLV (NULL), though P(alive) and expected purchases are given.'
	},

	// Settings
	'clv.settings.legend': 'Model settings',
	'clv.settings.unitTitle': 'The time unit of the models (the literature uses weeks)',
	'clv.settings.unit': 'Time unit',
	'clv.settings.calibrationTitle':
		'The models are checked by fitting them on purchases up to this day and predicting the rest. Empty: hold out the last 30 % of the purchase-date range.',
	'clv.settings.calibration': 'Calibration ends',
	'clv.settings.auto': '(automatic, last 30 % held out)',
	'clv.settings.autoAt': '(automatic: {date}, last 30 % held out)',
	'clv.settings.automatic': 'automatic',
	'clv.settings.horizonTitle':
		'Expected purchases are counted over this many days after the as-of date',
	'clv.settings.horizon': 'Expected purchases over the next',
	'clv.settings.days': 'days',
	'clv.settings.monthsTitle': 'Lifetime value counts this many months of future purchases',
	'clv.settings.months': 'CLV over',
	'clv.settings.monthsAfter': 'months,',
	'clv.settings.discountTitle':
		"Each future month's value is divided by (1 + rate) to the power of the month",
	'clv.settings.discount': 'discounted',
	'clv.settings.discountAfter': '% a month',
	'clv.settings.highTitle': 'Customers with P(alive) below this are high churn risk',
	'clv.settings.high': 'High churn risk: P(alive) below',
	'clv.settings.lowTitle': 'Customers with P(alive) at or above this are low churn risk',
	'clv.settings.low': 'low risk from',
	'clv.settings.percent': '%',
	'clv.problem.horizon': 'The prediction horizon must be a whole number of days from 1 to 3650.',
	'clv.problem.months': 'The CLV horizon must be a whole number of months from 1 to 120.',
	'clv.problem.discount': 'The monthly discount rate must be from 0 to under 100 %.',
	'clv.problem.churn': 'Churn thresholds need 0 < high-risk cut-off < low-risk cut-off < 100 %.',

	// The parameter table
	'clv.fit.caption':
		'Fitted parameters (maximum likelihood). The columns of `customers` come from the fit on all purchases through {dataEnd}; the check below uses the fit on the calibration period.',
	'clv.fit.captionThrough':
		'Fitted parameters (maximum likelihood). The columns of `customers` come from the fit on all purchases through {dataEnd}; the check below uses the fit on the calibration period (through {calibrationEnd}).',
	'clv.fit.parameter': 'Parameter',
	'clv.fit.all': 'All data',
	'clv.fit.calibration': 'Calibration',
	'clv.fit.r': 'Shape of the purchase-rate distribution (Gamma)',
	'clv.fit.alpha': 'Scale of the purchase-rate distribution, in {unit}',
	'clv.fit.a': 'Dropout probability distribution (Beta), first shape',
	'clv.fit.b': 'Dropout probability distribution (Beta), second shape',
	'clv.fit.bgLl': 'BG/NBD log-likelihood',
	'clv.fit.bgLlTitle': 'Sum over customers of the log of the probability of their (x, t_x, T)',
	'clv.fit.customers': 'Customers / with a repeat purchase',
	'clv.fit.customersTitle':
		'Customers the model was fitted on, and those who bought on more than one day',
	'clv.fit.p': 'Shape of each order value (Gamma)',
	'clv.fit.q': 'Shape of the spread of customers’ spend rates',
	'clv.fit.gamma': 'Scale of the spread of spend rates, in {currency}',
	'clv.fit.ggLl': 'Gamma-Gamma log-likelihood',
	'clv.fit.ggLlTitle': 'Of the mean repeat order values of the repeat customers',

	// Churn groups
	'clv.churn.caption':
		"Churn risk: column `churn_risk` of `customers`, from each buyer's probability of still being a customer (P(alive), BG/NBD).",
	'clv.churn.risk': 'Churn risk',
	'clv.churn.rule': 'Rule',
	'clv.churn.customers': 'Customers',
	'clv.churn.share': 'Share',
	'clv.churn.pAlive': 'Mean P(alive)',
	'clv.churn.pAliveTitle': 'Mean P(alive) of the group',
	'clv.churn.expected': 'Expected purchases ({days} d)',
	'clv.churn.expectedTitle': 'Sum of expected purchases in the next {days} days',
	'clv.churn.clv': 'CLV',
	'clv.churn.clvTitle': "Sum of the group's {months}-month CLV",
	'clv.churn.oneTime': 'One-time buyers',
	'clv.churn.oneTimeTitle': 'Customers who never bought again',
	'clv.churn.ruleHigh': 'P(alive) below {high}',
	'clv.churn.ruleMedium': 'P(alive) from {high} to below {low}',
	'clv.churn.ruleLow': 'P(alive) {low} or more',
	'clv.churn.oneTimeNote':
		'BG/NBD lets a customer drop out only right after a repeat purchase, so the {count} buyers who never bought again have P(alive) = 1 and sit in the low-risk group whatever their age. For them, read the expected purchases instead: the longer ago their one purchase, the fewer the model expects.',

	// Predicted-value tiers
	'clv.tiers.caption':
		'Predicted-value tiers: buyers with a CLV ranked by it, largest first; equal values share a tier. CLV = the expected purchases of each of the next {months} months (BG/NBD) × the expected order value (Gamma-Gamma), each month discounted by {discount} a month (column `clv`).',
	'clv.tiers.tier': 'Tier',
	'clv.tiers.customers': 'Customers',
	'clv.tiers.range': 'CLV range',
	'clv.tiers.total': 'Total CLV',
	'clv.tiers.share': 'Share of CLV',
	'clv.tiers.pAlive': 'Mean P(alive)',
	'clv.tiers.top': 'Top 20 % by predicted value',
	'clv.tiers.middle': 'Next 30 %',
	'clv.tiers.bottom': 'Bottom 50 %',

	// Holdout chart
	'clv.holdout.title':
		'Holdout check: predicted vs actual repeat purchases, by calibration frequency',
	'clv.holdout.label': 'Expected and actual holdout repeat purchases by calibration frequency',
	'clv.holdout.totals':
		'Holdout total: {actual} actual repeat purchases, {expected} predicted{gap}.',
	'clv.holdout.caption':
		"The models were fitted only on purchases through {calibrationEnd}, then asked how many times each of the {customers} customers who had bought by then would buy from the next day through {holdoutEnd} (the holdout, {length} {unit}). Customers are grouped by how many repeat purchases (purchase days after their first) they made in the calibration period, 7 or more together; each point is the group's mean number of holdout purchase days, actual and as predicted by BG/NBD (E[Y(t) | x, t_x, T], Fader, Hardie & Lee 2005). Close lines mean the model ranks customers well.",
	'clv.series.actual': 'Actual',
	'clv.series.expected': 'Model (BG/NBD)',
	'clv.holdout.x': 'Repeat purchases in the calibration period',
	'clv.holdout.y': 'Mean repeat purchases in the {length}-{unit} holdout',
	'clv.holdout.point':
		'{count} customers with {label} repeat purchases in calibration: {series} {value} purchases each in the holdout',

	// Cumulative chart
	'clv.cumulative.title': 'Cumulative repeat purchases over time, calibration and holdout',
	'clv.cumulative.label': 'Cumulative expected and actual repeat purchases over time',
	'clv.cumulative.caption':
		"The {cohort} customers whose first purchase was on or before {calibrationEnd}: their repeat purchase days (returns left out, purchases on one day counted once), added up {unit} by {unit} from {origin} through {holdoutEnd}, against what BG/NBD, fitted on the calibration period only, expects: Σ E[X(t − sᵢ)] over the customers, sᵢ being each one's first purchase (Fader, Hardie & Lee 2005, figure 2). Left of the dashed line the model saw the purchases; right of it, it predicts them.",
	'clv.cumulative.x': '{unit} since the first purchase in the data',
	'clv.cumulative.y': 'Cumulative repeat purchases',
	'clv.cumulative.calibrationEnds': 'calibration ends ▸ holdout',
	'clv.cumulative.point': '{unit} {t}: {actual} actual, {expected} expected repeat purchases so far'
} satisfies Record<string, Message>;
