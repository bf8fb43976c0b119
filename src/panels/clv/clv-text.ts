import type { GammaGammaReport } from '../../engine/analysis/clv-protocol';
import { formatCount } from '../../ui/format';

/** |r| above this between frequency and spend is shown as a warning. */
export const STRONG_CORRELATION = 0.3;

/** A model parameter with four significant digits (r = 0.2426, α = 4.414). */
export function formatParam(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return '–';
	return Number(value.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A log-likelihood to one decimal with thousands separators (−9,582.4). */
export function formatLogLikelihood(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return '–';
	return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The independence check of Gamma-Gamma as a sentence, and whether it warns. */
export function correlationText(report: GammaGammaReport): { text: string; warn: boolean } {
	const r = report.correlation;
	if (!Number.isFinite(r)) {
		return { text: 'The frequency–spend correlation cannot be computed.', warn: false };
	}
	const shown = r.toFixed(2);
	const base = `Correlation of repeat purchases and mean repeat order value over ${formatCount(report.customers)} repeat customers: r = ${shown}`;
	if (Math.abs(r) > STRONG_CORRELATION) {
		return {
			text: `${base}. This is strong: Gamma-Gamma assumes spend per order does not depend on how often a customer buys, so its CLV is biased here (${r > 0 ? 'frequent buyers also spend more per order' : 'frequent buyers spend less per order'}). Read CLV as a ranking rather than an amount.`,
			warn: true
		};
	}
	return {
		text: `${base}, weak enough for Gamma-Gamma's assumption that spend per order does not depend on purchase frequency (|r| ≤ ${STRONG_CORRELATION}; CDNOW's is 0.11).`,
		warn: false
	};
}

/** Who Gamma-Gamma left out, as a sentence, or null when nobody. */
export function setAsideText(report: GammaGammaReport): string | null {
	if (report.setAside === 0) return null;
	return `${formatCount(report.setAside)} repeat ${report.setAside === 1 ? 'customer has' : 'customers have'} a zero or negative mean repeat order value: Gamma-Gamma cannot describe ${report.setAside === 1 ? 'it' : 'them'}, so ${report.setAside === 1 ? 'it was' : 'they were'} set aside from its fit and ${report.setAside === 1 ? 'has' : 'have'} no CLV (NULL), though P(alive) and expected purchases are given.`;
}
