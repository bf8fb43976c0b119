import type { Message } from '../../translate';
import type { lifecycleEn } from './en';

/** Vietnamese texts of the lifecycle panels. */
export const lifecycleVi: Record<keyof typeof lifecycleEn, Message> = {};
