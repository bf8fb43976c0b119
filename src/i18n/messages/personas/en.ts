import type { Message } from '../../translate';

/** English texts of the personas panel and the automatic persona texts. */
export const personasEn = {} satisfies Record<string, Message>;
