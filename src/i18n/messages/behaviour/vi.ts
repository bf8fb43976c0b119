import type { Message } from '../../translate';
import type { behaviourEn } from './en';

/** Vietnamese texts of the behaviour panels. */
export const behaviourVi: Record<keyof typeof behaviourEn, Message> = {};
