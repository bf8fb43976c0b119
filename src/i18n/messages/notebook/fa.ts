import type { Message } from '../../translate';
import type { notebookEn } from './en';

/** Persian texts of the notebook panels. */
export const notebookFa: Record<keyof typeof notebookEn, Message> = {};
