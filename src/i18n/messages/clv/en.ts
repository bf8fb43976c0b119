import type { Message } from '../../translate';

/** English texts of the lifetime value panel and its charts. */
export const clvEn = {} satisfies Record<string, Message>;
