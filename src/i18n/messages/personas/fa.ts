import type { Message } from '../../translate';
import type { personasEn } from './en';

/** Persian texts of the personas panel and the automatic persona texts. */
export const personasFa: Record<keyof typeof personasEn, Message> = {};
