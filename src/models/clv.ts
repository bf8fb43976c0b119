// Customer lifetime value and churn risk from the fitted models. CLV follows lifetimes'
// `customer_lifetime_value` (lifetimes/utils.py, `_customer_lifetime_value`): for months
// i = 1 … H, the BG/NBD expected purchases in month i, E[Y(i·f)] - E[Y((i-1)·f)] with f time
// units per month, times the Gamma-Gamma expected order value, discounted by (1 + d)^i.
import type { BgNbdParams } from './bgnbd-likelihood';
import { expectedPurchasesIfAlive, probabilityAlive } from './bgnbd';
import { checkRfm, compressRfm, expandPatterns, type RfmData } from './rfm-data';

/**
 * Time units per month, lifetimes' factors: 30 days, 4.345 weeks (lifetimes' "D" and "W").
 */
export const PERIODS_PER_MONTH = { days: 30, weeks: 4.345 } as const;

/** Defaults shown to the user: a 12-month horizon and a 1 % monthly discount rate (lifetimes'). */
export const CLV_DEFAULTS = { horizonMonths: 12, monthlyDiscountRate: 0.01 } as const;

/** Options for customerLifetimeValue. */
export interface ClvOptions {
	/** The time unit of x, t_x and T. */
	timeUnit: keyof typeof PERIODS_PER_MONTH;
	/** Months of future purchases counted (default 12). */
	horizonMonths?: number;
	/** Monthly discount rate, 0.01 = 1 % a month (default 0.01). */
	monthlyDiscountRate?: number;
}

/**
 * Discounted value of each customer's expected purchases over the horizon, given the expected
 * average order value of each (from expectedAverageOrderValues; NaN stays NaN).
 */
export function customerLifetimeValue(
	params: BgNbdParams,
	data: RfmData,
	expectedOrderValue: Float64Array,
	options: ClvOptions
): Float64Array {
	const {
		timeUnit,
		horizonMonths = CLV_DEFAULTS.horizonMonths,
		monthlyDiscountRate: d = CLV_DEFAULTS.monthlyDiscountRate
	} = options;
	if (!(Number.isInteger(horizonMonths) && horizonMonths >= 0)) {
		throw new RangeError(`invalid horizonMonths: ${horizonMonths}`);
	}
	if (!(d > -1 && Number.isFinite(d))) throw new RangeError(`invalid monthlyDiscountRate: ${d}`);
	const f = PERIODS_PER_MONTH[timeUnit];
	if (f === undefined) throw new RangeError(`invalid timeUnit: ${timeUnit}`);
	checkRfm(data);
	if (expectedOrderValue.length !== data.x.length) {
		throw new RangeError('expectedOrderValue and the RFM data differ in length');
	}
	// E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · N(t | x, T): the costly part depends on (x, T)
	// only, which customers often share (T in whole days), so it is computed once per pair.
	const pairs = compressRfm({ x: data.x, tx: new Float64Array(data.x.length), T: data.T });
	const discountedIfAlive = pairs.x.map((x, k) => {
		let total = 0;
		let before = 0;
		for (let i = 1; i <= horizonMonths; i++) {
			const upTo = expectedPurchasesIfAlive(params, x, pairs.T[k]!, i * f);
			total += (upTo - before) / Math.pow(1 + d, i);
			before = upTo;
		}
		return total;
	});
	const perCustomer = expandPatterns(pairs, discountedIfAlive);
	return perCustomer.map((purchases, i) => {
		const alive = probabilityAlive(params, data.x[i]!, data.tx[i]!, data.T[i]!);
		return alive * purchases * expectedOrderValue[i]!;
	});
}

/** Churn risk group from P(alive). */
export type ChurnRisk = 'high' | 'medium' | 'low';

/** Default P(alive) cut-offs: high risk below 0.3, low risk from 0.7, medium between. */
export const CHURN_THRESHOLDS = { high: 0.3, low: 0.7 } as const;

/** The churn risk group of one P(alive); NaN has no group (null). */
export function churnRisk(
	pAlive: number,
	thresholds: { high: number; low: number } = CHURN_THRESHOLDS
): ChurnRisk | null {
	if (Number.isNaN(pAlive)) return null;
	if (pAlive < thresholds.high) return 'high';
	return pAlive < thresholds.low ? 'medium' : 'low';
}

/** Churn risk groups for every customer. */
export function churnRiskGroups(
	pAlive: Float64Array,
	thresholds: { high: number; low: number } = CHURN_THRESHOLDS
): (ChurnRisk | null)[] {
	return Array.from(pAlive, (p) => churnRisk(p, thresholds));
}
