import type { Message } from '../../translate';

/** English texts of the lifecycle panels. */
export const lifecycleEn = {} satisfies Record<string, Message>;
