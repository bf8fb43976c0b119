import type { Message } from '../../translate';

/** English texts of the cohorts panels. */
export const cohortsEn = {} satisfies Record<string, Message>;
