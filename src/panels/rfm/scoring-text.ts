import type { RfmGridCell } from '../../notebook/kinds/rfm';
import type { RfmScoring } from '../../segments/rfm-scores';
import { t } from '../../i18n/t';
import { formatCount, formatDate, formatMoney, formatNumber } from '../../ui/format';

/** How recency, frequency and monetary are measured, as of a day. */
export function rfmMeasuresText(asOf: string): string {
	return t('rfmPanel.measures', { date: formatDate(asOf) });
}

/** How the scores 1–5 are given, in plain words (the rule of `rfmScoreSql`). */
export function rfmScoringText(scoring: RfmScoring, currency: string): string {
	if (scoring.method === 'quintiles') return t('rfmPanel.rule.quintiles');
	const [r1, r2, r3, r4] = scoring.recency.map((d) => formatNumber(d, 0));
	const at = (cuts: readonly number[], show: (n: number) => string) =>
		cuts
			.map((c, i) => t('rfmPanel.rule.cut', { score: i + 2, value: show(c) }))
			.join(t('rfmPanel.rule.list'));
	return t('rfmPanel.rule.thresholds', {
		r1: r1!,
		r2: r2!,
		r3: r3!,
		r4: r4!,
		frequency: at(scoring.frequency, (n) => t('rfmPanel.rule.orders', { count: n })),
		monetary: at(scoring.monetary, (n) => formatMoney(n, currency))
	});
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
		...empty('r_score').map((s) => `R = ${formatCount(s)}`),
		...empty('f_score').map((s) => `F = ${formatCount(s)}`)
	];
	if (parts.length === 0) return null;
	return t('rfmPanel.skipped', {
		list: parts.join(t('rfmPanel.rule.list')),
		count: total,
		why: t(`rfmPanel.skipped.${scoring.method}`)
	});
}
