import type { Message } from '../../translate';

/** English texts of the dataNotes panels. */
export const dataNotesEn = {} satisfies Record<string, Message>;
