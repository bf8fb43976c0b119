import { t } from '../../i18n/t';
import type { RfmCuts } from '../../segments/rfm-scores';

/** The three dimensions a threshold scoring has cut points for. */
export const RFM_DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;
export type RfmDimension = (typeof RFM_DIMENSIONS)[number];

/** Cut points of every dimension. */
export type RfmThresholds = Record<RfmDimension, RfmCuts>;

/** Used when there are no buyers to suggest cut points from. */
export const FALLBACK_THRESHOLDS: RfmThresholds = {
	recency: [30, 90, 180, 365],
	frequency: [2, 3, 5, 8],
	monetary: [100, 250, 500, 1000]
};

const SHARES = [0.2, 0.4, 0.6, 0.8];

/**
 * Cut points close to the quintiles of the buyers' values, rounded for people to read and edit:
 * recency (days, "within"): the 20th…80th percentiles of days; frequency ("at least"): one order
 * more than each percentile; monetary ("at least"): each percentile to two significant digits.
 * Each dimension's cuts are made strictly increasing (equal ones are pushed up one step).
 */
export function suggestRfmThresholds(values: {
	recency: ArrayLike<number>;
	frequency: ArrayLike<number>;
	monetary: ArrayLike<number>;
}): RfmThresholds {
	const quantiles = (xs: ArrayLike<number>) => {
		const sorted = Float64Array.from(xs).filter(Number.isFinite).sort();
		if (sorted.length === 0) return null;
		// Nearest rank: the smallest value with at least `p` of the buyers at or below it.
		return SHARES.map((p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!);
	};
	const r = quantiles(values.recency);
	const f = quantiles(values.frequency);
	const m = quantiles(values.monetary);
	return {
		recency: r ? increasing(r.map(Math.round), () => 1) : FALLBACK_THRESHOLDS.recency,
		frequency: f
			? increasing(
					f.map((q) => Math.floor(q) + 1),
					() => 1
				)
			: FALLBACK_THRESHOLDS.frequency,
		monetary: m ? increasing(m.map(twoDigits), unitOf) : FALLBACK_THRESHOLDS.monetary
	};
}

/** Why four cut points cannot be used, or null when they can (finite and strictly increasing). */
export function cutsProblem(cuts: readonly number[]): string | null {
	if (cuts.length !== 4 || !cuts.every(Number.isFinite)) return t('rfmPanel.cuts.four');
	if (cuts.some((c, i) => i > 0 && c <= cuts[i - 1]!)) return t('rfmPanel.cuts.increasing');
	if (cuts[0]! < 0) return t('rfmPanel.cuts.negative');
	return null;
}

function increasing(cuts: number[], step: (previous: number) => number): RfmCuts {
	const out = [...cuts];
	for (let i = 1; i < out.length; i++) {
		if (out[i]! <= out[i - 1]!) {
			out[i] = Number((out[i - 1]! + step(out[i - 1]!)).toPrecision(12));
		}
	}
	return [out[0]!, out[1]!, out[2]!, out[3]!];
}

// 1,234.5 → 1,200; 87.3 → 87; 0.456 → 0.46.
function twoDigits(x: number): number {
	if (x <= 0) return 0;
	const unit = unitOf(x);
	return Number((Math.round(x / unit) * unit).toPrecision(12));
}

// The value of the second significant digit of x: 1,234 → 100; 87 → 1; 0 → 1.
function unitOf(x: number): number {
	return x > 0 ? 10 ** (Math.floor(Math.log10(x)) - 1) : 1;
}
