import { sqlValue } from '../sql/quote';

/** Four ascending cut points of one dimension (see RfmScoring). */
export type RfmCuts = readonly [number, number, number, number];

/**
 * How R, F and M become scores 1 (worst) to 5 (best).
 *
 * `quintiles`: score = 1 + floor(5 × w / n), where n is the number of buyers and w the number of
 * buyers with a strictly worse value (more recency days; fewer orders; less spend). Equal values
 * therefore always share a score, and a group of equal values takes the score of the position
 * where it starts; e.g. when half the buyers ordered once, all of them get F = 1 and the scores
 * skip 2. This is the quintile of the group's first member (rank with ties at the minimum), and
 * unlike NTILE it never splits equal customers by row order.
 *
 * `thresholds`: the user's cut points c1 < c2 < c3 < c4 per dimension. Frequency and monetary
 * read as "at least": value ≥ c4 → 5, ≥ c3 → 4, ≥ c2 → 3, ≥ c1 → 2, else 1. Recency (days) reads
 * as "within": days ≤ c1 → 5, ≤ c2 → 4, ≤ c3 → 3, ≤ c4 → 2, else 1.
 */
export type RfmScoring =
	| { method: 'quintiles' }
	| { method: 'thresholds'; recency: RfmCuts; frequency: RfmCuts; monetary: RfmCuts };

/** Scoring used when none is given. */
export const DEFAULT_RFM_SCORING: RfmScoring = { method: 'quintiles' };

/** SQL for r_score, f_score, m_score (INTEGER) over rows with recency_days, frequency, monetary. */
export function rfmScoreSql(scoring: RfmScoring): { r: string; f: string; m: string } {
	if (scoring.method === 'quintiles') {
		return {
			r: quintileSql('recency_days DESC'),
			f: quintileSql('frequency'),
			m: quintileSql('monetary')
		};
	}
	if (scoring.method !== 'thresholds') {
		throw new Error(`invalid scoring method: ${String((scoring as { method: unknown }).method)}`);
	}
	return {
		r: withinSql('recency_days', cuts('recency', scoring.recency)),
		f: atLeastSql('frequency', cuts('frequency', scoring.frequency)),
		m: atLeastSql('monetary', cuts('monetary', scoring.monetary))
	};
}

// `order` sorts worst first; rank() - 1 is then the number of strictly worse buyers.
function quintileSql(order: string): string {
	return `CAST(1 + (5 * (rank() OVER (ORDER BY ${order}) - 1)) // count(*) OVER () AS INTEGER)`;
}

function atLeastSql(column: string, [c1, c2, c3, c4]: RfmCuts): string {
	const steps = [c4, c3, c2, c1].map((c, i) => `WHEN ${column} >= ${sqlValue(c)} THEN ${5 - i}`);
	return `CASE ${steps.join(' ')} ELSE 1 END`;
}

function withinSql(column: string, limits: RfmCuts): string {
	const steps = limits.map((c, i) => `WHEN ${column} <= ${sqlValue(c)} THEN ${5 - i}`);
	return `CASE ${steps.join(' ')} ELSE 1 END`;
}

function cuts(name: string, values: RfmCuts): RfmCuts {
	const ok =
		Array.isArray(values) &&
		values.length === 4 &&
		values.every((v, i) => Number.isFinite(v) && (i === 0 || v > values[i - 1]!));
	if (!ok) throw new Error(`invalid ${name} cuts: ${String(values)}`);
	return values;
}
