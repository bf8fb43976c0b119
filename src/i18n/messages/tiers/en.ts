import type { Message } from '../../translate';

/** English texts of the value tiers panel and its Pareto chart. */
export const tiersEn = {} satisfies Record<string, Message>;
