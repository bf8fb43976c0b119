import type { Message } from '../../translate';

/** English texts of the behaviour panels. */
export const behaviourEn = {} satisfies Record<string, Message>;
