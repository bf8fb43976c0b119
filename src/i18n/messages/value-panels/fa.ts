import { rfmPanelFa } from '../rfm-panel/fa';
import { tiersFa } from '../tiers/fa';
import { personasFa } from '../personas/fa';
import { exportFa } from '../export/fa';
import { clvFa } from '../clv/fa';
import { membersFa } from '../members/fa';

/** The RFM, value tier, persona, lifetime value, export and member list panels, one module per area. */
export const valuePanelsFa = {
	...rfmPanelFa,
	...tiersFa,
	...personasFa,
	...exportFa,
	...clvFa,
	...membersFa
};
