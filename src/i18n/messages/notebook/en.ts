import type { Message } from '../../translate';

/** English texts of the notebook panels. */
export const notebookEn = {} satisfies Record<string, Message>;
