import type { Message } from '../../translate';
import type { exportEn } from './en';

/** Persian texts of the export cell and the HTML report. */
export const exportFa: Record<keyof typeof exportEn, Message> = {};
