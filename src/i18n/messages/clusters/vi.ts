import type { Message } from '../../translate';
import type { clustersEn } from './en';

/** Vietnamese texts of the clusters panels. */
export const clustersVi: Record<keyof typeof clustersEn, Message> = {};
