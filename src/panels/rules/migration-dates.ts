/** The ISO day `days` before `iso` (UTC calendar arithmetic). */
export function daysBefore(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}
