import type { GammaGammaReport } from '../../engine/analysis/clv-protocol';
import { locale } from '../../i18n/locale.svelte';
import { localiseNumerals } from '../../i18n/number-format';
import { t } from '../../i18n/t';
import { formatCount, formatNumber } from '../../ui/format';

/** |r| above this between frequency and spend is shown as a warning. */
export const STRONG_CORRELATION = 0.3;

/** A model parameter with four significant digits (r = 0.2426, α = 4.414). */
export function formatParam(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return '–';
	return formatNumber(Number(value.toPrecision(4)), 6);
}

/** A log-likelihood to one decimal with thousands separators (−9,582.4). */
export function formatLogLikelihood(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return '–';
	return formatNumber(value, 1);
}

// A number with exactly `decimals` decimals, in the interface language's digits.
function formatFixed(value: number, decimals: number): string {
	return localiseNumerals(value.toFixed(decimals), locale.current);
}

/** The independence check of Gamma-Gamma as a sentence, and whether it warns. */
export function correlationText(report: GammaGammaReport): { text: string; warn: boolean } {
	const r = report.correlation;
	if (!Number.isFinite(r)) {
		return { text: t('clv.noCorrelation'), warn: false };
	}
	const base = t('clv.correlation', {
		count: formatCount(report.customers),
		r: formatFixed(r, 2)
	});
	if (Math.abs(r) > STRONG_CORRELATION) {
		const why = t(r > 0 ? 'clv.correlationMore' : 'clv.correlationLess');
		return { text: t('clv.correlationStrong', { base, why }), warn: true };
	}
	return {
		text: t('clv.correlationWeak', {
			base,
			limit: formatFixed(STRONG_CORRELATION, 1),
			cdnow: formatFixed(0.11, 2)
		}),
		warn: false
	};
}

/** Who Gamma-Gamma left out, as a sentence, or null when nobody. */
export function setAsideText(report: GammaGammaReport): string | null {
	if (report.setAside === 0) return null;
	return t('clv.setAside', { count: report.setAside });
}
