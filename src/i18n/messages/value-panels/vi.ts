import { rfmPanelVi } from '../rfm-panel/vi';
import { tiersVi } from '../tiers/vi';
import { personasVi } from '../personas/vi';
import { exportVi } from '../export/vi';
import { clvVi } from '../clv/vi';
import { membersVi } from '../members/vi';

/** The RFM, value tier, persona, lifetime value, export and member list panels, one module per area. */
export const valuePanelsVi = {
	...rfmPanelVi,
	...tiersVi,
	...personasVi,
	...exportVi,
	...clvVi,
	...membersVi
};
