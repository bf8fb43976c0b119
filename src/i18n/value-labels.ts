import { BREAKDOWN_OTHER, BREAKDOWN_UNKNOWN } from '../segments/breakdown-bands';
import { stageLabel } from '../charts/lifecycle-flow';
import { segmentLabel } from './segment-labels';
import { locale } from './locale.svelte';
import { localiseNumerals } from './number-format';
import { t } from './t';

// The SQL writes these values in English (they stay so in `customers` and in exports); only
// the screen names them in the interface language.

const NUMBER = '-?\\d+(?:\\.\\d+)?';
const UNDER = new RegExp(`^under (${NUMBER})$`);
const TO_UNDER = new RegExp(`^(${NUMBER}) to under (${NUMBER})$`);
const RANGE = new RegExp(`^${NUMBER}(?:–${NUMBER}|\\+)?$`);

/** A band label of edgeLabels (`under 18`, `18–24`, `65+`) in the interface language and digits. */
export function shownBand(label: string): string {
	const digits = (text: string) => localiseNumerals(text, locale.current);
	const under = UNDER.exec(label);
	if (under) return t('breakdown.band.under', { edge: digits(under[1]!) });
	const toUnder = TO_UNDER.exec(label);
	if (toUnder)
		return t('breakdown.band.toUnder', { from: digits(toUnder[1]!), to: digits(toUnder[2]!) });
	return RANGE.test(label) ? digits(label) : label;
}

/**
 * A value of column `column` of `customers` as shown: segment and stage names and band labels
 * translated, numbers in the language's digits; any other value as written.
 */
export function shownValue(column: string, value: string): string {
	if (value === BREAKDOWN_UNKNOWN) return t('breakdown.value.unknown');
	if (value === BREAKDOWN_OTHER) return t('breakdown.value.other');
	if (column === 'rfm_segment') return segmentLabel(value);
	if (column === 'lifecycle_stage') return stageLabel(value);
	return shownBand(value);
}
