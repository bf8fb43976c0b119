import type { Message } from '../../translate';
import type { dataNotesEn } from './en';

/** Vietnamese texts of the dataNotes panels. */
export const dataNotesVi: Record<keyof typeof dataNotesEn, Message> = {};
