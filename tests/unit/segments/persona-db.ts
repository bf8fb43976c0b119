import { buildCustomersViewSql } from '../../../src/segments/customers-view';
import { openSegmentsDb, type SegmentsDb } from './segments-db';

/** The as-of date of the persona fixtures. */
export const PERSONA_AS_OF = '2024-07-01';

/**
 * A DuckDB over persona-orders.csv and persona-customers.csv with the customers view built for
 * PERSONA_AS_OF (no further lens). Segments are the file's `tribe` column: A = p1 p2 p3,
 * B = p4 p5 p7 (p7 never bought); p6 has no tribe.
 */
export async function openPersonaDb(): Promise<SegmentsDb> {
	const db = await openSegmentsDb({
		transactions: 'persona-orders.csv',
		customers: 'persona-customers.csv'
	});
	db.run(buildCustomersViewSql({ asOf: PERSONA_AS_OF }));
	return db;
}
