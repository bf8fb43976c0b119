import { rfmPanelEn } from '../rfm-panel/en';
import { tiersEn } from '../tiers/en';
import { personasEn } from '../personas/en';
import { exportEn } from '../export/en';
import { clvEn } from '../clv/en';
import { membersEn } from '../members/en';

/** The RFM, value tier, persona, lifetime value, export and member list panels, one module per area. */
export const valuePanelsEn = {
	...rfmPanelEn,
	...tiersEn,
	...personasEn,
	...exportEn,
	...clvEn,
	...membersEn
};
