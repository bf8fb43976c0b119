import { t } from '../../i18n/t';

/** The models' time unit as shown, plural (`weeks`) or for one (`week`); other text as it is. */
export function clvUnit(unit: string, one = false): string {
	if (unit !== 'weeks' && unit !== 'days') return one ? unit.replace(/s$/, '') : unit;
	return t(one ? `clv.unitOne.${unit}` : `clv.unit.${unit}`);
}
