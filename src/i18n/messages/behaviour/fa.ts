import type { Message } from '../../translate';
import type { behaviourEn } from './en';

/** Persian texts of the behaviour panels. */
export const behaviourFa: Record<keyof typeof behaviourEn, Message> = {};
