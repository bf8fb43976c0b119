import { behaviourFa } from '../behaviour/fa';
import { breakdownFa } from '../breakdown/fa';
import { clustersFa } from '../clusters/fa';
import { cohortsFa } from '../cohorts/fa';
import { dataNotesFa } from '../data-notes/fa';
import { lifecycleFa } from '../lifecycle/fa';
import { notebookFa } from '../notebook/fa';
import { rulesFa } from '../rules/fa';

/** The analysis panels, notebook cells and data notes, one module per area. */
export const analysesFa = {
	...behaviourFa,
	...breakdownFa,
	...clustersFa,
	...cohortsFa,
	...dataNotesFa,
	...lifecycleFa,
	...notebookFa,
	...rulesFa
};
