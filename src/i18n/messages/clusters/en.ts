import type { Message } from '../../translate';

/** English texts of the clusters panels. */
export const clustersEn = {} satisfies Record<string, Message>;
