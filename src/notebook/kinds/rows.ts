import type { Table } from 'apache-arrow';
import type { RunContext } from '../cell-kind';
import { english } from '../../i18n/english';

/** A small result as plain rows (tens of rows at most: grids, summaries, one KPI row). */
export function smallRows<T>(table: Table): T[] {
	return table.toArray().map((row) => row.toJSON() as T);
}

/** The as-of date in force, or a clear error when there are no orders to date it from. */
export function requireAsOf(ctx: RunContext): string {
	if (!ctx.asOf) throw new Error(english('error.noOrders'));
	return ctx.asOf;
}
