import { quoteLiteral, sqlValue } from '../sql/quote';

/**
 * How attribute values are grouped: text values as they are (the most common ones), numbers in
 * bands between edges (standard age bands by default), or in bands of equal size (quantiles).
 */
export type AttributeBands =
	| { kind: 'text'; top?: number }
	| { kind: 'age' }
	| { kind: 'age_from_birth_date' }
	| { kind: 'edges'; edges: readonly number[]; labels?: readonly string[] }
	| { kind: 'quantiles'; count?: number };

/** The label of customers without a value (NULL or blank). */
export const BREAKDOWN_UNKNOWN = 'unknown';
/** The label of the text values outside the top ones. */
export const BREAKDOWN_OTHER = 'other';
/** Text values shown before the rest becomes "other": ten bars still read at a glance. */
export const DEFAULT_TOP_VALUES = 10;
/** Quantile bands for numbers without natural edges (income...): quartiles. */
export const DEFAULT_QUANTILES = 4;
/** The usual marketing age bands: under 18, 18–24, 25–34 ... 55–64, 65+. */
export const AGE_BAND_EDGES: readonly number[] = [18, 25, 35, 45, 55, 65];

/**
 * Labels of the bands cut by ascending `edges`: `under e0`, then each band from one edge
 * (included) to the next (excluded), written `a–(b−1)` when both are whole numbers (18–24) and
 * `a to under b` otherwise, then `eN+`.
 */
export function edgeLabels(edges: readonly number[]): string[] {
	const labels = [`under ${edges[0]}`];
	for (let i = 1; i < edges.length; i++) {
		const [a, b] = [edges[i - 1]!, edges[i]!];
		const whole = Number.isInteger(a) && Number.isInteger(b);
		labels.push(whole ? (b - 1 > a ? `${a}–${b - 1}` : `${a}`) : `${a} to under ${b}`);
	}
	labels.push(`${edges[edges.length - 1]}+`);
	return labels;
}

/**
 * CTEs ending in `bd_banded` (customer_id, segment, revenue, value, value_order) from the
 * relation `bd_base` (customer_id, segment, revenue, raw: the attribute). `asOf` is a DATE SQL
 * expression, for ages from a birth date.
 */
export function bandCtesSql(bands: AttributeBands, asOf: string): string {
	const unknown = quoteLiteral(BREAKDOWN_UNKNOWN);
	switch (bands.kind) {
		case 'text':
			return textBandsSql(bands.top ?? DEFAULT_TOP_VALUES);
		case 'age':
			return edgeBandsSql('TRY_CAST(raw AS DOUBLE)', AGE_BAND_EDGES, undefined, unknown);
		case 'age_from_birth_date':
			// Whole years completed on the as-of date.
			return edgeBandsSql(
				`date_sub('year', TRY_CAST(raw AS DATE), ${asOf})`,
				AGE_BAND_EDGES,
				undefined,
				unknown
			);
		case 'edges':
			return edgeBandsSql('TRY_CAST(raw AS DOUBLE)', bands.edges, bands.labels, unknown);
		case 'quantiles':
			return quantileBandsSql(bands.count ?? DEFAULT_QUANTILES, unknown);
		default:
			throw new Error(`invalid bands: ${String((bands as { kind: unknown }).kind)}`);
	}
}

function textBandsSql(top: number): string {
	if (!Number.isInteger(top) || top < 1) throw new Error(`invalid top: ${top}`);
	const n = sqlValue(top);
	// Most common first; equal counts in name order.
	return `bd_text AS (
	SELECT customer_id, segment, revenue, nullif(trim(CAST(raw AS VARCHAR)), '') AS v FROM bd_base
), bd_top AS (
	SELECT v, row_number() OVER (ORDER BY count(*) DESC, v) AS rank
	FROM bd_text WHERE v IS NOT NULL GROUP BY v
), bd_banded AS (
	SELECT t.customer_id, t.segment, t.revenue,
		CASE WHEN t.v IS NULL THEN ${quoteLiteral(BREAKDOWN_UNKNOWN)}
			WHEN p.rank <= ${n} THEN t.v
			ELSE ${quoteLiteral(BREAKDOWN_OTHER)} END AS value,
		CASE WHEN t.v IS NULL THEN ${n} + 2 WHEN p.rank <= ${n} THEN p.rank ELSE ${n} + 1 END
			AS value_order
	FROM bd_text t LEFT JOIN bd_top p ON p.v = t.v
)`;
}

function edgeBandsSql(
	x: string,
	edges: readonly number[],
	labels: readonly string[] | undefined,
	unknown: string
): string {
	const ok =
		Array.isArray(edges) &&
		edges.length >= 1 &&
		edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]!));
	if (!ok) throw new Error(`invalid edges: ${String(edges)}`);
	const names = labels ?? edgeLabels(edges);
	if (names.length !== edges.length + 1 || !names.every((l) => typeof l === 'string')) {
		throw new Error(`invalid labels: ${edges.length + 1} needed, got ${String(names.length)}`);
	}
	const steps = (pick: (i: number) => string, last: string, none: string) =>
		`CASE WHEN x IS NULL THEN ${none} ${edges
			.map((e, i) => `WHEN x < ${sqlValue(e)} THEN ${pick(i)}`)
			.join(' ')} ELSE ${last} END`;
	const value = steps((i) => quoteLiteral(names[i]!), quoteLiteral(names[edges.length]!), unknown);
	const order = steps((i) => String(i + 1), String(edges.length + 1), String(edges.length + 2));
	return `bd_banded AS (
	SELECT customer_id, segment, revenue, ${value} AS value, ${order} AS value_order
	FROM (SELECT *, ${x} AS x FROM bd_base)
)`;
}

function quantileBandsSql(count: number, unknown: string): string {
	if (!Number.isInteger(count) || count < 2 || count > 100) {
		throw new Error(`invalid quantile count: ${count}`);
	}
	// Cuts at actual values; a band takes the values above one cut up to the next, so equal
	// values always share a band (bands may then be fewer than asked).
	const cuts = Array.from({ length: count - 1 }, (_, i) => i + 1);
	const cutColumns = cuts.map((i) => `quantile_disc(x, ${i} / ${count}) AS c${i}`).join(', ');
	const band = cuts.map((i) => `CAST(x > c${i} AS INTEGER)`).join(' + ');
	const show = (v: string) =>
		`CASE WHEN ${v} = trunc(${v}) AND abs(${v}) < 1e15 THEN CAST(CAST(${v} AS BIGINT) AS VARCHAR)
			ELSE CAST(round(${v}, 2) AS VARCHAR) END`;
	return `bd_numbers AS (
	SELECT customer_id, segment, revenue, TRY_CAST(raw AS DOUBLE) AS x FROM bd_base
), bd_cuts AS (
	SELECT ${cutColumns} FROM bd_numbers WHERE x IS NOT NULL
), bd_numbered AS (
	SELECT n.*, CASE WHEN n.x IS NOT NULL THEN ${band} END AS band FROM bd_numbers n, bd_cuts
), bd_ranges AS (
	SELECT band, min(x) AS lo, max(x) AS hi FROM bd_numbered WHERE band IS NOT NULL GROUP BY band
), bd_banded AS (
	SELECT n.customer_id, n.segment, n.revenue,
		CASE WHEN n.band IS NULL THEN ${unknown}
			WHEN r.lo = r.hi THEN ${show('r.lo')}
			ELSE ${show('r.lo')} || '–' || ${show('r.hi')} END AS value,
		coalesce(n.band + 1, ${count + 1}) AS value_order
	FROM bd_numbered n LEFT JOIN bd_ranges r ON r.band = n.band
)`;
}
