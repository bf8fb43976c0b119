import type { Message } from '../../translate';
import type { personasEn } from './en';

/** Vietnamese texts of the personas panel and the automatic persona texts. */
export const personasVi: Record<keyof typeof personasEn, Message> = {};
