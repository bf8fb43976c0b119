import type { Message } from '../../translate';
import type { exportEn } from './en';

/** Vietnamese texts of the export cell and the HTML report. */
export const exportVi: Record<keyof typeof exportEn, Message> = {};
