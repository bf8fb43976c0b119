import type { Message } from '../../translate';
import type { clvEn } from './en';

/** Vietnamese texts of the lifetime value panel and its charts. */
export const clvVi: Record<keyof typeof clvEn, Message> = {};
