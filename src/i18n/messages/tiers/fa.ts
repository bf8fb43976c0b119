import type { Message } from '../../translate';
import type { tiersEn } from './en';

/** Persian texts of the value tiers panel and its Pareto chart. */
export const tiersFa: Record<keyof typeof tiersEn, Message> = {};
