import type { Message } from '../../translate';
import type { breakdownEn } from './en';

/** Persian texts of the breakdown panels. */
export const breakdownFa: Record<keyof typeof breakdownEn, Message> = {};
