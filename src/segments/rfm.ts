import { quoteIdent, quoteLiteral, sqlValue } from '../sql/quote';
import {
	CUSTOMER_METRIC_COLUMNS,
	metricsCtesSql,
	type CustomerMetricsOptions
} from './customer-metrics';
import { DEFAULT_RFM_SCORING, rfmScoreSql, type RfmScoring } from './rfm-scores';
import { fmScoreSql, RFM_SEGMENT_NAMES, rfmSegmentSql, type RfmSegmentName } from './rfm-segments';

/** Options of every RFM builder. */
export interface RfmOptions extends CustomerMetricsOptions {
	/** Quintiles (the default) or the user's cut points. */
	scoring?: RfmScoring;
	/**
	 * `metricsTable` already holds r_score, f_score, m_score, fm_score and rfm_segment for this
	 * scoring (it is `lens_core`, built with it): read them instead of ranking every buyer again.
	 */
	storedScores?: boolean;
}

/** The columns the RFM scoring adds to the metrics, in order. */
export const RFM_SCORE_COLUMNS = ['r_score', 'f_score', 'm_score', 'fm_score', 'rfm_segment'];

/** Which customers buildRfmSql lists: all, one R × F grid cell, or one segment. */
export interface RfmPick {
	cell?: { r: number; f: number };
	segment?: RfmSegmentName;
}

/**
 * CTEs `sales`, `metrics` and `rfm` (and `rfm_scored` when ranking), for composing: `rfm` is
 * `metrics` plus r_score, f_score, m_score, fm_score (INTEGER 1–5) and rfm_segment.
 */
export function rfmCtesSql(opts: RfmOptions): string {
	const { r, f, m } = rfmScoreSql(opts.scoring ?? DEFAULT_RFM_SCORING);
	if (opts.storedScores) {
		if (opts.metricsTable === undefined) throw new Error('invalid storedScores: no metricsTable');
		const columns = [...CUSTOMER_METRIC_COLUMNS, ...RFM_SCORE_COLUMNS].join(', ');
		return `${metricsCtesSql(opts)}, rfm AS (
	SELECT ${columns} FROM ${quoteIdent(opts.metricsTable)}
)`;
	}
	const fm = fmScoreSql('f_score', 'm_score');
	return `${metricsCtesSql(opts)}, rfm_scored AS (
	SELECT *, ${r} AS r_score, ${f} AS f_score, ${m} AS m_score
	FROM metrics
), rfm AS (
	SELECT *, ${fm} AS fm_score, ${rfmSegmentSql('r_score', fm)} AS rfm_segment
	FROM rfm_scored
)`;
}

/**
 * SQL giving one row per buyer: the columns of buildCustomerMetricsSql, then r_score, f_score,
 * m_score, fm_score (INTEGER 1–5, 5 best) and rfm_segment; only the picked cell or segment if
 * asked. Ordered by monetary, largest first.
 */
export function buildRfmSql(opts: RfmOptions & RfmPick): string {
	const where: string[] = [];
	if (opts.cell) {
		where.push(`r_score = ${score('r', opts.cell.r)} AND f_score = ${score('f', opts.cell.f)}`);
	}
	if (opts.segment !== undefined) {
		if (!RFM_SEGMENT_NAMES.includes(opts.segment)) {
			throw new Error(`invalid segment: ${String(opts.segment)}`);
		}
		where.push(`rfm_segment = ${quoteLiteral(opts.segment)}`);
	}
	const filter = where.length ? `\nWHERE ${where.join(' AND ')}` : '';
	const order = 'ORDER BY monetary DESC, customer_id';
	return `WITH ${rfmCtesSql(opts)}\nSELECT * FROM rfm${filter}\n${order}`;
}

function score(name: string, value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 5) {
		throw new Error(`invalid ${name} score: ${value}`);
	}
	return sqlValue(value);
}
