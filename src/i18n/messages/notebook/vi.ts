import type { Message } from '../../translate';
import type { notebookEn } from './en';

/** Vietnamese texts of the notebook panels. */
export const notebookVi: Record<keyof typeof notebookEn, Message> = {};
