// The CLV job: BG/NBD and Gamma-Gamma fitted on one per-customer summary, then whichever of
// the holdout check, the cumulative curve and the per-customer scores the input asks for.
// Pure (models only), so the worker, the Node tests and the bench all call this one function.
import {
	conditionalExpectedPurchasesAll,
	fitBgNbd,
	probabilityAliveAll,
	type BgNbdParams
} from '../../models/bgnbd';
import { cumulativeExpectedRepeatPurchases, holdoutByFrequency } from '../../models/bgnbd-tracking';
import { customerLifetimeValue } from '../../models/clv';
import { expectedAverageOrderValues, fitGammaGamma } from '../../models/gamma-gamma';
import { frequencyValueCorrelation, selectRepeatCustomers } from '../../models/gamma-gamma-input';
import { ModelInputError, type RfmData } from '../../models/rfm-data';
import type { ClvInput, ClvResult, ClvScores, GammaGammaReport } from './clv-protocol';

/** Where the CLV job has got to. */
export type ClvStage = 'bgnbd' | 'gammaGamma' | 'holdout' | 'curve' | 'scores';

/** Reports progress of one stage: `done` of `total` steps. */
export type ClvProgress = (stage: ClvStage, done: number, total: number) => void;

/** Fits both models and computes what the input asks for (see ClvInput). */
export function runClvJob(input: ClvInput, onProgress: ClvProgress = () => undefined): ClvResult {
	const data: RfmData = { x: input.x, tx: input.tx, T: input.T };
	onProgress('bgnbd', 0, 1);
	const bgnbd = fitBgNbd(data);
	onProgress('gammaGamma', 0, 1);
	const gammaGamma = fitSpend(input);
	try {
		const holdout = input.holdout && checkHoldout(bgnbd.params, data, input.holdout, onProgress);
		let curve: Float64Array | null = null;
		if (input.curve) {
			onProgress('curve', 0, 1);
			const { calibrationEnd, times } = input.curve;
			const first = input.T.map((T) => calibrationEnd - T);
			curve = cumulativeExpectedRepeatPurchases(bgnbd.params, first, times);
		}
		const scores = input.score && score(input, bgnbd.params, gammaGamma, onProgress);
		return { bgnbd, gammaGamma, holdout, curve, scores };
	} catch (error) {
		throw degenerate(error, bgnbd.params, bgnbd.customers);
	}
}

// With few or very regular customers the fit can send a and b to millions (every customer drops
// out with the same probability); the expectation's series then cannot be summed.
function degenerate(error: unknown, p: BgNbdParams, customers: number): unknown {
	if (!(error instanceof RangeError && /did not converge/.test(error.message))) return error;
	const g = (v: number) => v.toPrecision(3);
	return new ModelInputError(
		`the BG/NBD fit on these ${customers} customers is degenerate (a = ${g(p.a)}, b = ${g(p.b)}: ` +
			'every customer would drop out with the same probability), so its predictions cannot ' +
			'be computed. This happens with few customers or very regular purchases; more customers ' +
			'or a longer period help'
	);
}

// Gamma-Gamma on the repeat customers with a positive mean; its failure costs CLV only.
function fitSpend(input: ClvInput): GammaGammaReport {
	const repeat = selectRepeatCustomers(input.x, input.meanValue);
	const report = {
		customers: repeat.x.length,
		oneTime: repeat.oneTime,
		setAside: repeat.setAside,
		correlation: frequencyValueCorrelation(repeat.x, repeat.m)
	};
	try {
		return { ...report, fit: fitGammaGamma(repeat.x, repeat.m), error: null };
	} catch (error) {
		if (!(error instanceof ModelInputError)) throw error;
		return { ...report, fit: null, error: error.message };
	}
}

function checkHoldout(
	params: BgNbdParams,
	data: RfmData,
	holdout: NonNullable<ClvInput['holdout']>,
	onProgress: ClvProgress
): NonNullable<ClvResult['holdout']> {
	onProgress('holdout', 0, 1);
	const expected = conditionalExpectedPurchasesAll(params, data, holdout.length);
	const sum = (values: Float64Array) => values.reduce((s, v) => s + v, 0);
	return {
		groups: holdoutByFrequency(data.x, holdout.x, expected),
		actual: sum(holdout.x),
		expected: sum(expected)
	};
}

function score(
	input: ClvInput,
	params: BgNbdParams,
	spend: GammaGammaReport,
	onProgress: ClvProgress
): ClvScores {
	const data: RfmData = { x: input.x, tx: input.tx, T: input.T };
	const { horizon, clvMonths, monthlyDiscountRate } = input.score!;
	onProgress('scores', 0, 3);
	const pAlive = probabilityAliveAll(params, data);
	onProgress('scores', 1, 3);
	const expectedPurchases = conditionalExpectedPurchasesAll(params, data, horizon);
	onProgress('scores', 2, 3);
	const clv = spend.fit
		? customerLifetimeValue(
				params,
				data,
				expectedAverageOrderValues(spend.fit.params, input.x, input.meanValue),
				{ timeUnit: input.timeUnit, horizonMonths: clvMonths, monthlyDiscountRate }
			)
		: new Float64Array(input.x.length).fill(NaN);
	onProgress('scores', 3, 3);
	return { pAlive, expectedPurchases, clv };
}
