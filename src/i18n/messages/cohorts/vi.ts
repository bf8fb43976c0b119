import type { Message } from '../../translate';
import type { cohortsEn } from './en';

/** Vietnamese texts of the cohorts panels. */
export const cohortsVi: Record<keyof typeof cohortsEn, Message> = {};
