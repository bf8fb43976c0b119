import type { Message } from '../../translate';
import type { cohortsEn } from './en';

/** Persian texts of the cohorts panels. */
export const cohortsFa: Record<keyof typeof cohortsEn, Message> = {};
