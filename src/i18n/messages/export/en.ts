import type { Message } from '../../translate';

/** English texts of the export cell and the HTML report. */
export const exportEn = {} satisfies Record<string, Message>;
