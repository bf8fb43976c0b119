import { quoteLiteral } from '../sql/quote';
import { customersSelectSql, type CustomerLens } from './customers-view';

/** The column of `customers` holding the persona name of the customer's segment. */
export const PERSONA_COLUMN = 'persona';
/** The persona lens: table `lens_persona`. */
export const PERSONA_LENS_NAME = 'persona';

/** Options of the persona lens. */
export interface PersonaLensOptions {
	/** The lens column whose segments have personas (rfm_segment, lifecycle_stage...). */
	segmentColumn: string;
	/** The persona name of each segment label; customers of other segments get NULL. */
	names: Readonly<Record<string, string>>;
	/** The lenses built before this one: the segment column is read from their tables. */
	earlierLenses: readonly CustomerLens[];
	/** Who gives the lens (a cell id), written in a comment so the cell can recognise it. */
	owner: string;
}

/** The comment that opens the lens SQL of `owner`. */
export function personaLensMark(owner: string): string {
	return `/* personas of ${owner.replace(/[^A-Za-z0-9_-]/g, '_')} */`;
}

// A column every row has, so that the segment's column pattern below never matches nothing.
const NO_SEGMENT = '_sb_no_segment';

/**
 * The persona lens: customer_id and `persona` (VARCHAR) for every known customer. The segment
 * is read from lens_core, the earlier lens tables and the attributes — never from `customers`,
 * which joins this lens. A segment column none of them has gives NULL rather than an error, so
 * that `customers` still builds when a lens went away (its cell deleted); a name repeated (an
 * attribute called like a lens column) takes the first, as the view does.
 */
export function personaLens(opts: PersonaLensOptions): CustomerLens {
	const names = Object.entries(opts.names).map(
		([s, n]) => `(${quoteLiteral(s)}, ${quoteLiteral(n)})`
	);
	const table = names.length
		? `(VALUES ${names.join(', ')})`
		: '(SELECT NULL::VARCHAR, NULL::VARCHAR WHERE false)';
	const pick = `c -> c IN (${quoteLiteral(opts.segmentColumn)}, ${quoteLiteral(NO_SEGMENT)})`;
	return {
		name: PERSONA_LENS_NAME,
		sql: `${personaLensMark(opts.owner)}
SELECT s.customer_id, CAST(n.persona AS VARCHAR) AS ${PERSONA_COLUMN}
FROM (
	SELECT customer_id, CAST(coalesce(*COLUMNS(${pick})) AS VARCHAR) AS segment
	FROM (SELECT *, NULL AS ${NO_SEGMENT} FROM (
		${customersSelectSql(opts.earlierLenses)}
	))
) s
LEFT JOIN ${table} AS n(segment, persona) ON n.segment = s.segment`
	};
}
