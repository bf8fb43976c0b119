import type { Message } from '../../translate';
import type { membersEn } from './en';

/** Vietnamese texts of member lists and result tables. */
export const membersVi: Record<keyof typeof membersEn, Message> = {};
