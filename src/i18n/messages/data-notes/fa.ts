import type { Message } from '../../translate';
import type { dataNotesEn } from './en';

/** Persian texts of the dataNotes panels. */
export const dataNotesFa: Record<keyof typeof dataNotesEn, Message> = {};
