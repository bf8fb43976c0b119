import type { RfmGridCell } from '../../notebook/kinds/rfm';
import type { RfmScoring } from '../../segments/rfm-scores';
import { formatCount, formatMoney, formatNumber } from '../../ui/format';

/** How recency, frequency and monetary are measured, as of a day. */
export function rfmMeasuresText(asOf: string): string {
	return (
		`Recency = whole days from a customer's last order to the as-of date (${asOf}); ` +
		'frequency = distinct orders; monetary = total spend. Only orders before the as-of date ' +
		'count, returned lines do not.'
	);
}

/** How the scores 1–5 are given, in plain words (the rule of `rfmScoreSql`). */
export function rfmScoringText(scoring: RfmScoring, currency: string): string {
	if (scoring.method === 'thresholds') {
		const [r1, r2, r3, r4] = scoring.recency.map((d) => formatNumber(d, 0));
		const at = (cuts: readonly number[], show: (n: number) => string) =>
			cuts.map((c, i) => `${i + 2} from ${show(c)}`).join(', ');
		return (
			'Scores 1 (worst) to 5 (best) by your thresholds. ' +
			`Recency: 5 if the last order is at most ${r1} days old, 4 up to ${r2}, 3 up to ${r3}, ` +
			`2 up to ${r4}, else 1. ` +
			`Frequency: ${at(scoring.frequency, (n) => `${formatNumber(n, 2)} orders`)}, else 1. ` +
			`Monetary: ${at(scoring.monetary, (n) => formatMoney(n, currency))}, else 1.`
		);
	}
	return (
		'Scores 1 (worst) to 5 (best) by quintiles: each buyer is ranked against all buyers, and ' +
		'the score is 1 + ⌊5 × the share of buyers with a strictly worse value⌋ (more days since ' +
		'the last order; fewer orders; less spend). Customers with equal values always share a ' +
		'score: the whole tied group takes the score of the place where it starts, so groups are ' +
		'never split by row order. When many customers tie, a score can be skipped: if half of ' +
		'all buyers ordered exactly once, all of them get F = 1 and nobody gets F = 2.'
	);
}

/**
 * A line naming the recency and frequency scores nobody has in this grid, and why, or null when
 * every score is used.
 */
export function skippedScoresText(
	grid: readonly RfmGridCell[],
	scoring: RfmScoring
): string | null {
	const total = grid.reduce((sum, c) => sum + c.customers, 0);
	if (total === 0) return null;
	const empty = (key: 'r_score' | 'f_score') =>
		[1, 2, 3, 4, 5].filter((s) => !grid.some((c) => c[key] === s && c.customers > 0));
	const parts = [
		...empty('r_score').map((s) => `R = ${s}`),
		...empty('f_score').map((s) => `F = ${s}`)
	];
	if (parts.length === 0) return null;
	const list = parts.join(', ');
	const why =
		scoring.method === 'quintiles'
			? 'many buyers share the same value (e.g. exactly one order) and ties are never split, ' +
				'so that whole group keeps the lower score'
			: 'no buyer falls between those cut points';
	return `No buyer has ${list} here (of ${formatCount(total)} buyers): ${why}.`;
}
