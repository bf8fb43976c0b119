import type { Message } from '../../translate';
import type { breakdownEn } from './en';

/** Vietnamese texts of the breakdown panels. */
export const breakdownVi: Record<keyof typeof breakdownEn, Message> = {};
