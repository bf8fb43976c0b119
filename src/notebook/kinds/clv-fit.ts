// The two fits of the CLV cell. On all the data up to the as-of date: the scores that become
// columns of `customers` (run by the lens hook, whenever `customers` is built). On a
// calibration period only: the check against the holdout period the user sees.
import type { RunContext } from '../cell-kind';
import { getAnalysisClient } from '../../engine/analysis/analysis-client';
import { clvInputFromArrow } from '../../engine/analysis/clv-input';
import type { ClvResult } from '../../engine/analysis/clv-protocol';
import { arraysFingerprint } from '../../engine/analysis/fingerprint';
import { scoresIpc } from '../../engine/analysis/scores-ipc';
import { buildModelSummarySql } from '../../segments/model-summary-sql';
import { clvScoresTable } from '../../segments/clv-lens';
import { addDays, defaultCalibrationEnd } from '../../segments/clv-split';
import {
	buildRepeatPurchasesByPeriodSql,
	type RepeatPurchasesRow
} from '../../segments/repeat-purchases-sql';
import { clvScoreRequest, type ClvCellOptions } from './clv-options';
import { smallRows } from './rows';
import { runWorkerJob } from './worker-job';
import { english } from '../../i18n/english';

type FitContext = Pick<RunContext, 'engine' | 'cellId' | 'cancelled'>;

/** The fit on all data up to the as-of date, or why there is none. */
export interface FullFit {
	asOf: string;
	options: ClvCellOptions;
	/** Last day of the data the models saw: the day before the as-of date. */
	dataEnd: string;
	result: ClvResult | null;
	error: string | null;
	ms: number;
}

/** The check on a calibration / holdout split. */
export interface ClvValidation {
	calibrationEnd: string;
	holdoutEnd: string;
	/** True when the calibration end is the default (last 30 % held out). */
	automatic: boolean;
	result: ClvResult | null;
	/** Actual repeat purchases of the calibration cohort, period by period. */
	actual: RepeatPurchasesRow[];
	/** The holdout period's length in time units. */
	holdoutLength: number;
	error: string | null;
	ms: number;
}

// The last full fit of each cell, and the fingerprint of what it was fitted on: `customers` is
// rebuilt for many reasons (a lifecycle threshold, a rule), and an unchanged input is not refit.
const fullFits = new Map<string, FullFit & { key: string }>();

const sameOptions = (u: ClvCellOptions, v: ClvCellOptions) =>
	JSON.stringify(u) === JSON.stringify(v);

/** The cell's last full fit, if it was made for this as-of date and these options. */
export function lastFullFit(cellId: string, asOf: string, options: ClvCellOptions) {
	const fit = fullFits.get(cellId);
	return fit && fit.asOf === asOf && sameOptions(fit.options, options) ? fit : undefined;
}

/**
 * Fits both models on every buyer's purchases before `asOf` and writes the scores to the cell's
 * scores table; a failure is kept as a message (the lens then gives NULLs), never thrown.
 */
export async function fitOnAllData(
	ctx: FitContext,
	asOf: string,
	options: ClvCellOptions
): Promise<FullFit> {
	const started = performance.now();
	const dataEnd = addDays(asOf, -1);
	const base = { asOf, options, dataEnd };
	try {
		const table = await ctx.engine.query(
			buildModelSummarySql({ calibrationEnd: dataEnd, timeUnit: options.timeUnit })
		);
		if (table.numRows === 0) throw new Error(english('error.noPurchases', { date: asOf }));
		const input = clvInputFromArrow(table, options.timeUnit, {
			withHoldout: false,
			curve: null,
			score: clvScoreRequest(options)
		});
		const key = arraysFingerprint(
			[input.x, input.tx, input.T, input.meanValue],
			JSON.stringify(base)
		);
		const cached = fullFits.get(ctx.cellId);
		const result =
			cached?.key === key && cached.result
				? cached.result
				: await runWorkerJob(ctx, (progress) => getAnalysisClient().clv(input, progress));
		const s = result.scores!;
		const ipc = scoresIpc(table.getChild('customer_id')!, {
			p_alive: s.pAlive,
			expected_purchases: s.expectedPurchases,
			clv: s.clv
		});
		await ctx.engine.insertArrowIpc(ipc, clvScoresTable(ctx.cellId));
		const fit = { ...base, key, result, error: null, ms: performance.now() - started };
		fullFits.set(ctx.cellId, fit);
		return fit;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const fit = { ...base, key: '', result: null, error: message, ms: 0 };
		fullFits.set(ctx.cellId, fit);
		return fit;
	}
}

/**
 * Fits both models on the calibration period (through `calibrationEnd`, by default the day that
 * holds out the last 30 % of the purchase-date range) and compares their predictions for the
 * holdout period (through the day before `asOf`) with what happened.
 */
export async function validateOnHoldout(
	ctx: FitContext,
	asOf: string,
	firstDay: string,
	options: ClvCellOptions
): Promise<ClvValidation> {
	const started = performance.now();
	const holdoutEnd = addDays(asOf, -1);
	const automatic = options.calibrationEnd === null;
	let calibrationEnd = options.calibrationEnd ?? '';
	const failed = (error: string): ClvValidation => ({
		calibrationEnd,
		holdoutEnd,
		automatic,
		result: null,
		actual: [],
		holdoutLength: 0,
		error,
		ms: performance.now() - started
	});
	try {
		calibrationEnd = options.calibrationEnd ?? defaultCalibrationEnd(firstDay, holdoutEnd);
	} catch {
		return failed(english('error.spanTooShort', { first: firstDay, last: holdoutEnd }));
	}
	if (calibrationEnd < firstDay || calibrationEnd >= holdoutEnd) {
		return failed(
			english('error.calibrationEnd', { end: calibrationEnd, first: firstDay, last: holdoutEnd })
		);
	}
	try {
		const { timeUnit } = options;
		const split = { calibrationEnd, timeUnit };
		const table = await ctx.engine.query(buildModelSummarySql({ ...split, asOf: holdoutEnd }));
		const actual = smallRows<RepeatPurchasesRow>(
			await ctx.engine.query(buildRepeatPurchasesByPeriodSql({ ...split, holdoutEnd }))
		);
		const input = clvInputFromArrow(table, timeUnit, {
			withHoldout: true,
			curve: {
				calibrationEnd: actual[0]?.t_calibration ?? 0,
				times: Float64Array.from(actual, (r) => r.t)
			},
			score: null
		});
		const holdoutLength = input.holdout?.length ?? 0;
		const result = await runWorkerJob(ctx, (progress) => getAnalysisClient().clv(input, progress));
		return { ...failed(''), result, actual, holdoutLength, error: null };
	} catch (error) {
		return failed(error instanceof Error ? error.message : String(error));
	}
}
