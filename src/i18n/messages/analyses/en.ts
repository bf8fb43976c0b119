import { behaviourEn } from '../behaviour/en';
import { breakdownEn } from '../breakdown/en';
import { clustersEn } from '../clusters/en';
import { cohortsEn } from '../cohorts/en';
import { dataNotesEn } from '../data-notes/en';
import { lifecycleEn } from '../lifecycle/en';
import { notebookEn } from '../notebook/en';
import { rulesEn } from '../rules/en';

/** The analysis panels, notebook cells and data notes, one module per area. */
export const analysesEn = {
	...behaviourEn,
	...breakdownEn,
	...clustersEn,
	...cohortsEn,
	...dataNotesEn,
	...lifecycleEn,
	...notebookEn,
	...rulesEn
};
