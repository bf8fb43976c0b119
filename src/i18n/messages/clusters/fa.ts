import type { Message } from '../../translate';
import type { clustersEn } from './en';

/** Persian texts of the clusters panels. */
export const clustersFa: Record<keyof typeof clustersEn, Message> = {};
