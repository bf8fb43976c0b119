import type { Message } from '../../translate';
import type { tiersEn } from './en';

/** Vietnamese texts of the value tiers panel and its Pareto chart. */
export const tiersVi: Record<keyof typeof tiersEn, Message> = {};
