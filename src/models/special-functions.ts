// Log-gamma and digamma for the BG/NBD and Gamma-Gamma likelihoods and their gradients.
// Both shift the argument up with the recurrence until the asymptotic (Stirling / de Moivre)
// series is accurate to a few ulps, as in Abramowitz & Stegun 6.1.40 and 6.3.18.

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
/** Arguments below this are shifted up by the recurrence before the asymptotic series. */
const SHIFT_TO = 10;

// Stirling series coefficients B_2k / (2k (2k - 1)) for ln Γ (A&S 6.1.40).
const STIRLING = [
	1 / 12,
	-1 / 360,
	1 / 1260,
	-1 / 1680,
	1 / 1188,
	-691 / 360360,
	1 / 156,
	-3617 / 122400
];

// Coefficients B_2k / (2k) for ψ (A&S 6.3.18), subtracted in powers of 1 / x².
const DIGAMMA = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12];

/** Whether v is 0, -1, -2, …: a pole of Γ. */
export function isGammaPole(v: number): boolean {
	return v <= 0 && Number.isInteger(v);
}

/** ln Γ(x) for x ≥ SHIFT_TO: Stirling's series, error below 1e-16 relative there. */
function stirling(x: number): number {
	const inv = 1 / x;
	const inv2 = inv * inv;
	let series = 0;
	for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inv2 + STIRLING[k]!;
	return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series * inv;
}

/**
 * ln |Γ(x)| for real x: absolute error below ~1e-14 where |ln Γ| is small, relative error below
 * ~1e-14 elsewhere; +Infinity at the poles (0, -1, -2, …).
 */
export function logGamma(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x === Infinity) return Infinity;
	if (isGammaPole(x)) return Infinity;
	if (x < 0.5) {
		// Reflection Γ(x) Γ(1 - x) = π / sin(πx) (A&S 6.1.17).
		return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	}
	if (x >= SHIFT_TO) return stirling(x);
	// Γ(x) = Γ(x + n) / (x (x + 1) … (x + n - 1)); the product stays far from overflow.
	let product = 1;
	let y = x;
	while (y < SHIFT_TO) product *= y++;
	return stirling(y) - Math.log(product);
}

/** The sign of Γ(x) (+1 or -1) for x that is not a pole. */
export function gammaSign(x: number): number {
	if (x > 0) return 1;
	// Γ alternates in sign between consecutive negative integers: negative on (-1, 0).
	return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** ψ(x) = d ln Γ(x) / dx for real x (not a pole), absolute error below ~1e-14. */
export function digamma(x: number): number {
	if (Number.isNaN(x) || isGammaPole(x)) return NaN;
	if (x === Infinity) return Infinity;
	if (x < 0.5) {
		// Reflection ψ(1 - x) - ψ(x) = π cot(πx) (A&S 6.3.7).
		return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
	}
	let shift = 0;
	let y = x;
	while (y < SHIFT_TO) shift += 1 / y++;
	const inv2 = 1 / (y * y);
	let series = 0;
	for (let k = DIGAMMA.length - 1; k >= 0; k--) series = series * inv2 + DIGAMMA[k]!;
	return Math.log(y) - 0.5 / y - series * inv2 - shift;
}

/**
 * Value at `target` of a function that is smooth there but cannot be evaluated accurately close
 * to `center` (a removable singularity of the formula): Lagrange interpolation of degree 7
 * through center ± k delta, k = 1 … 4. Error O(delta⁸) plus the rounding of the eight values.
 */
export function interpolateAcross(
	f: (v: number) => number,
	center: number,
	delta: number,
	target: number
): number {
	const u = (target - center) / delta;
	const nodes = [-4, -3, -2, -1, 1, 2, 3, 4];
	let value = 0;
	for (const k of nodes) {
		let weight = 1;
		for (const j of nodes) if (j !== k) weight *= (u - j) / (k - j);
		value += weight * f(center + k * delta);
	}
	return value;
}
