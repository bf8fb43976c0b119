import type { Message } from '../../translate';
import type { rulesEn } from './en';

/** Persian texts of the rules panels. */
export const rulesFa: Record<keyof typeof rulesEn, Message> = {};
