import { t } from '../i18n/t';
/**
 * One colour per cluster (k ≤ 10): Observable's categorical "observable10" scheme, spelled out
 * because the canvas raster, the legend swatches and the profile table must agree with Plot.
 */
export const CLUSTER_COLORS = [
	'#4269d0',
	'#efb118',
	'#ff725c',
	'#6cc5b0',
	'#3ca951',
	'#ff8ab7',
	'#a463f2',
	'#97bbf5',
	'#9c6b4e',
	'#9498a0'
] as const;

/** The colour of cluster `index` (0-based); colours repeat past ten clusters. */
export function clusterColor(index: number): string {
	return CLUSTER_COLORS[
		((index % CLUSTER_COLORS.length) + CLUSTER_COLORS.length) % CLUSTER_COLORS.length
	]!;
}

/** The name people see for cluster `index` (0-based): "Cluster 1". */
export function clusterName(index: number): string {
	return t('clusters.name', { n: index + 1 });
}

/** A colour `#rrggbb` as its red, green and blue bytes. */
export function rgbOf(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`invalid colour: ${hex}`);
	return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}
