import type { Message } from '../../translate';

/** English texts of the rules panels. */
export const rulesEn = {} satisfies Record<string, Message>;
