// BG/NBD predictions (Fader, Hardie & Lee 2005): P(alive), E[X(t)] for a new customer (eq. 9)
// and E[Y(t) | x, t_x, T] for a known one (eq. 10), written so they stay finite and accurate
// for large x and T and for a near 1.
import type { BgNbdParams } from './bgnbd-likelihood';
import { hyp2f1 } from './hypergeometric';
import type { RfmData } from './rfm-data';
import { interpolateAcross } from './special-functions';

const EPS = Number.EPSILON;
const MAX_TERMS = 1_000_000;

export type { BgNbdParams } from './bgnbd-likelihood';
export { bgnbdLogLikelihood } from './bgnbd-likelihood';
export { fitBgNbd, type BgNbdFit, type BgNbdFitOptions } from './bgnbd-fit';

/**
 * P(alive | x, t_x, T) = 1 / (1 + δ(x>0) a/(b+x-1) ((α+T)/(α+t_x))^(r+x)) (Fader, Hardie & Lee,
 * "Computing P(alive) using the BG/NBD model", 2008), as a logistic of a log-odds.
 */
export function probabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
	if (x === 0) return 1;
	const logOdds =
		(p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx)) +
		Math.log(p.a) -
		Math.log(p.b + x - 1);
	return 1 / (1 + Math.exp(logOdds));
}

/**
 * Expected purchases in the next t periods of a customer alive at age T with x repeat purchases:
 * eq. 10's numerator (a+b+x-1)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)],
 * z = t/(α+T+t). Euler's transformation (A&S 15.3.3) turns the bracket into
 * 1 - (1-z)^(a-1) 2F1(D, a-1; C; z) with C = a+b+x-1, D = a+b-1-r, whose series carries the
 * factor (a-1): N = -C L φ((a-1)L) - (1-z)^(a-1) S with L = ln(1-z), φ(y) = (eʸ-1)/y and
 * S = Σ_{n≥1} (D)_n (a)_{n-1} / ((C+1)_{n-1} n!) zⁿ, finite at a = 1 and for any x.
 */
export function expectedPurchasesIfAlive(p: BgNbdParams, x: number, T: number, t: number): number {
	if (!(t > 0)) return 0;
	const s = p.alpha + T;
	const z = t / (s + t);
	// ln(1-z) from whichever form keeps its digits: log1p for small z, the ratio near z = 1.
	const L = z < 0.5 ? Math.log1p(-z) : Math.log(s / (s + t));
	if (z > 0.9) return largeZ(p, x, L, z);
	const C = p.a + p.b + x - 1;
	const D = p.a + p.b - 1 - p.r;
	const y = (p.a - 1) * L;
	let term = D * z;
	let sum = term;
	for (let n = 1; term !== 0; n++) {
		const ratio = ((D + n) * (p.a - 1 + n)) / ((C + n) * (n + 1));
		term *= ratio * z;
		sum += term;
		// a - 1 + n and C + n are positive for n ≥ 1; past n > -D the ratio tends to z
		// monotonically, so ρ bounds all later ratios and the tail is below |term| ρ / (1 - ρ).
		const rho = Math.max(Math.abs(ratio * z), z);
		if (n > -D && rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPS * Math.abs(sum)) break;
		if (n > MAX_TERMS) throw new RangeError(`BG/NBD expectation did not converge (z=${z})`);
	}
	const phi = y === 0 ? 1 : Math.expm1(y) / y;
	return -C * L * phi - Math.exp(y) * sum;
}

/** z > 0.9: eq. 10's closed form with the general 2F1 (its 1 - z transformation). */
function largeZ(p: BgNbdParams, x: number, L: number, z: number): number {
	const at = (a: number) => {
		const C = a + p.b + x - 1;
		const F = hyp2f1(a + p.b - 1 - p.r, a - 1, C, z);
		return (C / (a - 1)) * (1 - Math.exp((a - 1) * L) * F);
	};
	// The division by a - 1 loses |a - 1|⁻¹ ulps; within 5e-3 of a = 1 interpolate across it.
	if (Math.abs(p.a - 1) >= 5e-3) return at(p.a);
	return interpolateAcross(at, 1, 5e-3, p.a);
}

/** E[X(t)]: expected repeat purchases in (0, t] of a customer just acquired (eq. 9). */
export function expectedRepeatPurchases(p: BgNbdParams, t: number): number {
	return expectedPurchasesIfAlive(p, 0, 0, t);
}

/** E[Y(t) | x, t_x, T]: expected purchases of a known customer in the next t periods (eq. 10). */
export function conditionalExpectedPurchases(
	p: BgNbdParams,
	x: number,
	tx: number,
	T: number,
	t: number
): number {
	return probabilityAlive(p, x, tx, T) * expectedPurchasesIfAlive(p, x, T, t);
}

/** P(alive) for every customer. */
export function probabilityAliveAll(p: BgNbdParams, data: RfmData): Float64Array {
	return data.x.map((x, i) => probabilityAlive(p, x, data.tx[i]!, data.T[i]!));
}

/**
 * E[Y(t) | x, t_x, T] for every customer: expected purchases in the next t periods, or in a
 * holdout period of length t after the calibration end (the conditional expectation).
 */
export function conditionalExpectedPurchasesAll(
	p: BgNbdParams,
	data: RfmData,
	t: number
): Float64Array {
	return data.x.map((x, i) => conditionalExpectedPurchases(p, x, data.tx[i]!, data.T[i]!, t));
}
