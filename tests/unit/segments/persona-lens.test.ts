import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCustomersViewSql, type CustomerLens } from '../../../src/segments/customers-view';
import { personaLens, personaLensMark } from '../../../src/segments/persona-lens';
import type { SegmentsDb } from './segments-db';
import { openPersonaDb, PERSONA_AS_OF } from './persona-db';

const asOf = PERSONA_AS_OF;
let db: SegmentsDb;
beforeAll(async () => {
	db = await openPersonaDb();
});
afterAll(() => db.close());

// A lens standing for lifecycle, behaviour...: the tribe in lower case, as column `clan`.
const clans: CustomerLens = {
	name: 'clans',
	sql: `SELECT customer_id, lower(tribe) AS clan FROM customer_attributes`
};

const lensOf = (segmentColumn: string, names: Record<string, string>) => ({
	segmentColumn,
	names,
	earlierLenses: [] as CustomerLens[],
	owner: 'c-5'
});

function personas(lenses: CustomerLens[]): string[] {
	db.run(buildCustomersViewSql({ asOf, lenses }));
	return db
		.rows<{ customer_id: string; persona: string | null }>(
			`SELECT customer_id, persona FROM customers ORDER BY customer_id`
		)
		.map((r) => `${r.customer_id}:${r.persona ?? '-'}`);
}

describe('personaLens', () => {
	it('names each customer by the segment of an earlier lens, without reading customers', () => {
		const lens = personaLens({
			segmentColumn: 'clan',
			names: { a: "Gardeners' club", b: 'Bookworms' },
			earlierLenses: [clans],
			owner: 'c-1'
		});
		expect(lens.sql.startsWith(personaLensMark('c-1'))).toBe(true);
		expect(lens.sql).not.toMatch(/\bcustomers\b/);
		// p6 has no tribe; every known customer (file ∪ buyers) has a row.
		expect(personas([clans, lens])).toEqual([
			"p1:Gardeners' club",
			"p2:Gardeners' club",
			"p3:Gardeners' club",
			'p4:Bookworms',
			'p5:Bookworms',
			'p6:-',
			'p7:Bookworms'
		]);
	});

	it('reads core columns, and leaves segments without a name empty', () => {
		// rfm_segment is in lens_core; only buyers have one, so p7 (a prospect) gets none.
		const segments = db.rows<{ rfm_segment: string }>(
			`SELECT DISTINCT rfm_segment FROM lens_core ORDER BY 1 LIMIT 1`
		);
		const first = segments[0]!.rfm_segment;
		const lens = personaLens({
			segmentColumn: 'rfm_segment',
			names: { [first]: 'First' },
			earlierLenses: [],
			owner: 'c-2'
		});
		const named = personas([lens]).filter((p) => p.endsWith(':First')).length;
		const expected = db.one<{ n: number }>(
			`SELECT count(*) AS n FROM lens_core WHERE rfm_segment = '${first.replace(/'/g, "''")}'`
		).n;
		expect(named).toBe(expected);
		expect(personas([lens])).toContain('p7:-');
	});

	it('gives NULL instead of failing when no earlier lens has the column', () => {
		const lens = personaLens({
			segmentColumn: 'clan',
			names: { a: 'A' },
			earlierLenses: [],
			owner: 'c-3'
		});
		expect(new Set(personas([lens]))).toEqual(
			new Set(['p1:-', 'p2:-', 'p3:-', 'p4:-', 'p5:-', 'p6:-', 'p7:-'])
		);
	});

	it('reads an attribute column too, even one called like a lens column', () => {
		const lens = personaLens({
			segmentColumn: 'tribe',
			names: { A: 'Tribe A' },
			earlierLenses: [],
			owner: 'c-4'
		});
		expect(personas([lens]).filter((p) => p.endsWith(':Tribe A'))).toEqual([
			'p1:Tribe A',
			'p2:Tribe A',
			'p3:Tribe A'
		]);
		// `clans` gives `tribe` as well (lower case): the lens column comes first, as in the view.
		const twice: CustomerLens = { name: 'clans', sql: clans.sql.replace('AS clan', 'AS tribe') };
		const named = personaLens({ ...lensOf('tribe', { a: 'Lower a' }), earlierLenses: [twice] });
		expect(personas([twice, named]).filter((p) => p.endsWith(':Lower a'))).toHaveLength(3);
	});

	it('works with no names at all', () => {
		const lens = personaLens({
			segmentColumn: 'clan',
			names: {},
			earlierLenses: [clans],
			owner: 'x'
		});
		expect(personas([clans, lens]).every((p) => p.endsWith(':-'))).toBe(true);
	});
});
