import type { Message } from '../../translate';
import type { clvEn } from './en';

/** Persian texts of the lifetime value panel and its charts. */
export const clvFa: Record<keyof typeof clvEn, Message> = {};
