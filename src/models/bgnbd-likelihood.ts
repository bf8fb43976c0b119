// The BG/NBD log-likelihood and its analytic gradient. For one customer (Fader, Hardie & Lee
// 2005, eq. 6, in the form of Fader, Hardie & Lee, "Implementing the BG/NBD model for customer
// base analysis in Excel", 2005, which lifetimes' BetaGeoFitter also follows):
//   ln L = A1 + A2 + ln(exp(A3) + δ(x>0) exp(A4))
//   A1 = ln Γ(r+x) - ln Γ(r) + r ln α
//   A2 = ln Γ(a+b) + ln Γ(b+x) - ln Γ(b) - ln Γ(a+b+x)
//   A3 = -(r+x) ln(α+T)
//   A4 = ln a - ln(b+x-1) - (r+x) ln(α+t_x)
// The last term is a log-sum-exp, so large x and T cannot overflow; everything that depends
// on x alone is computed once per distinct x.
import type { RfmData } from './rfm-data';
import { digamma, logGamma } from './special-functions';

/** BG/NBD parameters: purchase rates ~ Gamma(r, α), dropout probability ~ Beta(a, b). */
export interface BgNbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

/** RFM data with an optional count of customers per row (default 1). */
export type WeightedRfm = RfmData & { weight?: Float64Array };

/** Data prepared once for many likelihood evaluations. */
export interface PreparedRfm {
	data: WeightedRfm;
	/** The distinct x values, the slot of each row among them and the weight of each slot. */
	xValues: Float64Array;
	xSlot: Int32Array;
	slotWeight: Float64Array;
	totalWeight: number;
}

/** Indexes the distinct x values of the data. */
export function prepareRfm(data: WeightedRfm): PreparedRfm {
	const slots = new Map<number, number>();
	const xSlot = new Int32Array(data.x.length);
	const weights: number[] = [];
	let totalWeight = 0;
	for (let i = 0; i < data.x.length; i++) {
		const w = data.weight ? data.weight[i]! : 1;
		let k = slots.get(data.x[i]!);
		if (k === undefined) slots.set(data.x[i]!, (k = weights.push(0) - 1));
		xSlot[i] = k;
		weights[k]! += w;
		totalWeight += w;
	}
	const xValues = Float64Array.from(slots.keys());
	return { data, xValues, xSlot, slotWeight: Float64Array.from(weights), totalWeight };
}

/**
 * Σ wᵢ ln Lᵢ at the given parameters; when `gradient` is given, writes ∂/∂(r, α, a, b) into it.
 */
export function bgnbdLogLikelihoodPrepared(
	prepared: PreparedRfm,
	{ r, alpha, a, b }: BgNbdParams,
	gradient?: Float64Array
): number {
	const { data, xValues, xSlot, slotWeight } = prepared;
	if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
	const lnAlpha = Math.log(alpha);
	const lnA = Math.log(a);
	// Terms of A1 + A2 that depend on x only, summed over each x's customers.
	let total = prepared.totalWeight * (lnGammaConst(r, a, b) + r * lnAlpha);
	let [gr, galpha, ga, gb] = [0, 0, 0, 0];
	const psiAB = digamma(a + b);
	const invDenominator = new Float64Array(xValues.length);
	const lnDenominator = new Float64Array(xValues.length);
	for (let k = 0; k < xValues.length; k++) {
		const x = xValues[k]!;
		const w = slotWeight[k]!;
		total += w * (logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
		if (x > 0) {
			lnDenominator[k] = Math.log(b + x - 1);
			invDenominator[k] = 1 / (b + x - 1);
		}
		if (gradient) {
			const psiABX = digamma(a + b + x);
			gr += w * (digamma(r + x) - digamma(r) + lnAlpha);
			galpha += (w * r) / alpha;
			ga += w * (psiAB - psiABX);
			gb += w * (psiAB + digamma(b + x) - digamma(b) - psiABX);
		}
	}
	const { x, tx, T, weight } = data;
	for (let i = 0; i < x.length; i++) {
		const w = weight ? weight[i]! : 1;
		const rx = r + x[i]!;
		const lnT = Math.log(alpha + T[i]!);
		const a3 = -rx * lnT;
		if (x[i] === 0) {
			total += w * a3;
			if (gradient) {
				gr -= w * lnT;
				galpha -= (w * rx) / (alpha + T[i]!);
			}
			continue;
		}
		const k = xSlot[i]!;
		const lnTx = Math.log(alpha + tx[i]!);
		const a4 = lnA - lnDenominator[k]! - rx * lnTx;
		// ln(e^A3 + e^A4) = max + ln(1 + e^-|A3-A4|); w3, w4 are the shares of the two terms.
		const e = Math.exp(-Math.abs(a3 - a4));
		total += w * (Math.max(a3, a4) + Math.log1p(e));
		if (gradient) {
			const w4 = a4 >= a3 ? 1 / (1 + e) : e / (1 + e);
			const w3 = 1 - w4;
			gr -= w * (w3 * lnT + w4 * lnTx);
			galpha -= w * rx * (w3 / (alpha + T[i]!) + w4 / (alpha + tx[i]!));
			ga += (w * w4) / a;
			gb -= w * w4 * invDenominator[k]!;
		}
	}
	if (gradient) gradient.set([gr, galpha, ga, gb]);
	return total;
}

/** -ln Γ(r) + ln Γ(a+b) - ln Γ(b): the parameter-only part of A1 + A2. */
function lnGammaConst(r: number, a: number, b: number): number {
	return -logGamma(r) + logGamma(a + b) - logGamma(b);
}

/** The BG/NBD log-likelihood Σ wᵢ ln Lᵢ of the data at the given parameters. */
export function bgnbdLogLikelihood(params: BgNbdParams, data: WeightedRfm): number {
	return bgnbdLogLikelihoodPrepared(prepareRfm(data), params);
}
