import type { Message } from '../../translate';
import type { membersEn } from './en';

/** Persian texts of member lists and result tables. */
export const membersFa: Record<keyof typeof membersEn, Message> = {};
