import type { BgNbdFit } from '../../models/bgnbd-fit';
import type { FrequencyGroup } from '../../models/bgnbd-tracking';
import type { GammaGammaFit } from '../../models/gamma-gamma';

/** The time unit of x, t_x and T. */
export type ClvTimeUnit = 'days' | 'weeks';

/**
 * What the CLV job fits: per customer x, t_x, T (in `timeUnit`) and the mean repeat order value
 * (NaN for one-time buyers), from `buildModelSummarySql`; Arrow nulls arrive as NaN.
 */
export interface ClvInput {
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
	meanValue: Float64Array;
	timeUnit: ClvTimeUnit;
	/** Holdout purchases per customer and the holdout's length: the check by frequency. */
	holdout: { x: Float64Array; length: number } | null;
	/**
	 * The cumulative curve: the calibration end and the times to evaluate, in time units from
	 * the day of the first purchase in the data.
	 */
	curve: { calibrationEnd: number; times: Float64Array } | null;
	/** Per-customer scores: expected purchases over `horizon` time units, CLV over months. */
	score: { horizon: number; clvMonths: number; monthlyDiscountRate: number } | null;
}

/** Per-customer scores, in the input's order; NaN where a model cannot score a customer. */
export interface ClvScores {
	pAlive: Float64Array;
	expectedPurchases: Float64Array;
	clv: Float64Array;
}

/** Who Gamma-Gamma saw and the independence check. */
export interface GammaGammaReport {
	fit: GammaGammaFit | null;
	/** Why Gamma-Gamma could not be fitted (CLV is then missing), or null. */
	error: string | null;
	/** Repeat customers with a positive mean repeat value: the fit's input. */
	customers: number;
	/** One-time buyers (x = 0): nothing to fit on; they get the population mean. */
	oneTime: number;
	/** Repeat customers whose mean repeat value is zero or negative: set aside, no CLV. */
	setAside: number;
	/** Pearson correlation of frequency and mean repeat value (NaN when undefined). */
	correlation: number;
}

/** The CLV job's answer. */
export interface ClvResult {
	bgnbd: BgNbdFit;
	gammaGamma: GammaGammaReport;
	/** Mean holdout purchases by calibration frequency 0…7+, with the totals. */
	holdout: { groups: FrequencyGroup[]; actual: number; expected: number } | null;
	/** Expected cumulative repeat purchases at `curve.times`. */
	curve: Float64Array | null;
	scores: ClvScores | null;
}

/** The input's buffers, to transfer rather than copy. */
export function clvInputTransferables(input: ClvInput): ArrayBuffer[] {
	const arrays = [input.x, input.tx, input.T, input.meanValue];
	if (input.holdout) arrays.push(input.holdout.x);
	if (input.curve) arrays.push(input.curve.times);
	return uniqueBuffers(arrays);
}

/** The result's per-customer buffers, transferred back to the page. */
export function clvResultTransferables(result: ClvResult): ArrayBuffer[] {
	const s = result.scores;
	const arrays = s ? [s.pAlive, s.expectedPurchases, s.clv] : [];
	if (result.curve) arrays.push(result.curve);
	return uniqueBuffers(arrays);
}

// A buffer listed twice makes postMessage throw; SharedArrayBuffers cannot be transferred.
function uniqueBuffers(arrays: Float64Array[]): ArrayBuffer[] {
	const buffers = new Set(arrays.map((a) => a.buffer));
	return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
