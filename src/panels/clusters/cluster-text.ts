import type { MissingReport } from '../../models/feature-matrix';
import type { Transform } from '../../models/scaling';
import type { ModelFeature } from '../../engine/analysis/analysis-protocol';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../ui/format';
import { t } from '../../i18n/t';
import { locale } from '../../i18n/locale.svelte';
import { localiseNumerals } from '../../i18n/number-format';
import {
	distinctiveWords,
	type FeatureContrast,
	type FeatureWordParts
} from '../../models/cluster-words';

/** A transform as the picker names it, in the interface language. */
export function transformLabel(transform: Transform): string {
	return t(`clusters.transform.${transform}`);
}

/** Every transform, in the order the picker offers them. */
export const TRANSFORMS: readonly Transform[] = ['log1p-z', 'z', 'log1p', 'none'];

// Columns in money: shown in the notebook's currency.
const MONEY = /(monetary|revenue|spend|amount|order_value|aov|income|salary|clv|ltv)/i;

/** A feature's value as people read it: money in the currency, one-hot shares in %. */
export function formatFeatureValue(
	feature: Pick<ModelFeature, 'name' | 'level'>,
	value: number,
	currency: string
): string {
	if (!Number.isFinite(value)) return '–';
	if (feature.level !== undefined) return formatPercent(value, 0);
	if (MONEY.test(feature.name)) return formatMoney(value, currency);
	return formatNumber(value, Math.abs(value) >= 100 ? 0 : 1);
}

/** A z-score as a signed badge: "+1.2σ", "−0.4σ". */
export function formatZ(z: number): string {
	if (!Number.isFinite(z)) return '–';
	const shown = Math.abs(z) < 0.05 ? 0 : z;
	const size = localiseNumerals(Math.abs(shown).toFixed(1), locale.current);
	const badge = `${shown > 0 ? '+' : shown < 0 ? '−' : '±'}${size}σ`;
	// Inside right-to-left text the sign would otherwise move to the far end.
	return locale.current === 'fa' ? `\u2066${badge}\u2069` : badge;
}

/** What happened to the missing values of one feature, or null when none were missing. */
export function missingText(
	report: MissingReport,
	feature: Pick<ModelFeature, 'name' | 'level'> | undefined,
	currency: string
): string | null {
	if (report.missing === 0) return null;
	const params = { feature: report.feature, count: formatCount(report.missing) };
	if (report.action === 'dropped') return t('clusters.missingDropped', params);
	const fill = feature ? formatFeatureValue(feature, report.fill ?? NaN, currency) : '';
	return t('clusters.missingFilled', { ...params, fill }).trim();
}

/** The scatter's axis choices: the first two principal components, then the numeric features. */
export function axisChoices(features: readonly ModelFeature[]): { value: string; label: string }[] {
	return [
		{ value: 'PC1', label: t('clusters.scatter.pc1') },
		{ value: 'PC2', label: t('clusters.scatter.pc2') },
		...features.filter((f) => f.level === undefined).map((f) => ({ value: f.name, label: f.name }))
	];
}

/** The scatter's axes, falling back to PC1 × PC2 when a chosen feature is not in the result. */
export function resolveAxes(
	axes: { x: string; y: string } | null,
	features: readonly ModelFeature[]
): { x: string; y: string } {
	const known = new Set(axisChoices(features).map((c) => c.value));
	if (!axes || !known.has(axes.x) || !known.has(axes.y)) return { x: 'PC1', y: 'PC2' };
	return axes;
}

function wordText(parts: FeatureWordParts): string {
	if (parts.kind === 'word') return t(`clusterWord.${parts.word}`);
	if (parts.kind === 'level') return t(`clusterWord.${parts.form}`, { level: parts.level });
	return t(parts.high ? 'clusterWord.high' : 'clusterWord.low', { name: parts.name });
}

/** A cluster's "In short" words in the interface language (the model's description, translated). */
export function clusterDescription(contrasts: readonly FeatureContrast[]): string {
	const words = distinctiveWords(contrasts).map(wordText);
	return words.length > 0 ? words.join(t('clusterWord.separator')) : t('clusterWord.average');
}
