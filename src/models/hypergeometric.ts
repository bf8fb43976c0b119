// The Gauss hypergeometric function 2F1(a, b; c; z), as BG/NBD's expectations need it
// (Fader, Hardie & Lee 2005, eqs. 9-10). Methods from Abramowitz & Stegun ch. 15 and
// Pearson, Olver & Porter (2017), "Numerical methods for the computation of the confluent
// and Gauss hypergeometric functions", Numer. Algorithms 74, 821-866.
//
// Supported domain: real a, b, c with c not 0, -1, -2, …; real z < 1. Accuracy is ~1e-13
// relative for moderate parameters (|a|, |b|, |c| up to a few hundred), and ~1e-12 within
// 5e-3 of the degenerate case c - a - b ∈ ℤ with z > 0.9, where it is interpolated across. Values
// beyond the double range overflow to ±Infinity. z ≥ 1 (divergent or on the branch cut) and
// a series that does not settle within MAX_TERMS throw a RangeError.
import { gammaSign, interpolateAcross, isGammaPole, logGamma } from './special-functions';

const EPS = Number.EPSILON;
const MAX_TERMS = 200_000;
/** Above this z the 1 - z transformation replaces the slowly converging direct series. */
const DIRECT_MAX_Z = 0.9;
/** Below this z the Pfaff transformation maps the argument into (1/3, 1). */
const PFAFF_BELOW = -0.5;
/** How close c - a - b may come to an integer before the formula is interpolated across. */
const DEGENERATE = 5e-3;

function describe(a: number, b: number, c: number, z: number): string {
	return `a=${a}, b=${b}, c=${c}, z=${z}`;
}

/** The Gauss series Σ (a)_n (b)_n / ((c)_n n!) zⁿ, summed until its tail is below eps. */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
	let term = 1;
	let sum = 1;
	for (let n = 0; n < MAX_TERMS; n++) {
		const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1));
		term *= ratio * z;
		sum += term;
		if (term === 0) return sum; // a or b is a non-positive integer: a polynomial
		// Once n is past every sign change of a + n, b + n and c + n the ratio tends to z
		// monotonically, so max(|ratio z|, |z|) bounds the ratio of all later terms and the
		// tail is at most |term| ρ / (1 - ρ).
		if (n + 1 > -a && n + 1 > -b && n + 1 > -c) {
			const rho = Math.max(Math.abs(ratio * z), Math.abs(z));
			if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= EPS * Math.abs(sum)) return sum;
		}
		if (!Number.isFinite(sum)) return sum;
	}
	throw new RangeError(`hyp2f1: series did not converge (${describe(a, b, c, z)})`);
}

/** Π Γ(num) / Π Γ(den) with its sign, as [sign, ln |value|]; sign 0 when a den is a pole. */
function gammaRatio(num: number[], den: number[]): [number, number] {
	let sign = 1;
	let log = 0;
	for (const v of den) {
		if (isGammaPole(v)) return [0, -Infinity];
		sign *= gammaSign(v);
		log -= logGamma(v);
	}
	for (const v of num) {
		sign *= gammaSign(v);
		log += logGamma(v);
	}
	return [sign, log];
}

/**
 * A&S 15.3.6, the 1 - z transformation, for 0.9 < z < 1 and s = c - a - b not an integer:
 * 2F1 = Γ(c)Γ(s)/(Γ(c-a)Γ(c-b)) F(a, b; 1-s; 1-z)
 *     + (1-z)^s Γ(c)Γ(-s)/(Γ(a)Γ(b)) F(c-a, c-b; 1+s; 1-z).
 */
function oneMinusZ(a: number, b: number, c: number, z: number): number {
	const s = c - a - b;
	const w = 1 - z;
	const [sign1, log1] = gammaRatio([c, s], [c - a, c - b]);
	const [sign2, log2] = gammaRatio([c, -s], [a, b]);
	const first = sign1 === 0 ? 0 : sign1 * Math.exp(log1) * hyp2f1Series(a, b, 1 - s, w);
	const second =
		sign2 === 0
			? 0
			: sign2 * Math.exp(log2 + s * Math.log(w)) * hyp2f1Series(c - a, c - b, 1 + s, w);
	return first + second;
}

/** 2F1(a, b; c; z) for 0 ≤ z < 1. */
function nonNegative(a: number, b: number, c: number, z: number): number {
	if (z <= DIRECT_MAX_Z) return hyp2f1Series(a, b, c, z);
	const s = c - a - b;
	const nearest = Math.round(s);
	if (Math.abs(s - nearest) >= DEGENERATE) return oneMinusZ(a, b, c, z);
	// Near an integer s both terms blow up like 1/(s - n) and cancel; 2F1 itself is analytic
	// in c there, so interpolate across the degenerate c (Pearson et al. 2017, §4.3, use the
	// same idea with a perturbation).
	const degenerateC = a + b + nearest;
	return interpolateAcross((cc) => oneMinusZ(a, b, cc, z), degenerateC, DEGENERATE, c);
}

/** Gauss hypergeometric 2F1(a, b; c; z) for real parameters and real z < 1 (domain above). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	if (![a, b, c, z].every(Number.isFinite)) {
		throw new RangeError(`hyp2f1: non-finite argument (${describe(a, b, c, z)})`);
	}
	if (!(z < 1)) throw new RangeError(`hyp2f1: z must be below 1 (${describe(a, b, c, z)})`);
	// A non-positive integer a or b makes the series a polynomial; it stays defined for a pole c
	// only when it ends before (c)_n reaches zero.
	const stop = Math.max(isGammaPole(a) ? a : -Infinity, isGammaPole(b) ? b : -Infinity);
	const terminates = stop > -Infinity;
	if (isGammaPole(c) && !(stop > c)) {
		throw new RangeError(`hyp2f1: c is a non-positive integer (${describe(a, b, c, z)})`);
	}
	if (z === 0) return 1;
	if (terminates) return hyp2f1Series(a, b, c, z);
	if (z >= PFAFF_BELOW && z <= 0) return hyp2f1Series(a, b, c, z);
	if (z < PFAFF_BELOW) {
		// Pfaff (A&S 15.3.4): 2F1(a, b; c; z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)).
		const w = z / (z - 1);
		if (isGammaPole(c - b)) return Math.pow(1 - z, -a) * hyp2f1Series(a, c - b, c, w);
		return Math.pow(1 - z, -a) * nonNegative(a, c - b, c, w);
	}
	return nonNegative(a, b, c, z);
}
