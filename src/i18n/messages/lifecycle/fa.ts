import type { Message } from '../../translate';
import type { lifecycleEn } from './en';

/** Persian texts of the lifecycle panels. */
export const lifecycleFa: Record<keyof typeof lifecycleEn, Message> = {};
