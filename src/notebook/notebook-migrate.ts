import { NOTEBOOK_VERSION } from './document';
import { english } from '../i18n/english';

/** Upgrades the JSON of a notebook file by one format version. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades keyed by the version they upgrade from: when format 2 arrives, `1` turns a format-1
 * file into format 2, and every older file keeps opening. Empty while format 1 is the only one.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** A notebook's JSON upgraded from format `from` to `to`, one version at a time. */
export function migrateNotebook(
	raw: Record<string, unknown>,
	from: number,
	to: number = NOTEBOOK_VERSION,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): { ok: true; raw: Record<string, unknown> } | { ok: false; error: string } {
	let current = raw;
	for (let version = from; version < to; version++) {
		const step = migrations[version];
		if (!step) {
			return {
				ok: false,
				error: english('loading.cannotUpgrade', { version: from, step: version })
			};
		}
		try {
			current = { ...step(current), version: version + 1 };
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return {
				ok: false,
				error: english('loading.upgradeFailed', { version: from, step: version, reason })
			};
		}
	}
	return { ok: true, raw: current };
}
