import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateNotebook } from '../../../src/notebook/notebook-migrate';

describe('migrateNotebook', () => {
	it('has no upgrades while format 1 is the only one', () => {
		expect(MIGRATIONS).toEqual({});
		const raw = { version: 1, title: 'x' };
		expect(migrateNotebook(raw, 1)).toEqual({ ok: true, raw });
	});

	it('runs each step in turn and stamps the new version', () => {
		const steps = {
			1: (raw: Record<string, unknown>) => ({ ...raw, name: raw.title }),
			2: ({ name, ...rest }: Record<string, unknown>) => ({ ...rest, heading: name })
		};
		expect(migrateNotebook({ version: 1, title: 'x' }, 1, 3, steps)).toEqual({
			ok: true,
			raw: { version: 3, title: 'x', heading: 'x' }
		});
		expect(migrateNotebook({ version: 2, name: 'y' }, 2, 3, steps)).toEqual({
			ok: true,
			raw: { version: 3, heading: 'y' }
		});
	});

	it('says which step is missing', () => {
		expect(migrateNotebook({ version: 1 }, 1, 3, { 1: (raw) => raw })).toEqual({
			ok: false,
			error:
				'This notebook uses format 1, which this Segmentbook cannot upgrade (no step from format 2).'
		});
	});

	it('reports a step that fails', () => {
		const steps = {
			1: () => {
				throw new Error('cells must be a list');
			}
		};
		expect(migrateNotebook({ version: 1 }, 1, 2, steps)).toEqual({
			ok: false,
			error:
				'This notebook uses format 1 and could not be upgraded from format 1: cells must be a list'
		});
	});
});
