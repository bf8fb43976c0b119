import type { Table } from 'apache-arrow';
import { arrowToFloat64 } from './arrow-columns';
import type { ClvInput, ClvTimeUnit } from './clv-protocol';

/** What to ask of the job beside the fit (see ClvInput). */
export type ClvRequestParts = Pick<ClvInput, 'curve' | 'score'> & { withHoldout: boolean };

/**
 * The CLV job's input from a `buildModelSummarySql` result, read by column name (x, t_x, T,
 * mean_repeat_value, and x_holdout / t_holdout for the holdout check). Fresh arrays: they are
 * transferred to the worker, and the table keeps its customer ids for the scores.
 */
export function clvInputFromArrow(
	table: Table,
	timeUnit: ClvTimeUnit,
	parts: ClvRequestParts
): ClvInput {
	const column = (name: string) => {
		const vector = table.getChild(name);
		if (!vector) throw new Error(`invalid model summary: no column ${name}`);
		return arrowToFloat64(vector);
	};
	const holdoutLength = parts.withHoldout ? column('t_holdout')[0] : undefined;
	return {
		x: column('x'),
		tx: column('t_x'),
		T: column('T'),
		meanValue: column('mean_repeat_value'),
		timeUnit,
		holdout:
			parts.withHoldout && holdoutLength !== undefined
				? { x: column('x_holdout'), length: holdoutLength }
				: null,
		curve: parts.curve,
		score: parts.score
	};
}
