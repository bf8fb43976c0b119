import { t } from '../../i18n/t';

const RISKS = ['high', 'medium', 'low'] as const;

/** A `churn_risk` value as shown: translated when it is one of the levels, else as it is. */
export function churnRiskLabel(value: string): string {
	return (RISKS as readonly string[]).includes(value)
		? t(`clv.risk.${value as (typeof RISKS)[number]}`)
		: value;
}
