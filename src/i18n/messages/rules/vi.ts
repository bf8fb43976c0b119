import type { Message } from '../../translate';
import type { rulesEn } from './en';

/** Vietnamese texts of the rules panels. */
export const rulesVi: Record<keyof typeof rulesEn, Message> = {};
