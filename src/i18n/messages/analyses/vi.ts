import { behaviourVi } from '../behaviour/vi';
import { breakdownVi } from '../breakdown/vi';
import { clustersVi } from '../clusters/vi';
import { cohortsVi } from '../cohorts/vi';
import { dataNotesVi } from '../data-notes/vi';
import { lifecycleVi } from '../lifecycle/vi';
import { notebookVi } from '../notebook/vi';
import { rulesVi } from '../rules/vi';

/** The analysis panels, notebook cells and data notes, one module per area. */
export const analysesVi = {
	...behaviourVi,
	...breakdownVi,
	...clustersVi,
	...cohortsVi,
	...dataNotesVi,
	...lifecycleVi,
	...notebookVi,
	...rulesVi
};
