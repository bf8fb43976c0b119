// Maximum-likelihood fit of BG/NBD (Fader, Hardie & Lee 2005, section 3). Conventions follow
// lifetimes' BetaGeoFitter so results can be compared: the objective is the mean negative
// log-likelihood per customer plus penalty · Σ θ² over the four parameters, and time is
// rescaled so the oldest customer has T = 10 while fitting (α is scaled back afterwards;
// r, a and b do not depend on the time unit). Parameters are optimised on the log scale.
import {
	bgnbdLogLikelihoodPrepared,
	prepareRfm,
	type BgNbdParams,
	type PreparedRfm
} from './bgnbd-likelihood';
import { minimizeNelderMead } from './nelder-mead';
import { minimizeBfgs, type MinimizeResult } from './optimize';
import { checkRfm, compressRfm, ModelInputError, type RfmData } from './rfm-data';

/** Options for fitBgNbd. */
export interface BgNbdFitOptions {
	/** L2 penalty on the parameters, as lifetimes' penalizer_coef (default 0). */
	penalty?: number;
	/** Starting values (default r = α = a = b = 1 on the rescaled time axis). */
	initial?: BgNbdParams;
	/** Fewer customers with a repeat purchase than this is refused (default 10). */
	minRepeatCustomers?: number;
}

/** A fitted BG/NBD model and how the fit went. */
export interface BgNbdFit {
	params: BgNbdParams;
	/** The (unpenalised) log-likelihood of the data at params. */
	logLikelihood: number;
	customers: number;
	repeatCustomers: number;
	iterations: number;
	evaluations: number;
	converged: boolean;
	message: string;
}

const TIME_SCALE_TO = 10;

function toParams(logParams: ArrayLike<number>): BgNbdParams {
	const [r, alpha, a, b] = Array.from(logParams, Math.exp);
	return { r: r!, alpha: alpha!, a: a!, b: b! };
}

/** Fits BG/NBD to per-customer (x, t_x, T) by maximum likelihood. */
export function fitBgNbd(data: RfmData, options: BgNbdFitOptions = {}): BgNbdFit {
	const { penalty = 0, minRepeatCustomers = 10 } = options;
	checkRfm(data);
	const customers = data.x.length;
	const repeatCustomers = data.x.reduce((n, x) => n + (x > 0 ? 1 : 0), 0);
	if (repeatCustomers < minRepeatCustomers) {
		throw new ModelInputError(
			`BG/NBD needs at least ${minRepeatCustomers} customers with a repeat purchase; ` +
				`the data has ${repeatCustomers} of ${customers}`
		);
	}
	const maxT = data.T.reduce((m, t) => Math.max(m, t), 0);
	if (!(maxT > 0)) throw new ModelInputError('every purchase is on the same date: T is 0 for all');
	const patterns = compressRfm(data);
	const scale = TIME_SCALE_TO / maxT;
	const scaled = prepareRfm({
		x: patterns.x,
		tx: patterns.tx.map((v) => v * scale),
		T: patterns.T.map((v) => v * scale),
		weight: patterns.weight
	});
	const objective = makeObjective(scaled, penalty);
	const start = options.initial
		? [options.initial.r, options.initial.alpha * scale, options.initial.a, options.initial.b].map(
				Math.log
			)
		: [0, 0, 0, 0];
	let result = minimizeBfgs(objective, start);
	if (!result.converged) result = fallback(objective, start, result);
	const fitted = toParams(result.x);
	const params = { ...fitted, alpha: fitted.alpha / scale };
	const original = prepareRfm(patterns);
	return {
		params,
		logLikelihood: bgnbdLogLikelihoodPrepared(original, params),
		customers,
		repeatCustomers,
		iterations: result.iterations,
		evaluations: result.evaluations,
		converged: result.converged,
		message: result.message
	};
}

/** Mean negative log-likelihood plus penalty, with its gradient in the log-parameters. */
function makeObjective(prepared: PreparedRfm, penalty: number) {
	const raw = new Float64Array(4);
	return (logParams: Float64Array, gradient: Float64Array): number => {
		const params = toParams(logParams);
		const values = [params.r, params.alpha, params.a, params.b];
		const ll = bgnbdLogLikelihoodPrepared(prepared, params, raw);
		const n = prepared.totalWeight;
		let value = -ll / n;
		for (let k = 0; k < 4; k++) {
			const p = values[k]!;
			value += penalty * p * p;
			// d/d ln p = p d/dp.
			gradient[k] = (-raw[k]! * p) / n + 2 * penalty * p * p;
		}
		return value;
	};
}

/** When BFGS stalls (a flat or rough start), Nelder–Mead finds the basin and BFGS polishes. */
function fallback(
	objective: ReturnType<typeof makeObjective>,
	start: number[],
	first: MinimizeResult
): MinimizeResult {
	const scratch = new Float64Array(4);
	const simplex = minimizeNelderMead((x) => objective(x, scratch), start, { restarts: 5 });
	const polished = minimizeBfgs(objective, simplex.x);
	const candidates = [first, simplex, polished].filter((r) => Number.isFinite(r.value));
	const best = candidates.reduce((u, v) => (v.value < u.value ? v : u), first);
	return {
		...best,
		iterations: first.iterations + simplex.iterations + polished.iterations,
		evaluations: first.evaluations + simplex.evaluations + polished.evaluations,
		converged: best.converged
	};
}
