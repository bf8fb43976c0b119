import type { Message } from '../../translate';

/** English texts of member lists and result tables. */
export const membersEn = {} satisfies Record<string, Message>;
