import type { Message } from '../../translate';

/** English texts of the breakdown panels. */
export const breakdownEn = {} satisfies Record<string, Message>;
