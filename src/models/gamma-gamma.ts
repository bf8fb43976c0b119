// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV:
// using iso-value curves for customer base analysis", JMR 42, 415-430, and Fader & Hardie,
// "The Gamma-Gamma model of monetary value", 2013). A customer's x repeat transactions have
// mean value m; each value ~ Gamma(p, ν), ν ~ Gamma(q, γ) across customers. For one customer
// (note eq. 1a; lifetimes' GammaGammaFitter uses the same form):
//   ln f(m | x) = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m + px ln x
//                 - (px+q) ln(γ+mx)
// The model assumes spend and frequency are independent: frequencyValueCorrelation checks it.
import { minimizeNelderMead } from './nelder-mead';
import { minimizeBfgs } from './optimize';
import { ModelInputError } from './rfm-data';
import { digamma, logGamma } from './special-functions';

/** Gamma-Gamma parameters p, q and γ (lifetimes calls γ "v"). */
export interface GammaGammaParams {
	p: number;
	q: number;
	gamma: number;
}

/** A fitted Gamma-Gamma model. */
export interface GammaGammaFit {
	params: GammaGammaParams;
	logLikelihood: number;
	customers: number;
	iterations: number;
	converged: boolean;
	message: string;
}

/** Options for fitGammaGamma. */
export interface GammaGammaFitOptions {
	/** L2 penalty on (p, q, γ), as lifetimes' penalizer_coef (default 0). */
	penalty?: number;
	/** Fewer repeat customers than this is refused (default 10). */
	minCustomers?: number;
}

/**
 * Repeat customers ready for the log-likelihood: the terms that depend on x alone are summed
 * once per distinct x (their counts and Σ ln m), so each evaluation costs one logarithm per
 * customer instead of two log-gammas and two digammas.
 */
export interface GammaGammaData {
	x: Float64Array;
	m: Float64Array;
	/** The distinct frequencies, how many customers have each, and their Σ ln m. */
	frequencies: Float64Array;
	counts: Float64Array;
	sumLnM: Float64Array;
}

/** Groups repeat customers by frequency for gammaGammaLogLikelihood. */
export function prepareGammaGamma(x: Float64Array, m: Float64Array): GammaGammaData {
	const groups = new Map<number, { count: number; sumLnM: number }>();
	for (let i = 0; i < x.length; i++) {
		const group = groups.get(x[i]!) ?? { count: 0, sumLnM: 0 };
		group.count++;
		group.sumLnM += Math.log(m[i]!);
		groups.set(x[i]!, group);
	}
	const keys = [...groups.keys()];
	return {
		x,
		m,
		frequencies: Float64Array.from(keys),
		counts: Float64Array.from(keys, (k) => groups.get(k)!.count),
		sumLnM: Float64Array.from(keys, (k) => groups.get(k)!.sumLnM)
	};
}

/** Σ ln f(mᵢ | xᵢ) for repeat customers (x ≥ 1, m > 0); the gradient in (p, q, γ) if asked. */
export function gammaGammaLogLikelihood(
	params: GammaGammaParams,
	x: Float64Array,
	m: Float64Array,
	gradient?: Float64Array
): number {
	return preparedLogLikelihood(params, prepareGammaGamma(x, m), gradient);
}

function preparedLogLikelihood(
	{ p, q, gamma }: GammaGammaParams,
	data: GammaGammaData,
	gradient?: Float64Array
): number {
	if (!(p > 0 && q > 0 && gamma > 0)) return NaN;
	const lnGamma = Math.log(gamma);
	const psiQ = gradient ? digamma(q) : 0;
	let [total, gp, gq, gg] = [0, 0, 0, 0];
	// Per distinct x: c·(ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + px ln x) + (px − 1)·Σ ln m.
	const lnGammaQ = logGamma(q);
	for (let k = 0; k < data.frequencies.length; k++) {
		const [xk, c, sumLnM] = [data.frequencies[k]!, data.counts[k]!, data.sumLnM[k]!];
		const px = p * xk;
		const lnX = Math.log(xk);
		total += c * (logGamma(px + q) - logGamma(px) - lnGammaQ + q * lnGamma + px * lnX);
		total += (px - 1) * sumLnM;
		if (gradient) {
			const psiPQ = digamma(px + q);
			gp += xk * (c * (psiPQ - digamma(px) + lnX) + sumLnM);
			gq += c * (psiPQ - psiQ + lnGamma);
		}
	}
	// Per customer: −(px+q)·ln(γ + m x).
	const { x, m } = data;
	for (let i = 0; i < x.length; i++) {
		const [xi, mi] = [x[i]!, m[i]!];
		const px = p * xi;
		const sum = gamma + mi * xi;
		const lnSum = Math.log(sum);
		total -= (px + q) * lnSum;
		if (gradient) {
			gp -= xi * lnSum;
			gq -= lnSum;
			gg += q / gamma - (px + q) / sum;
		}
	}
	if (gradient) gradient.set([gp, gq, gg]);
	return total;
}

/** Fits Gamma-Gamma to repeat customers' frequency x ≥ 1 and mean repeat value m > 0. */
export function fitGammaGamma(
	x: Float64Array,
	m: Float64Array,
	options: GammaGammaFitOptions = {}
): GammaGammaFit {
	const { penalty = 0, minCustomers = 10 } = options;
	const n = x.length;
	if (m.length !== n) throw new ModelInputError(`x and m differ in length (${n}, ${m.length})`);
	for (let i = 0; i < n; i++) {
		if (!(Number.isInteger(x[i]) && x[i]! >= 1 && m[i]! > 0 && Number.isFinite(m[i]!))) {
			throw new ModelInputError(
				`invalid customer ${i} (x=${x[i]}, m=${m[i]}): Gamma-Gamma takes x ≥ 1 and m > 0 only`
			);
		}
	}
	if (n < minCustomers) {
		throw new ModelInputError(
			`Gamma-Gamma needs at least ${minCustomers} repeat customers with a positive spend; ` +
				`the data has ${n}`
		);
	}
	// Fit on values divided by their mean: γ scales with the currency, p and q do not.
	const scale = m.reduce((s, v) => s + v, 0) / n;
	const scaled = prepareGammaGamma(
		x,
		m.map((v) => v / scale)
	);
	const raw = new Float64Array(3);
	const objective = (logParams: Float64Array, gradient: Float64Array) => {
		const [p, q, gamma] = Array.from(logParams, Math.exp) as [number, number, number];
		const ll = preparedLogLikelihood({ p, q, gamma }, scaled, raw);
		let value = -ll / n;
		[p, q, gamma].forEach((v, k) => {
			value += penalty * v * v;
			gradient[k] = (-raw[k]! * v) / n + 2 * penalty * v * v;
		});
		return value;
	};
	let result = minimizeBfgs(objective, [0, 0, 0]);
	if (!result.converged) {
		const scratch = new Float64Array(3);
		const simplex = minimizeNelderMead((v) => objective(v, scratch), [0, 0, 0]);
		result = minimizeBfgs(objective, simplex.x);
	}
	const [p, q, g] = Array.from(result.x, Math.exp) as [number, number, number];
	const params = { p, q, gamma: g * scale };
	return {
		params,
		logLikelihood: gammaGammaLogLikelihood(params, x, m),
		customers: n,
		iterations: result.iterations,
		converged: result.converged,
		message: result.message
	};
}

/**
 * E(M | p, q, γ, m, x) = (q-1)/(px+q-1) · γp/(q-1) + px/(px+q-1) · m (note eq. 5): a weighted
 * mean of the population mean γp/(q-1) and the customer's m. x = 0 gives the population mean
 * (m ignored); NaN when it is undefined (px+q ≤ 1) or when x ≥ 1 and m is not positive (a
 * customer Gamma-Gamma cannot score).
 */
export function expectedAverageOrderValue(p: GammaGammaParams, x: number, m: number): number {
	const denominator = p.p * x + p.q - 1;
	if (!(denominator > 0)) return NaN;
	if (x === 0) return (p.gamma * p.p) / denominator;
	if (!(m > 0)) return NaN;
	return (p.gamma * p.p + p.p * x * m) / denominator;
}

/** Expected average order value for every customer (see expectedAverageOrderValue). */
export function expectedAverageOrderValues(
	params: GammaGammaParams,
	x: Float64Array,
	m: Float64Array
): Float64Array {
	return x.map((xi, i) => expectedAverageOrderValue(params, xi, m[i]!));
}
